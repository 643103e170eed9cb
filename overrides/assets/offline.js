/*
 * On every page: registers this language's service worker (sw.js at the language's root,
 * written by conv1d_site/offline.py) once the page has loaded, so it never competes with it.
 * On the offline page (offline/): names the page that was asked for and is not saved, and
 * lists the pages this language's worker saved on this device.
 */
"use strict"
;(function (script) {
  var root = new URL("..", script.src) // assets/offline.js -> the language's root
  if ("serviceWorker" in navigator)
    window.addEventListener("load", function () {
      navigator.serviceWorker.register(new URL("sw.js", root)).catch(function () {})
    })

  var list = document.querySelector("[data-offline-list]")
  if (!list || !window.caches) return
  var site = " - " + document.title.split(" - ").pop()
  var prefix = "conv1d:" + root.pathname + ":"

  var asked = null
  try { asked = new URLSearchParams(location.search).get("from") } catch (e) {}
  if (asked && asked.charAt(0) === "/" && asked.charAt(1) !== "/") {
    var missing = document.querySelector("[data-offline-missing]")
    var link = missing.querySelector("a")
    link.href = asked
    try { link.textContent = decodeURI(asked) } catch (e) { link.textContent = asked }
    missing.hidden = false
  }

  function title(response, url) {
    return response.text().then(function (text) {
      var found = /<title>([^<]*)<\/title>/.exec(text)
      var parser = document.createElement("textarea") // decodes the title's entities
      parser.innerHTML = found ? found[1] : url.pathname
      return parser.value.replace(site, "")
    })
  }

  caches.keys().then(function (names) {
    var own = names.filter(function (name) { return name.indexOf(prefix) === 0 })
    return Promise.all(own.map(function (name) {
      return caches.open(name).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.map(function (request) {
            var url = new URL(request.url)
            if (!/\/$/.test(url.pathname) || url.pathname === location.pathname) return null
            return cache.match(request).then(function (response) {
              return title(response, url).then(function (text) { return {url: url, title: text} })
            })
          }))
        })
      })
    }))
  }).then(function (found) {
    var pages = [].concat.apply([], found).filter(Boolean)
    pages.forEach(function (page) {
      var item = document.createElement("li")
      var link = document.createElement("a")
      link.href = page.url.pathname
      link.textContent = page.title
      item.append(link)
      list.append(item)
    })
    if (pages.length) {
      document.querySelector("[data-offline-saved]").hidden = false
      document.querySelector("[data-offline-none]").hidden = true
    }
  }).catch(function () {})
})(document.currentScript)
