// The keeper: a hidden page of the H5P player's own host, framed by the
// site's offline library. It registers the player's service worker and, on
// the site's word only (messages from the parent window and the site's
// origin), fetches the files a module's activities need into a cache of
// that host, named per module, so that the player plays them offline. It
// reports progress and bytes; it removes a module's files when asked.
(function () {
  "use strict";
  var root = document.documentElement;
  var site = root.getAttribute("data-site-origin");
  var workerUrl = root.getAttribute("data-worker-url");
  if (window.parent === window || !site || !workerUrl) return;
  var PREFIX = "h5p-module-";
  var ALLOWED = /^\/(h5p|static)\//;

  function reply(message) {
    message.h5pKeeper = 1;
    window.parent.postMessage(message, site);
  }

  function ours(value, base) {
    try {
      var url = new URL(value, base);
      url.hash = "";
      return url.origin === location.origin && ALLOWED.test(url.pathname) ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  // What a style sheet makes the player fetch: one format of each font face,
  // the first a browser with service workers reads (the rest are never
  // fetched, and would cost a fellow's connection for nothing), and every
  // other url(). content/h5p/weight.py counts the same files.
  var FONT_FORMATS = ["woff2", "woff", "ttf", "otf"];
  function urls(text) {
    var found = [];
    text.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, function (_match, _quote, value) {
      value = value.trim();
      if (!/^data:/i.test(value)) found.push(value);
      return "";
    });
    return found;
  }
  function extension(url) {
    return url.split("#")[0].split("?")[0].split(".").pop().toLowerCase();
  }
  function cssLinked(text) {
    var found = [];
    var faces = text.match(/@font-face\s*\{[^}]*\}/gi) || [];
    faces.forEach(function (face) {
      var candidates = urls(face);
      for (var i = 0; i < FONT_FORMATS.length; i++) {
        var best = candidates.filter(function (url) { return extension(url) === FONT_FORMATS[i]; })[0];
        if (best) { found.push(best); return; }
      }
    });
    return found.concat(urls(text.replace(/@font-face\s*\{[^}]*\}/gi, "")));
  }

  // Files a stored document or style sheet asks for in its turn.
  function linked(response, text, base) {
    var type = response.headers.get("Content-Type") || "";
    var found = [];
    if (type.indexOf("text/html") === 0) {
      var doc = new DOMParser().parseFromString(text, "text/html");
      doc.querySelectorAll("script[src]").forEach(function (el) { found.push(el.getAttribute("src")); });
      doc.querySelectorAll("link[rel=stylesheet][href]").forEach(function (el) { found.push(el.getAttribute("href")); });
    } else if (type.indexOf("text/css") === 0) {
      found = cssLinked(text);
    }
    return found.map(function (value) { return ours(value, base); }).filter(Boolean);
  }

  function store(message) {
    var request = message.request;
    var fresh = !!message.fresh;
    var todo = (message.urls || []).map(function (value) { return ours(value, location.href); }).filter(Boolean);
    var seen = {};
    todo = todo.filter(function (url) { if (seen[url]) return false; seen[url] = true; return true; });
    var done = 0;
    var bytes = 0;
    return caches.open(PREFIX + String(message.module)).then(function (cache) {
      function step() {
        reply({ type: "progress", request: request, done: done, total: done + todo.length, bytes: bytes });
        if (!todo.length) return null;
        var url = todo.shift();
        return cache.match(url).then(function (found) {
          if (found && !fresh) return found;
          // The player and its fonts are the same for every module: a copy
          // kept for another one costs the connection nothing.
          return (fresh ? Promise.resolve(null) : caches.match(url)).then(function (elsewhere) {
            if (elsewhere) return cache.put(url, elsewhere.clone()).then(function () { return elsewhere; });
            return fetch(url, { credentials: "omit" }).then(function (response) {
              if (!response.ok) return null;
              return cache.put(url, response.clone()).then(function () { return response; });
            });
          });
        }).then(function (response) {
          done += 1;
          if (!response) return step();
          return response.clone().blob().then(function (blob) {
            bytes += blob.size;
            var type = response.headers.get("Content-Type") || "";
            if (!/^text\/(html|css)/.test(type)) return step();
            return blob.text().then(function (text) {
              linked(response, text, url).forEach(function (next) {
                if (!seen[next]) { seen[next] = true; todo.push(next); }
              });
              return step();
            });
          });
        });
      }
      return step();
    }).then(function () {
      reply({ type: "stored", request: request, bytes: bytes });
    }, function () {
      reply({ type: "failed", request: request, bytes: bytes });
    });
  }

  var ready = navigator.serviceWorker
    ? navigator.serviceWorker.register(workerUrl, { scope: workerUrl.replace(/[^/]*$/, "") })
      .then(function () { return navigator.serviceWorker.ready; })
    : Promise.reject(new Error("no service worker"));

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || event.origin !== site) return;
    var message = event.data;
    if (!message || typeof message !== "object" || message.h5pKeeper !== 1) return;
    if (message.type === "store") {
      ready.then(function () { return store(message); }, function () {
        reply({ type: "failed", request: message.request, bytes: 0 });
      });
    } else if (message.type === "remove") {
      caches.delete(PREFIX + String(message.module)).then(function () {
        reply({ type: "removed", request: message.request });
      });
    }
  });

  ready.then(function () { reply({ type: "ready" }); }, function () { reply({ type: "unavailable" }); });
})();
