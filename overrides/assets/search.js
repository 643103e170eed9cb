/*
 * The site's search worker. Material's search box, result list and keyboard handling
 * stay; overrides/main.html starts this worker instead of Material's lunr one. It speaks
 * Material's worker protocol (SETUP 0 -> READY 1, QUERY 2 -> RESULT 3) and answers from
 * search/conv1d_index.json, written per language by conv1d_site/search.py.
 *
 * TOKENIZING, by the rules of conv1d_site/search.py's `tokens` (tests/test_search_tokens.py
 * runs `textTokens` below and `tokens` on every section of the built site and compares):
 * - Latin: lowercased words of [a-z0-9_]; an identifier whole and split on "_"; a plural
 *   "s" dropped; the index's stopwords and plain numbers dropped; 1D, 1-d and 1차원 are 1d.
 *   A query word also matches the index words it starts (the reader may not have finished
 *   typing it).
 * - Hangul: the index holds kiwipiepy's morphemes and syllable bigrams. A query word
 *   matches the indexed morphemes it is made of, found left to right on its letters
 *   (jamo), so 늘어납니다 finds the stem 늘어나 and 패딩을 finds 패딩; and its bigrams,
 *   so 변수 finds 매개변수.
 * - Before that, the index's rewrites, whole words only: a synonym the Korean pages avoid
 *   (팽창) becomes the preferred term (딜레이션), but 형태 in 형태소 stays; a reader's word
 *   the pages do not use (deconvolution) the one they use (ConvTranspose1d). A pasted error
 *   message is not rewritten: it is in torch's words, as the pages print it.
 * - English query words also match, at less weight, the index words of the same root
 *   (transposed: transpose, shorter: shortens).
 *
 * RANKING: BM25 over the sections' texts, plus a query word found in a section's heading,
 * in the title of its page (every section of the page is credited) or in the page's
 * description, each field with an idf of its own; a section that lacks query words loses by
 * the square of the share it has, except for the optional ones (how, calculate, 계산, 방법),
 * which count less when found and nothing when not. Pages are ranked by their best section
 * and some of the next two.
 *
 * A query that looks like a message torch printed gets one more result, after the best
 * one: the calculator, with the message in its paste box (calculator/?error=<the query>).
 */
"use strict"

const K1 = 1.2
const B = 0.75
const PREFIX_WEIGHT = 0.4 // a completion of a query word, against the word itself
const ROOT_WEIGHT = 0.6 // a word of the same root (initialized: initialization)
const GRAM_WEIGHT = 0.8 // all bigrams of a Hangul word together, against one morpheme
const GRAM_WEIGHT_BESIDE = 0.3 // the same, when the word's morphemes were found
const PART_WEIGHT = 0.5 // the longest morpheme a found one begins with (함수 in 함수형): Kiwi splits words differently in different texts
const PAIR_WEIGHT = 1 // two query words found one after the other
const OPTIONAL_WEIGHT = 0.5 // an optional word found (calculate, 방법), against one the section must have
const HEAD_WEIGHT = 2 // a query word in a section's heading, against a use in its text
const PAGE_WEIGHT = 2 // a query word in the title of the section's page
const SUBJECT_WEIGHT = 1 // a query word in the page's description
const MAX_SECTIONS = 4 // sections per page in the results
const MORE_SECTIONS = 0.25 // a page's rank: its best section, and this much of the next two
const NAMED = 1.5 // a page's rank, when the query is its name
const MAX_GROUPS = 10 // pages in the results: more only cost time to draw
const HANGUL = /[\uac00-\ud7a3]+/g
const LATIN = /[a-z0-9_]+/g
const NUMERAL = /(?<![a-z0-9_])(\d)(?:-d|\s?차원)(?![a-z0-9_])/g // as NUMERAL in search.py
const LEAD = /[\u1100-\u1112]/ // a syllable's first letter, after NFD
const AFTER_CODE = /[A-Za-z0-9_)\]'"`]/ // a Hangul particle right after one of these belongs to code (GPU로)
const OFFER = { // the link that opens a pasted error message in the calculator's paste box
  en: ["Open this message in the calculator", "The calculator opens with the message in its paste box."],
  ko: ["이 메시지를 계산기에서 열기", "계산기를 열고 붙여 넣기 칸에 이 메시지를 넣습니다."]
}

let index = null // conv1d_index.json
let docs = [] // the sections, from conv1d_docs.json (Material's entries, fetched here, off the page's thread)
let byLocation = new Map()
let numberOf = new Map() // location -> its number in the index
let pageOf = null // doc number -> the number of its page's own entry
let stopwords = new Set()
let optional = new Set() // query words a section may lack at no cost
let particles = new Set()
let rewrites = [] // [RegExp, replacement]
let latinVocab = [] // sorted Latin index words, for completions
let roots = new Map() // root -> Latin index words of that root
let jamoVocab = new Map() // NFD of a Hangul morpheme -> the morpheme
let hangulVocab = new Set() // the Hangul morphemes
let maxJamo = 0
let avgLen = 1

function setup(data) {
  index = data
  stopwords = new Set(index.stopwords)
  optional = new Set(index.optional)
  particles = new Set(index.particles.split("|"))
  rewrites = index.rewrites.map(([pattern, replacement]) =>
    [new RegExp(pattern.replace("<particles>", index.particles), "g"), replacement])
  numberOf = new Map(index.docs.map((d, i) => [d[0], i]))
  pageOf = Int32Array.from(index.docs, d => numberOf.get(d[0].split("#")[0]) ?? numberOf.get(d[0]))
  latinVocab = Object.keys(index.terms).filter(t => /^[a-z0-9_]/.test(t) && !t.includes(" ")).sort() // words, not pairs
  for (const t of latinVocab) {
    if (t.includes("_")) continue
    const r = root(t)
    if (!roots.has(r)) roots.set(r, [])
    roots.get(r).push(t)
  }
  for (const t of Object.keys(index.terms))
    if (/^[\uac00-\ud7a3]+$/.test(t)) {
      const jamo = t.normalize("NFD")
      jamoVocab.set(jamo, t)
      hangulVocab.add(t)
      maxJamo = Math.max(maxJamo, jamo.length)
    }
  avgLen = index.lens.reduce((a, b) => a + b, 0) / Math.max(1, index.lens.length)
}

const indexUrl = new URL("../search/conv1d_index.json", self.location.href)
const loaded = fetch(indexUrl).then(r => r.json()).then(setup)
const docsUrl = new URL("../search/conv1d_docs.json", self.location.href)
const sections = fetch(docsUrl).then(r => r.json()).then(data => {
  docs = data.docs
  byLocation = new Map(docs.map(d => [d.location, d]))
  for (const doc of docs) doc.plain = plain(doc.text) // excerpts need it: now, not while typing
})

/* ------------------------------------------ tokens, as conv1d_site/search.py ---- */

function stem(word) {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y"
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

/* Latin tokens of a lowercased text, as search.py's latin_tokens */
function latinTokens(text) {
  const found = []
  for (const [word] of text.matchAll(LATIN)) {
    const parts = word.split("_").filter(p => p)
    if (word.replace(/^_+|_+$/g, "").includes("_") && parts.length > 1)
      found.push(word.replace(/^_+|_+$/g, ""))
    for (const part of parts)
      if (!/^\d+$/.test(part) && !stopwords.has(part)) found.push(stem(part))
  }
  return found
}

function pairs(words) {
  const found = []
  for (let i = 0; i + 1 < words.length; i++) found.push(words[i] + " " + words[i + 1])
  return found
}

function bigrams(word) {
  const found = []
  for (let i = 0; i + 1 < word.length; i++) found.push(word.slice(i, i + 2))
  return found
}

/* The Hangul words of a text, without the particles written onto code, as search.py's hangul_runs */
function hangulRuns(text) {
  const found = []
  for (const m of text.matchAll(HANGUL))
    if (!(m.index > 0 && AFTER_CODE.test(text[m.index - 1]) && particles.has(m[0]))) found.push(m[0])
  return found
}

/* What search.py's tokens(text, morphemes=False) gives: [words and pairs, Hangul bigrams] */
function textTokens(text) {
  text = text.normalize("NFC")
  const latin = latinTokens(text.toLowerCase().replace(NUMERAL, "$1d "))
  const words = latin.concat(pairs(latin.filter(w => !w.includes("_"))))
  const grams = []
  for (const run of hangulRuns(text)) grams.push(...bigrams(run))
  return [words, grams]
}

/* The query as it is searched: NFC, lowercased, the index's rewrites applied (search.py's rewrite) */
function rewrite(query) {
  let text = query.normalize("NFC").toLowerCase()
  for (const [pattern, replacement] of rewrites) text = text.replace(pattern, () => replacement)
  return text
}

/* ------------------------------------------------------------------ query ---- */

/* A crude root, for the query side only: transposed, transposes -> transpos */
const SUFFIX = /^(.{3,}?)(?:izations?|ations?|ating|ated|ates?|izing|ized|izes?|ing|ed|es|er|en|e|ly)$/
function root(word) {
  for (let i = 0; i < 2; i++) {
    const m = SUFFIX.exec(word)
    if (!m) break
    word = m[1]
  }
  return word
}

/* Indexed morphemes a Hangul word is made of, left to right over its jamo */
function morphemes(word) {
  const jamo = word.normalize("NFD")
  const found = []
  let i = 0
  while (i < jamo.length) {
    let hit = 0
    for (let n = Math.min(maxJamo, jamo.length - i); n > 0; n--) {
      const candidate = jamoVocab.get(jamo.substr(i, n))
      if (!candidate) continue
      /* one syllable: only a whole one, and only first (later, it is mostly a particle: 을, 는) */
      if (candidate.length === 1 && (i > 0 || (i + n < jamo.length && !LEAD.test(jamo[i + n])))) continue
      hit = n
      break
    }
    if (hit) {
      found.push(jamoVocab.get(jamo.substr(i, hit)))
      i += hit
    } else {
      i++
      while (i < jamo.length && !LEAD.test(jamo[i])) i++
    }
  }
  return found
}

/* Latin index words starting with `prefix`, itself excluded */
function completions(prefix) {
  let lo = 0, hi = latinVocab.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (latinVocab[mid] < prefix) lo = mid + 1
    else hi = mid
  }
  const found = []
  for (let i = lo; i < latinVocab.length && latinVocab[i].startsWith(prefix); i++)
    if (latinVocab[i] !== prefix) found.push(latinVocab[i])
  return found
}

/* The query as units (what the reader typed, word by word), each with weighted tokens */
function analyze(query) {
  /* a pasted message is in torch's words, as the pages print it: nothing to rewrite */
  const text = looksLikeError(query) ? query.normalize("NFC").toLowerCase() : rewrite(query)
  const units = []
  const latin = latinTokens(text.replace(NUMERAL, "$1d "))
  for (const token of new Set(latin)) { // a word twice is asked once
    const alts = [{ map: "terms", token, weight: 1, mark: token }]
    const longer = token.length >= 3 ? completions(token) : []
    for (const word of longer)
      alts.push({ map: "terms", token: word, weight: PREFIX_WEIGHT * token.length / word.length, mark: token })
    if (token.length >= 4 && !token.includes("_"))
      for (const word of roots.get(root(token)) || [])
        if (word !== token && !word.startsWith(token))
          alts.push({ map: "terms", token: word, weight: ROOT_WEIGHT, mark: word })
    units.push(weigh({ key: token, alts, optional: optional.has(token) }))
  }
  const korean = []
  for (const word of new Set(hangulRuns(text))) {
    const found = morphemes(word)
    korean.push(...found)
    const alts = found.map(m => ({ map: "terms", token: m, weight: 1, mark: m }))
    for (const m of found) {
      const part = [...Array(m.length).keys()].reverse().map(k => m.slice(0, k)).find(p => p.length >= 2 && hangulVocab.has(p))
      if (part && !found.includes(part)) alts.push({ map: "terms", token: part, weight: PART_WEIGHT, mark: part })
    }
    const grams = bigrams(word)
    const gramWeight = found.length ? GRAM_WEIGHT_BESIDE : GRAM_WEIGHT
    for (const g of grams)
      alts.push({ map: "grams", token: g, weight: gramWeight / grams.length, mark: g })
    if (alts.length) units.push(weigh({ key: word, alts, optional: found.length > 0 && found.every(f => optional.has(f)) }))
  }
  /* Words in the reader's order, found together: a bonus, not a unit of its own */
  const together = pairs(latin.filter(t => !t.includes("_"))).concat(pairs(korean))
  if (together.length)
    units.push({ bonus: true, alts: together.map(p => ({ map: "terms", token: p, weight: PAIR_WEIGHT, mark: "" })) })
  return units
}

function weigh(unit) {
  if (unit.optional) for (const alt of unit.alts) alt.weight *= OPTIONAL_WEIGHT
  return unit
}

/* A page's names (its title, and the Korean term for it), each as its sorted tokens */
const names = new Map()
function pageNames(page) {
  if (!names.has(page)) {
    const entry = index.docs[numberOf.get(page)]
    const found = (entry && entry[2] || []).map(name => {
      const tokens = latinTokens(name.toLowerCase())
      for (const [word] of name.matchAll(HANGUL)) tokens.push(...morphemes(word))
      return [...new Set(tokens)].sort().join(" ")
    })
    names.set(page, found.filter(n => n))
  }
  return names.get(page)
}

/* Whether the query is a message torch printed (pasted whole or in part), not a question */
function looksLikeError(query) {
  if (/[\uac00-\ud7a3]/.test(query) || query.trim().split(/\s+/).length < 4) return false
  return /\b\w+(?:Error|Warning)\b|\bexpected\b.*\bbut (?:got|found)\b|\b(?:must|should) (?:be|match|have)\b|\bnot supported\b|\bcan't be\b|\bcannot be\b|\binvalid\b|\bis too small\b|\bmore than once\b|\bgiven (?:groups|input|weight)\b|\bcalculated (?:padded|output|input)\b/i.test(query)
}

function idf(n, df) {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

function search(query) {
  const units = analyze(query)
  const counted = units.filter(unit => !unit.bonus).length
  if (!counted) return { items: [] }
  const required = units.filter(unit => !unit.bonus && !unit.optional).length
  const n = index.docs.length, U = units.length
  /* per doc: what its postings add up to, and which units it has (in its page's title or
     description too, for the page's own entry) */
  const text = new Float64Array(n), head = new Float64Array(n), subject = new Float64Array(n)
  const has = new Uint8Array(n * U), named = new Uint8Array(n * U)
  const touched = []
  units.forEach((unit, u) => {
    for (const alt of unit.alts) {
      const postings = index[alt.map][alt.token]
      if (!postings) continue
      /* each field its own idf: "output" is in most texts but few headings */
      let heads = 0, subjects = 0
      for (let i = 1; i < postings.length; i += 2) {
        heads += postings[i] & 1
        subjects += postings[i] >> 1 & 1
      }
      const weight = alt.weight * idf(n, postings.length / 2)
      const headWeight = alt.weight * idf(n, heads), subjectWeight = alt.weight * idf(n, subjects)
      let doc = 0
      for (let i = 0; i < postings.length; i += 2) {
        doc += postings[i] // gaps between document numbers
        const code = postings[i + 1], tf = code >> 2
        if (!text[doc] && !head[doc] && !subject[doc] && !has[doc * U]) touched.push(doc)
        if (tf) text[doc] += weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * index.lens[doc] / avgLen))
        if (code & 1) head[doc] += headWeight
        if (code & 2) subject[doc] += subjectWeight
        if (!unit.bonus) {
          has[doc * U + u] = 1
          if (code & 3) named[doc * U + u] = 1
        }
      }
    }
  })
  const items = []
  for (const doc of new Set(touched)) {
    const [location, weight] = index.docs[doc]
    const page = pageOf[doc]
    let score = text[doc] + HEAD_WEIGHT * head[doc] + PAGE_WEIGHT * head[page] + SUBJECT_WEIGHT * subject[page]
    let covered = 0, extra = 0 // optional words found count in the share; those not found do not
    for (let u = 0; u < U; u++)
      if (has[doc * U + u] || named[page * U + u]) {
        covered++
        if (units[u].optional) extra++
      }
    const coverage = covered / (required + extra)
    if (covered) items.push({ doc, location, score: score * coverage * coverage * weight })
  }
  items.sort((a, b) => b.score - a.score)

  /* Group by page, as Material's worker does: each group ends with its page. A page
     with more sections that match comes first: its best section, plus some of the next */
  const groups = new Map()
  for (const item of items) {
    const page = item.location.split("#")[0]
    if (!groups.has(page)) groups.set(page, [])
    groups.get(page).push(item)
  }
  const asked = [...new Set(units.filter(u => !u.bonus).flatMap(u => u.alts.filter(a => a.map === "terms" && a.weight === 1).map(a => a.token)))].sort().join(" ")
  const ranked = [...groups].map(([page, group]) => {
    let rank = group[0].score + MORE_SECTIONS * group.slice(1, 3).reduce((sum, item) => sum + item.score, 0)
    if (pageNames(page).includes(asked)) rank *= NAMED // the query is the page's name: padding, 패딩을
    return [page, group.slice(0, MAX_SECTIONS), rank]
  }).sort((a, b) => b[2] - a[2]).slice(0, MAX_GROUPS)
  const marks = highlight(units)
  const result = []
  for (const [page, group] of ranked) {
    if (!group.find(item => item.location === page))
      group.push({ doc: numberOf.get(page), location: page, score: 0 })
    result.push(group.map(item => {
      const terms = {} // for Material: which query words the section has (the others are shown struck out)
      units.forEach((unit, u) => { if (!unit.bonus) terms[unit.key] = !!(has[item.doc * U + u] || named[pageOf[item.doc] * U + u]) })
      return render(item, terms, byLocation.get(item.location), marks)
    }))
  }
  if (looksLikeError(query)) result.splice(Math.min(1, result.length), 0, [offer(query)])
  return { items: result }
}

/* One pattern for the excerpts of a query: the words it searched, longest first */
function highlight(units) {
  const words = [...new Set(units.flatMap(unit => unit.alts.map(alt => alt.mark)))].filter(m => m.length > 1)
  if (!words.length) return null
  words.sort((a, b) => b.length - a.length)
  return new RegExp(words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi")
}

/* The calculator's paste box, opened with the message (a result of its own, after the best one) */
function offer(query) {
  const [title, text] = OFFER[index.lang] || OFFER.en
  return { location: "calculator/?error=" + encodeURIComponent(query.trim()), title, text: escapeHTML(text), score: 0, terms: {} }
}

/* ----------------------------------------------------------- rendering ---- */

const ESCAPED = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
function escapeHTML(text) {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, c => ESCAPED[c]) : text
}

function plain(html) {
  return html.replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ").trim()
}

/* A short excerpt around the first match, matches marked */
function excerpt(doc, pattern) {
  const text = doc.plain || (doc.plain = plain(doc.text))
  const first = pattern ? text.search(pattern) : -1
  if (first < 0) return text.length > 160 ? escapeHTML(text.slice(0, 160)) + "…" : escapeHTML(text)
  const start = first > 60 ? text.lastIndexOf(" ", first - 50) + 1 : 0
  const end = Math.min(text.length, start + 200)
  const piece = text.slice(start, end)
  let out = "", last = 0
  for (const m of piece.matchAll(pattern)) {
    out += escapeHTML(piece.slice(last, m.index)) + "<mark>" + escapeHTML(m[0]) + "</mark>"
    last = m.index + m[0].length
  }
  out += escapeHTML(piece.slice(last))
  return (start > 0 ? "…" : "") + out + (end < text.length ? "…" : "")
}

function render(item, terms, doc, pattern) {
  return {
    location: item.location,
    title: doc ? doc.title : item.location,
    text: doc ? excerpt(doc, pattern) : "",
    score: item.score,
    terms
  }
}

/* ------------------------------------------------------------- protocol ---- */

addEventListener("message", async ev => {
  const message = ev.data
  if (message.type === 0) { // SETUP: Material's index is left empty (conv1d_site/search.py)
    await Promise.all([loaded, sections])
    search("conv1d 출력") // the first query typed runs compiled code
    postMessage({ type: 1 })
  } else if (message.type === 2) { // QUERY
    await Promise.all([loaded, sections])
    /* Answer the latest query only: keys typed while a search ran need no answer of their own */
    latest = message.data
    if (!scheduled) {
      scheduled = true
      setTimeout(answer, 0)
    }
  }
})

let latest = "", scheduled = false
function answer() {
  scheduled = false
  const query = latest
  let data
  try {
    data = search(query)
  } catch (err) {
    console.warn(err)
    data = { items: [] }
  }
  postMessage({ type: 3, data: { ...data, query } })
}
