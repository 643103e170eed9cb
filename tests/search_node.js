// The site's search worker (overrides/assets/search.js, the very file the browser runs) loaded
// by node against one language of a built site, for tests/test_search_tokens.py: reads
// {texts: [...], queries: [...]} as JSON on stdin and writes what the worker makes of them,
// {tokens: [[words, bigrams], ...] (search.py's tokens(text, morphemes=False)),
//  rewrites: [query as searched, ...], runs: [[Hangul words], ...]}.
// Usage: node search_node.js <the language's site folder>
"use strict"
const fs = require("fs")
const path = require("path")
const vm = require("vm")

const root = path.resolve(process.argv[2])
const source = fs.readFileSync(path.join(__dirname, "..", "overrides", "assets", "search.js"), "utf8")
const context = {
  self: { location: { href: "file://" + path.join(root, "assets", "search.js") } },
  URL, console, setTimeout, Promise, Map, Set, encodeURIComponent,
  fetch: async url => ({ json: async () => JSON.parse(fs.readFileSync(new URL(url), "utf8")) }),
  addEventListener: () => {},
  postMessage: () => {},
}
vm.createContext(context)
vm.runInContext(source + "\n;globalThis.__worker = { textTokens, rewrite, hangulRuns, ready: Promise.all([loaded, sections]) }", context)

let input = ""
process.stdin.on("data", chunk => { input += chunk })
process.stdin.on("end", async () => {
  const worker = context.__worker
  await worker.ready
  const { texts = [], queries = [] } = JSON.parse(input)
  process.stdout.write(JSON.stringify({
    tokens: texts.map(text => worker.textTokens(text)),
    runs: texts.map(text => worker.hangulRuns(text.normalize("NFC"))),
    rewrites: queries.map(query => worker.rewrite(query)),
  }))
})
