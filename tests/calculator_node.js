// The calculator's model (overrides/assets/calculator.js, the very file the page loads), run by
// node for tests/test_calculator_model.py: settings as JSON on stdin, one result per setting out.
"use strict"
const path = require("path")
const calculator = require(path.join(__dirname, "..", "overrides", "assets", "calculator.js"))

let input = ""
process.stdin.on("data", chunk => { input += chunk })
process.stdin.on("end", () => {
  const shape = values => values ? "[" + values.join(", ") + "]" : null
  const results = JSON.parse(input).map(setting => {
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
  })
  process.stdout.write(JSON.stringify(results))
})
