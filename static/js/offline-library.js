// "Make available offline": fetches a module's lessons, what they show
// (images, captions, styles, scripts, the activity player) and its quiz pages
// into a cache of their own, shows the progress, resumes where a dropped
// connection stopped, refreshes an out-of-date copy, and removes it.
(function () {
  "use strict";
  var library = document.querySelector("[data-offline-library]");
  if (!library) return;
  if (!("caches" in window) || !("serviceWorker" in navigator)) {
    library.querySelector("[data-offline-unsupported]").hidden = false;
    library.querySelectorAll("[data-offline-download]").forEach(function (b) { b.disabled = true; });
    return;
  }
  var CACHE_PREFIX = "offline-module-";
  var RECORD_PREFIX = "offline-module:";
  // Pages a lesson links to that the module needs offline: its quiz, and a
  // quiz attempt started online (with its confirmation step).
  var FOLLOW = [/\/assessments\/quiz\/\d+\/$/, /\/assessments\/attempt\/[0-9a-f-]{36}\/$/];
  var ATTEMPT = /\/assessments\/attempt\/[0-9a-f-]{36}\/$/;
  var storageLine = library.querySelector("[data-offline-storage]");

  function gettext(text) { return window.gettext ? window.gettext(text) : text; }
  function format(text, values) {
    return window.interpolate ? window.interpolate(text, values, true) : text;
  }
  function size(bytes) {
    var units = [gettext("%(n)s bytes"), gettext("%(n)s KB"), gettext("%(n)s MB"), gettext("%(n)s GB")];
    var unit = 0;
    while (bytes >= 1024 && unit < units.length - 1) { bytes /= 1024; unit += 1; }
    var number = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: unit ? 1 : 0 }).format(bytes);
    return format(units[unit], { n: number });
  }
  function record(id) {
    try { return JSON.parse(localStorage.getItem(RECORD_PREFIX + id)); } catch (error) { return null; }
  }
  function remember(id, value) { localStorage.setItem(RECORD_PREFIX + id, JSON.stringify(value)); }

  function showStorage() {
    var total = 0;
    library.querySelectorAll("[data-offline-module]").forEach(function (card) {
      var saved = record(card.getAttribute("data-offline-module"));
      if (saved && saved.complete) total += saved.bytes;
    });
    storageLine.textContent = format(gettext("Modules on this device take %(size)s."), { size: size(total) });
  }

  function show(card, text) {
    card.querySelector("[data-offline-state]").textContent = text;
  }

  function showSaved(card) {
    var saved = record(card.getAttribute("data-offline-module"));
    var download = card.querySelector("[data-offline-download]");
    var remove = card.querySelector("[data-offline-remove]");
    if (saved && saved.complete) {
      show(card, format(gettext("Available offline (%(size)s)."), { size: size(saved.bytes) }));
      download.textContent = gettext("Update the offline copy");
      remove.hidden = false;
    } else if (saved) {
      show(card, format(gettext("Download paused at %(size)s: it continues when the connection returns."), { size: size(saved.bytes) }));
      download.textContent = gettext("Continue the download");
      remove.hidden = false;
    } else {
      download.textContent = card.getAttribute("data-label-estimate") || download.textContent;
      remove.hidden = true;
    }
    showStorage();
  }

  function linksIn(html, base) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var urls = [];
    function add(value) {
      if (!value) return;
      var url = new URL(value, base);
      if (url.origin !== location.origin || url.pathname.indexOf("/admin/") === 0) return;
      url.hash = "";
      urls.push(url.href);
    }
    doc.querySelectorAll("img[src], source[src], track[src], video[src], audio[src], script[src]").forEach(function (el) { add(el.getAttribute("src")); });
    doc.querySelectorAll("img[srcset], source[srcset]").forEach(function (el) {
      el.getAttribute("srcset").split(",").forEach(function (part) { add(part.trim().split(/\s+/)[0]); });
    });
    doc.querySelectorAll("link[rel=stylesheet][href]").forEach(function (el) { add(el.getAttribute("href")); });
    doc.querySelectorAll("a[href]").forEach(function (el) {
      var url = new URL(el.getAttribute("href"), base);
      if (FOLLOW.some(function (pattern) { return pattern.test(url.pathname); })) {
        add(url.pathname);
        if (ATTEMPT.test(url.pathname)) add(url.pathname + "confirm/");
      }
    });
    return urls;
  }

  // An H5P activity's files are not in the page: the player reads them from
  // its configuration (h5p.json, content, and each library's files).
  function playerConfigs(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var found = [];
    function visit(value) {
      if (!value || typeof value !== "object") return;
      if (value.h5pJsonPath && value.librariesPath) {
        // Files from another origin (H5P_CONTENT_ORIGIN) are the player's to fetch.
        if (new URL(value.h5pJsonPath, location.href).origin === location.origin) found.push(value);
        return;
      }
      Object.keys(value).forEach(function (key) { visit(value[key]); });
    }
    doc.querySelectorAll('script[type="application/json"]').forEach(function (el) {
      try { visit(JSON.parse(el.textContent)); } catch (error) { /* not ours */ }
    });
    return found;
  }

  function contentFiles(value, base, into) {
    if (!value || typeof value !== "object") return;
    if (typeof value.path === "string" && !/^[a-z]+:/i.test(value.path)) into.push(base + "/" + value.path);
    Object.keys(value).forEach(function (key) { contentFiles(value[key], base, into); });
  }

  // Fetches the JSON of an activity (each kept too) and returns the files the
  // player will ask for next.
  function activityFiles(cache, player) {
    var urls = [player.playerJs, player.frameJs, player.frameCss];
    var libraries = {};
    function json(url) {
      return fetch(url, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return cache.put(url, response.clone()).then(function () { return response.json(); });
      });
    }
    function library(dependency) {
      var folder = dependency.machineName + "-" + dependency.majorVersion + "." + dependency.minorVersion;
      if (libraries[folder]) return Promise.resolve();
      libraries[folder] = true;
      var root = player.librariesPath + "/" + folder;
      return json(root + "/library.json").then(function (described) {
        (described.preloadedJs || []).concat(described.preloadedCss || []).forEach(function (file) {
          urls.push(root + "/" + file.path);
        });
        return Promise.all((described.preloadedDependencies || []).map(library));
      });
    }
    return json(player.h5pJsonPath + "/h5p.json").then(function (package_) {
      return Promise.all([
        json(player.contentJsonPath + "/content.json").then(function (content) {
          contentFiles(content, player.contentJsonPath, urls);
        }),
        Promise.all((package_.preloadedDependencies || []).map(library))
      ]);
    }).then(function () {
      return urls.filter(Boolean).map(function (url) { return new URL(url, location.href).href; })
        .filter(function (url) { return new URL(url).origin === location.origin; });
    });
  }

  // The server first opens what the module's pages need from it (an
  // attempt at each untimed quiz) and says what to fetch for it; a refusal
  // leaves the rest to download.
  function prepare(card) {
    return fetch(card.getAttribute("data-prepare-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": library.getAttribute("data-csrf-token") }
    })
      .then(function (response) { return response.ok ? response.json() : { fetch: [] }; })
      .then(function (answer) { return answer.fetch || []; });
  }

  var running = {};

  function download(card, refresh) {
    var id = card.getAttribute("data-offline-module");
    if (running[id]) return running[id];
    var progress = card.querySelector("[data-offline-progress]");
    var button = card.querySelector("[data-offline-download]");
    button.disabled = true;
    var prepared = [];
    running[id] = prepare(card)
      .then(function (urls) { prepared = urls; })
      .then(function () {
        return fetch(card.getAttribute("data-manifest-url"), { credentials: "same-origin", cache: "no-store" });
      })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (manifest) {
        if (navigator.storage && navigator.storage.persist) navigator.storage.persist();
        var saved = record(id);
        var fresh = refresh || !saved || saved.version !== manifest.version;
        var state = { version: manifest.version, bytes: fresh ? 0 : saved.bytes, complete: false, title: manifest.title };
        remember(id, state);
        return caches.open(CACHE_PREFIX + id).then(function (cache) {
          var todo = manifest.lessons.map(function (lesson) { return lesson.url; }).concat(prepared)
            .map(function (url) { return new URL(url, location.href).href; });
          var seen = {};
          todo.forEach(function (url) { seen[url] = true; });
          var done = 0;
          progress.hidden = false;
          function step() {
            progress.max = done + todo.length;
            progress.value = done;
            show(card, format(gettext("Downloading: %(done)s of %(total)s files, %(size)s."), { done: done, total: done + todo.length, size: size(state.bytes) }));
            if (!todo.length) return null;
            var url = todo.shift();
            return cache.match(url).then(function (kept) {
              if (kept && !fresh) return kept.clone().text().then(function (text) { return [kept, text]; });
              return fetch(url, { credentials: "same-origin", headers: { "X-Offline-Copy": "1" } }).then(function (response) {
                if (!response.ok) return [null, ""];
                var copy = response.clone();
                return cache.put(url, copy).then(function () { return response.blob(); }).then(function (blob) {
                  state.bytes += blob.size;
                  remember(id, state);
                  return blob.text().then(function (text) { return [response, text]; });
                });
              });
            }).then(function (result) {
              done += 1;
              var response = result[0];
              var type = response ? response.headers.get("Content-Type") || "" : "";
              if (type.indexOf("text/html") !== 0) return step();
              function add(link) {
                if (!seen[link]) { seen[link] = true; todo.push(link); }
              }
              linksIn(result[1], url).forEach(add);
              return Promise.all(playerConfigs(result[1]).map(function (player) {
                return activityFiles(cache, player).then(function (files) { files.forEach(add); });
              })).then(step);
            });
          }
          return step();
        }).then(function () {
          state.complete = true;
          remember(id, state);
          progress.hidden = true;
        });
      })
      .catch(function () {
        // Kept so far stays in the cache: the next try skips it.
        progress.hidden = true;
      })
      .then(function () {
        button.disabled = false;
        delete running[id];
        showSaved(card);
      });
    return running[id];
  }

  function remove(card) {
    var id = card.getAttribute("data-offline-module");
    return caches.delete(CACHE_PREFIX + id).then(function () {
      localStorage.removeItem(RECORD_PREFIX + id);
      showSaved(card);
      show(card, gettext("Removed from this device."));
    });
  }

  // An offline copy whose module has changed says so and is refreshed.
  function checkUpdates() {
    if (!navigator.onLine) return;
    library.querySelectorAll("[data-offline-module]").forEach(function (card) {
      var saved = record(card.getAttribute("data-offline-module"));
      if (!saved) return;
      if (!saved.complete) { download(card, false); return; }
      fetch(card.getAttribute("data-manifest-url"), { credentials: "same-origin", cache: "no-store" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (manifest) {
          if (manifest && manifest.version !== saved.version) {
            show(card, gettext("Out of date: the module has changed. Updating…"));
            return download(card, true);
          }
          // A quiz submitted since: its next attempt, where one is allowed,
          // is taken too.
          return prepare(card).then(function (urls) {
            return caches.open(CACHE_PREFIX + card.getAttribute("data-offline-module")).then(function (cache) {
              return Promise.all(urls.map(function (url) { return cache.match(new URL(url, location.href).href); }));
            }).then(function (kept) {
              if (kept.some(function (response) { return !response; })) return download(card, false);
            });
          });
        })
        .catch(function () {});
    });
  }

  library.addEventListener("click", function (event) {
    var card = event.target.closest("[data-offline-module]");
    if (!card) return;
    if (event.target.closest("[data-offline-download]")) download(card, !!(record(card.getAttribute("data-offline-module")) || {}).complete);
    if (event.target.closest("[data-offline-remove]")) remove(card);
  });
  library.querySelectorAll("[data-offline-module]").forEach(function (card) {
    var button = card.querySelector("[data-offline-download]");
    card.setAttribute("data-label-estimate", button.textContent);
    showSaved(card);
  });
  window.addEventListener("online", checkUpdates);
  checkUpdates();
})();
