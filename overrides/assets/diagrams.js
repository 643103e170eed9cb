// The windows diagrams (conv1d_site/diagrams.py), explorable: tap, click or focus an output
// position to light up the input positions and taps it reads (and, with groups, its channel
// block); what it reads and its arithmetic go to a polite live region under the figure. Every
// number comes from the build (each svg's data-c1d), every word from diagram_text.py (WORDS):
// this only puts them together. Arrow keys step from output to output, Home and End jump to
// the ends, Escape clears. Without this script the figure is the static picture it was built as.
(function () {
  "use strict"

  // conv1d_site/diagram_text.py's SCRIPT_WORDS in each language (tests/test_diagrams.py checks them)
  var WORDS = {
    "en": {
      "reads": "Output {i} reads padded positions {pos} ({what}).",
      "left": "left padding",
      "right": "right padding",
      "x": "x[{j}]",
      "list": "Output positions of channel 0",
      "option": "Output {i}",
      "hint": "Tap an output position to see what it reads and its arithmetic; the arrow keys step along.",
      "equation": "y[{i}] = {terms} = {y}",
      "others": "input channels {c}: {v}",
      "bias": "bias: {b}",
      "rounded": "values rounded to {p} decimals"
    },
    "ko": {
      "reads": "출력 {i}번 위치는 패딩된 입력의 {pos}번 위치({what})를 읽습니다.",
      "left": "왼쪽 패딩",
      "right": "오른쪽 패딩",
      "x": "입력 {j}번",
      "list": "채널 0의 출력 위치",
      "option": "출력 {i}번",
      "hint": "출력 위치를 누르면 그 위치가 읽는 입력과 계산식이 나옵니다. 화살표 키로 옮겨 갈 수 있습니다.",
      "equation": "y[{i}] = {terms} = {y}",
      "others": "입력 채널 {c}번의 합: {v}",
      "bias": "편향: {b}",
      "rounded": "소수점 아래 {p}자리로 반올림한 값"
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all })
  }

  function factor(value) {  // a negative factor or summand in parentheses
    return value.charAt(0) === "-" ? "(" + value + ")" : value
  }

  function readout(t, data, o) {
    var i = o[0], taps = o[1]
    var terms = taps.map(function (p, j) { return factor(data.w[j]) + "·" + factor(data.x[p]) })
    var notes = []
    if (o.length > 3) {
      terms.push(factor(o[3]))
      notes.push(fill(t.others, { c: data.c, v: o[3] }))
    }
    if ("b" in data) {
      terms.push(factor(data.b))
      notes.push(fill(t.bias, { b: data.b }))
    }
    notes.push(fill(t.rounded, { p: data.p }))
    var what = taps.map(function (p) {
      var n = data.n[p]
      return n === "l" ? t.left : n === "r" ? t.right : fill(t.x, { j: n })
    })
    return [
      fill(t.reads, { i: i, pos: taps.join(", "), what: what.join(", ") }),
      fill(t.equation, { i: i, terms: terms.join(" + "), y: o[2] }),
      notes.join(" · "),
    ].join("\n")
  }

  function paragraph(figure, before, cls, text) {
    var p = document.createElement("p")
    p.className = cls
    p.textContent = text
    figure.insertBefore(p, before)
    return p
  }

  function setup(t, svg) {
    var data = JSON.parse(svg.getAttribute("data-c1d"))
    var figure = svg.parentNode
    var list = svg.querySelector(".c1d-outs")
    if (!list) return
    paragraph(figure, svg.nextSibling, "diagram__hint", t.hint)
    var live = paragraph(figure, svg.nextSibling.nextSibling, "diagram__readout", "")
    live.setAttribute("aria-live", "polite")
    var options = [].slice.call(list.children)
    var outputs = {}
    data.o.forEach(function (o) { outputs[o[0]] = o })
    var lit = [], current = -1

    svg.setAttribute("role", "group")
    list.setAttribute("role", "listbox")
    list.setAttribute("aria-label", t.list)
    list.setAttribute("aria-orientation", "horizontal")
    options.forEach(function (option, n) {
      option.setAttribute("role", "option")
      option.setAttribute("aria-selected", "false")
      option.setAttribute("aria-label", fill(t.option, { i: option.getAttribute("data-i") }))
      option.setAttribute("tabindex", n ? "-1" : "0")
      option.addEventListener("focus", function () { choose(n) })
      option.addEventListener("click", function () { choose(n) })
    })

    function light(elements) {
      [].forEach.call(elements, function (e) { e.classList.add("c1d-hit"); lit.push(e) })
    }

    function clear() {
      lit.forEach(function (e) { e.classList.remove("c1d-hit") })
      lit = []
      if (current >= 0) options[current].setAttribute("aria-selected", "false")
      current = -1
      svg.classList.remove("c1d-on")
      live.textContent = ""
    }

    function choose(n) {
      if (n === current) return
      var option = options[n], o = outputs[option.getAttribute("data-i")]
      clear()
      current = n
      options.forEach(function (other, m) { other.setAttribute("tabindex", m === n ? "0" : "-1") })
      option.setAttribute("aria-selected", "true")
      light([option])
      light(svg.querySelectorAll('.c1d-dot [data-i="' + o[0] + '"]'))
      o[1].forEach(function (p) { light(svg.querySelectorAll('[data-p="' + p + '"]')) })
      svg.classList.add("c1d-on")
      live.textContent = readout(t, data, o)
    }

    list.addEventListener("keydown", function (event) {
      var at = Math.max(current, options.indexOf(document.activeElement), 0), to = null
      switch (event.key) {
        case "ArrowRight": case "ArrowDown": to = Math.min(at + 1, options.length - 1); break
        case "ArrowLeft": case "ArrowUp": to = Math.max(at - 1, 0); break
        case "Home": to = 0; break
        case "End": to = options.length - 1; break
        case "Enter": case " ": to = at; break
        case "Escape": clear(); event.preventDefault(); return
        default: return
      }
      event.preventDefault()
      options[to].focus()
      choose(to)
    })
  }

  ;[].forEach.call(document.querySelectorAll("figure.diagram > svg.c1d[data-c1d]"), function (svg) {
    var t = WORDS[svg.getAttribute("lang")]
    if (t) setup(t, svg)
  })
})()
