// The calculator's model (overrides/assets/calculator.js, the very file the page loads), run by
// node for the tests: {"mode": ..., "cases": [...]} as JSON on stdin, one result per case out
// (a plain list of cases is "evaluate").
//   evaluate: a setting -> shapes, parameter count, error, warnings (tests/test_calculator_model.py)
//   values:   {setting, x, w, b} -> the output values as the page shows them, or why not
//   stack:    {length, layers: "3,1,0,1;max:2"} -> each layer's length, receptive field, jump, ...
//   diagnose: a pasted text -> its section, numbers and implied setting (tests/test_calculator_errors.py)
"use strict"
const path = require("path")
const calculator = require(path.join(__dirname, "..", "overrides", "assets", "calculator.js"))

const shape = values => values ? "[" + values.join(", ") + "]" : null

function evaluate(setting) {
  const r = calculator.evaluate(setting)
  return {
    output: shape(r.output),
    weight: r.built ? shape(r.weight) : null,
    bias: r.built ? (r.bias ? shape(r.bias) : "None") : null,
    parameters: r.built ? r.parameters.toString() : null,
    error: r.error ? r.error.type + ": " + r.error.message : "",
    warnings: r.warnings.join("\n"),
    padding: r.built ? r.padding : null,
    span: r.span,
  }
}

// What the page does with typed text: parse it, evaluate, then convolve what it holds.
function values(c) {
  const parse = (name, text) => {
    const parsed = calculator.parseValues(text || "")
    if (parsed.message) throw new Error(name + ": " + parsed.message)
    return parsed.value
  }
  const s = c.setting
  const r = calculator.evaluate(s)
  const refused = calculator.valuesRefused(s, r)
  if (refused) return { refused, values: null, output: shape(r.output) }
  const counts = calculator.valueCounts(s)
  const given = {}
  for (const name of ["x", "w", "b"]) {
    const typed = parse(name, c[name])
    given[name] = typed || calculator.defaultValues(name, counts[name])
  }
  const y = calculator.convolve(s, r, given.x, given.w, s.bias ? given.b : null)
  return { refused: "", values: Array.from(y, calculator.fixed4).join(", "), output: shape(r.output) }
}

function stack(c) {
  const layers = calculator.parseLayers(c.layers)
  if (layers.message) return { message: layers.message }
  const r = calculator.stack(c.length, layers.value)
  return {
    lengths: r.lengths,
    error: r.error ? { layer: r.error.layer, message: r.error.type + ": " + r.error.message } : null,
    receptive: r.receptive === null ? null : r.receptive.toString(),
    jump: r.jump === null ? null : r.jump.toString(),
    reads: r.reads,
    causal: r.causal,
    text: layers.text,
  }
}

// The diagnosis, and what the calculator then shows for the setting it fills in.
function diagnose(c) {
  const found = calculator.diagnose(c.text, c.length)
  if (!found) return null
  let shown = null
  if (found.conv) {
    const fields = calculator.parseFields(found.conv)
    const messages = Object.keys(fields.messages)
    if (messages.length) shown = { fields: messages }
    else {
      const r = calculator.evaluate(fields.setting)
      shown = { error: r.error ? r.error.type + ": " + r.error.message : "", warnings: r.warnings.join("\n") }
    }
  }
  let stacked = null
  if (found.stack) {
    const layers = calculator.parseLayers(found.stack.layers)
    const r = layers.message ? null : calculator.stack(found.stack.length || c.length || 100, layers.value)
    stacked = r && r.error ? r.error.type + ": " + r.error.message : ""
  }
  return { page: found.page, id: found.id, key: found.key, numbers: found.numbers, values: found.values,
           conv: found.conv, stack: found.stack, shown, stacked }
}

const MODES = { evaluate, values, stack, diagnose }

let input = ""
process.stdin.on("data", chunk => { input += chunk })
process.stdin.on("end", () => {
  let request = JSON.parse(input)
  if (Array.isArray(request)) request = { mode: "evaluate", cases: request }
  const run = MODES[request.mode]
  process.stdout.write(JSON.stringify(request.cases.map(run)))
})
