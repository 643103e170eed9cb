// What a reader on a phone must get, checked on the page as laid out at the viewport's width
// (tests/test_browser.py runs it at 360 and 412 px on every page it visits). Returns problems.
() => {
  const found = []
  const width = document.documentElement.clientWidth
  const where = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.split(" ")[0] : "")
  const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"

  // The page never scrolls sideways.
  if (document.documentElement.scrollWidth > width + 1)
    found.push(`page ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`)

  // Every exception and warning torch printed is readable whole, inside its block.
  for (const message of document.querySelectorAll(".output .message")) {
    const box = message.closest("code").getBoundingClientRect()
    for (const line of message.getClientRects())
      if (line.right > box.right + 1 || line.left < box.left - 1) {
        found.push(`message cut: ${message.textContent.slice(0, 50)}`)
        break
      }
  }

  // Korean breaks lines between words: prose, tables, navigation, captions, the calculator.
  if (document.documentElement.lang === "ko") {
    const hangul = /[\uac00-\ud7a3]/
    const text = "article p, article li, article td, article th, article figcaption, article .admonition-title, " +
      "article label, article dt, article dd, .md-nav__link, .md-header__topic, .md-footer__title"
    for (const e of document.querySelectorAll(text)) {
      if (!hangul.test(e.textContent)) continue
      for (const part of [e, ...e.querySelectorAll("a, span:not(.md-ellipsis)")]) {
        if (!hangul.test(part.textContent) || part.closest("code, pre")) continue
        if (getComputedStyle(part).wordBreak !== "keep-all") {
          found.push(`Korean may break inside a word: ${where(part)} "${part.textContent.trim().slice(0, 30)}"`)
          break
        }
      }
    }
  }

  // No copy button lies over the code it copies.
  for (const nav of document.querySelectorAll("pre > .md-code__nav")) {
    if (!shown(nav)) continue
    const button = nav.getBoundingClientRect()
    const code = nav.parentElement.querySelector(":scope > code")
    const visible = code.getBoundingClientRect()
    const range = document.createRange()
    range.selectNodeContents(code)
    for (const r of range.getClientRects()) {
      const left = Math.max(r.left, visible.left), right = Math.min(r.right, visible.right)
      if (r.width > 0 && left < button.right && right > button.left && r.top < button.bottom && r.bottom > button.top) {
        found.push(`copy button over code: ${code.textContent.slice(0, 40)}`)
        break
      }
    }
  }

  // Every label of a diagram is at least 11 px tall on screen, and reads horizontally.
  for (const text of document.querySelectorAll("figure.diagram svg text, .conv1d-calc__diagram svg text")) {
    if (!shown(text) || !text.textContent.trim()) continue
    const m = text.getScreenCTM()
    const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b)
    if (px < 11 - 0.01 || text.getBoundingClientRect().height < 11)
      found.push(`diagram label ${px.toFixed(1)} px: "${text.textContent.slice(0, 20)}"`)
    if (Math.abs(m.b) > 1e-6 || Math.abs(m.c) > 1e-6) found.push(`diagram label rotated: "${text.textContent.slice(0, 20)}"`)
  }
  // A page's diagrams use the content column, and each output is a target a finger can hit.
  const column = document.querySelector(".md-content__inner")
  for (const svg of document.querySelectorAll("figure.diagram svg")) {
    const width = svg.getBoundingClientRect().width, room = column.getBoundingClientRect().width
    if (Math.abs(width - room) >= 1) found.push(`diagram ${width.toFixed(0)} px wide in a ${room.toFixed(0)} px column`)
  }
  for (const option of document.querySelectorAll("figure.diagram [role=option]")) {
    const r = option.getBoundingClientRect()
    if (r.width < 24 || r.height < 24) found.push(`diagram target ${r.width.toFixed(0)}x${r.height.toFixed(0)} px`)
  }
  return [...new Set(found)].slice(0, 12)
}
