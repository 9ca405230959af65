/* The service worker: the site shell precached, modules read offline, and
 * every write made offline queued with its own id and sent, in order, when
 * the connection returns. Built by scripts/build-sw.mjs (Workbox injects the
 * precache list) and served at /sw.js, where the server prepends
 * OFFLINE_CONFIG (the URLs of this deployment) and OFFLINE_VERSION.
 */
/* global workbox, importScripts */
"use strict";

var CONFIG = self.OFFLINE_CONFIG;
importScripts.apply(self, CONFIG.workbox);

var RUNTIME_CACHE = "offline-runtime";
var QUEUE_NAME = "fellowship-writes";
// The writes the server takes once by their id (courses.offline.writes).
var WRITES = [
  /^\/xapi\/(statements|state)$/,
  /\/assessments\/attempt\/[0-9a-f-]{36}\/(autosave\/|submit\/)?$/,
  /\/(complete|activity)\/$/,
  /\/reflections\/[0-9a-f-]{36}\/$/
];
var ATTEMPT_PAGE = /\/assessments\/attempt\/[0-9a-f-]{36}\/$/;
// Django's hashed static names (name.0123456789ab.css) match the plain name.
var HASHED_NAME = /\.[0-9a-f]{12}(\.[A-Za-z0-9]+)$/;

var shell = self.__WB_MANIFEST.map(function (entry) {
  return { url: CONFIG.staticPrefix + entry.url, revision: entry.revision };
});
Object.keys(CONFIG.offlinePages).forEach(function (language) {
  shell.push({ url: CONFIG.offlinePages[language], revision: self.OFFLINE_VERSION });
});
workbox.precaching.cleanupOutdatedCaches();
workbox.precaching.precacheAndRoute(shell);

var signedIn = "";
var queue = new workbox.backgroundSync.Queue(QUEUE_NAME, {
  maxRetentionTime: 14 * 24 * 60,
  onSync: function () { return replay(); }
});

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function isWrite(url) {
  if (url.pathname.indexOf("/admin/") === 0) return false;
  return WRITES.some(function (pattern) { return pattern.test(url.pathname); });
}

function isAsset(url) {
  return url.pathname.indexOf(CONFIG.staticPrefix) === 0 ||
    url.pathname.indexOf("/h5p/") === 0 ||
    url.pathname.indexOf("/media/") === 0 ||
    /\/jsi18n\/$/.test(url.pathname);
}

function writeId() {
  if (self.crypto && self.crypto.randomUUID) return self.crypto.randomUUID();
  var bytes = self.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
}

function matchAnywhere(request) {
  return caches.match(request, { ignoreVary: true }).then(function (found) {
    if (found) return found;
    var url = new URL(request.url);
    if (HASHED_NAME.test(url.pathname)) {
      url.pathname = url.pathname.replace(HASHED_NAME, "$1");
      return caches.match(url.href, { ignoreVary: true });
    }
    return undefined;
  });
}

function offlinePage(url) {
  var language = url.pathname.split("/")[1];
  var page = CONFIG.offlinePages[language] || CONFIG.offlinePages[CONFIG.defaultLanguage];
  return caches.match(workbox.precaching.getCacheKeyForURL(page) || page);
}

function navigate(request) {
  return fetch(request).catch(function () {
    return matchAnywhere(request).then(function (found) {
      return found || offlinePage(new URL(request.url));
    });
  });
}

// Network first (a fresh copy when online), the device's copy otherwise;
// what the network gives is kept, so an activity played online plays offline.
function asset(request) {
  return fetch(request).then(function (response) {
    if (response.ok && response.type === "basic") {
      var copy = response.clone();
      caches.open(RUNTIME_CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }, function () {
    return matchAnywhere(request).then(function (found) {
      return found || Response.error();
    });
  });
}

function notify() {
  return queue.size().then(function (waiting) {
    return self.clients.matchAll({ includeUncontrolled: true }).then(function (clients) {
      clients.forEach(function (client) { client.postMessage({ type: "offline-queue", waiting: waiting }); });
    });
  });
}

// What the page gets when its write waits in the queue: the page it came
// from (a form), or a JSON note (a script's request).
function queuedAnswer(original, body) {
  if (original.mode === "navigate") {
    var target = original.referrer || original.url;
    var form = new URLSearchParams(new TextDecoder().decode(body));
    if (ATTEMPT_PAGE.test(new URL(original.url).pathname) && form.get("action") === "submit") {
      target = original.url + "confirm/";
    }
    return Response.redirect(target, 303);
  }
  return new Response(JSON.stringify({ saved: true, queued: true }), {
    status: 202,
    headers: { "Content-Type": "application/json" }
  });
}

function sendWrite(original) {
  return original.clone().arrayBuffer().then(function (body) {
    var headers = new Headers(original.headers);
    if (!headers.has("X-Write-Id")) headers.set("X-Write-Id", writeId());
    if (signedIn && !headers.has("X-Write-User")) headers.set("X-Write-User", signedIn);
    var write = new Request(original.url, {
      method: "POST",
      headers: headers,
      body: body,
      credentials: "same-origin",
      redirect: original.mode === "navigate" ? "manual" : original.redirect,
      referrer: original.referrer
    });
    function keep() {
      return queue.pushRequest({ request: write }).then(function () {
        notify();
        return queuedAnswer(original, body);
      });
    }
    return queue.size().then(function (waiting) {
      // Writes already waiting go first: the server takes them in order.
      if (waiting > 0) return keep();
      return fetch(write.clone()).catch(keep);
    });
  });
}

var replaying = null;

// Send the queue, oldest first; stop at the first write the network did not
// carry (it stays first). A write the server answered, even with a refusal,
// is done: sending it again would get the same answer.
function replay() {
  if (replaying) return replaying;
  replaying = (async function () {
    var entry;
    try {
      while ((entry = await queue.shiftRequest())) {
        try {
          await fetch(entry.request.clone());
        } catch (error) {
          await queue.unshiftRequest(entry);
          throw error;
        }
      }
    } finally {
      replaying = null;
      await notify();
    }
  })();
  return replaying;
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "offline-user") signedIn = String(data.user || "");
  if (data.type === "offline-sync") {
    event.waitUntil(replay().catch(function () { return notify(); }));
  }
  if (data.type === "offline-status") event.waitUntil(notify());
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST") {
    if (isWrite(url)) event.respondWith(sendWrite(request));
    return;
  }
  if (request.method !== "GET" || url.pathname.indexOf("/admin/") === 0) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (isAsset(url)) {
    event.respondWith(asset(request));
  }
});
