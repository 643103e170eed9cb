/*
 * A language's service worker (`sw.js` at its root, written by conv1d_site/offline.py, which
 * puts BUILD above this text). On install it saves every page of its language, the assets
 * those pages load and the search index into one cache named after the build; notebook pages
 * and their .ipynb files are saved as they are opened. Everything it saved is answered from
 * the cache, without waiting for the network; anything else goes to the network, and a page
 * neither saved nor reachable gets the language's offline page, which says so.
 *
 * A new build has another version, so another sw.js: the browser installs it beside this
 * one, it saves the new build whole, then takes over and deletes the older caches of its
 * language. Addresses are relative to its scope, so it works under any sub-path.
 * A language's scope holds the other languages' folders too (the first language's root is
 * the site's): their requests are theirs, left to the network (and, offline, to this
 * offline page when theirs is not saved).
 */
"use strict"

const SCOPE = new URL(self.registration.scope)
const PREFIX = "conv1d:" + SCOPE.pathname + ":" // the caches of this language, every build
const CACHE = PREFIX + BUILD.version
const OFFLINE = new URL(BUILD.offline, SCOPE).href

function key(url) {
  return url.origin + url.pathname // a query changes no file: the calculator keeps its inputs there
}

function ours(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return false
  const rest = url.pathname.slice(SCOPE.pathname.length)
  return !BUILD.others.some(folder => rest.startsWith(folder))
}

self.addEventListener("install", event => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE)
    // Past the browser's HTTP cache: what it holds may be from the build before.
    await cache.addAll(BUILD.files.map(file => new Request(new URL(file, SCOPE), {cache: "no-cache"})))
    await self.skipWaiting()
  })())
})

self.addEventListener("activate", event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name)
    await self.clients.claim()
  })())
})

async function offline(url) {
  const asked = url.pathname + url.search
  const saved = await caches.match(OFFLINE)
  return saved ? Response.redirect(OFFLINE + "?from=" + encodeURIComponent(asked), 302) : Response.error()
}

async function answer(event, url) {
  const request = event.request
  const saved = await caches.match(key(url), {cacheName: CACHE}) // opening it would create it
  if (saved) return saved
  let response
  try {
    response = await fetch(request)
  } catch (error) {
    return request.mode === "navigate" ? offline(url) : Response.error()
  }
  const rest = url.pathname.slice(SCOPE.pathname.length)
  const opened = response.ok && !response.redirected && BUILD.opened.some(folder => rest.startsWith(folder))
  if (opened && await caches.has(CACHE)) { // not once a newer build's worker took over
    const cache = await caches.open(CACHE)
    await cache.put(key(url), response.clone())
    if (request.mode === "navigate" && rest.endsWith("/")) { // a notebook's page: its .ipynb too
      const notebook = new URL(url.pathname.slice(0, -1) + ".ipynb", url)
      event.waitUntil(cache.add(new Request(notebook, {cache: "no-cache"})).catch(() => {}))
    }
  }
  return response
}

self.addEventListener("fetch", event => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== "GET" || url.origin !== SCOPE.origin) return
  if (ours(url)) return event.respondWith(answer(event, url))
  if (request.mode === "navigate" && url.pathname.startsWith(SCOPE.pathname)) // another language's page
    event.respondWith(fetch(request).catch(() => offline(url)))
})
