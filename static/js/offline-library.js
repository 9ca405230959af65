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
  // Bytes on the device: the module's pages and files, and its activities
  // kept by the player's own host.
  function bytesOf(saved) { return saved.bytes + (saved.activityBytes || 0); }
  function record(id) {
    try { return JSON.parse(localStorage.getItem(RECORD_PREFIX + id)); } catch (error) { return null; }
  }
  function remember(id, value) { localStorage.setItem(RECORD_PREFIX + id, JSON.stringify(value)); }

  function showStorage() {
    var total = 0;
    library.querySelectorAll("[data-offline-module]").forEach(function (card) {
      var saved = record(card.getAttribute("data-offline-module"));
      if (saved && saved.complete) total += bytesOf(saved);
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
      show(card, format(saved.activities === false
        ? gettext("Available offline (%(size)s). Its activities need a connection on this device.")
        : gettext("Available offline (%(size)s)."), { size: size(bytesOf(saved)) }));
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
      if (value.h5pJsonPath && value.librariesPath && value.frameUrl) {
        found.push(value);
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

  // Fetches the JSON of an activity served by the player's own host
  // (H5P_PLAYER_ORIGIN) and returns every file of that host the player
  // will ask for, its frame document first: the keeper keeps them there.
  function activityFiles(player) {
    var frame = new URL(player.frameUrl, location.href);
    var urls = [frame.href, player.playerJs, player.frameJs, player.frameCss];
    var libraries = {};
    function json(url) {
      return fetch(url, { credentials: "omit" }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        urls.push(url);
        return response.json();
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
      return urls.filter(Boolean).map(function (url) { return new URL(url, frame.href).href; })
        .filter(function (url) { return new URL(url).origin === frame.origin; });
    });
  }

  // The keeper: a hidden page of the player's own host that keeps the
  // activities' files where the player's worker finds them offline.
  var keeperReady = null;
  var keeperCalls = {};
  var keeperRequests = 0;

  function keeper() {
    var url = library.getAttribute("data-h5p-keeper");
    if (!url) return Promise.resolve(null);
    if (keeperReady) return keeperReady;
    var origin = new URL(url).origin;
    keeperReady = new Promise(function (resolve) {
      var frame = document.createElement("iframe");
      frame.hidden = true;
      frame.title = library.getAttribute("data-label-keeper") || "";
      var timer = setTimeout(function () { resolve(null); }, 30000);
      window.addEventListener("message", function (event) {
        if (event.source !== frame.contentWindow || event.origin !== origin) return;
        var message = event.data;
        if (!message || typeof message !== "object" || message.h5pKeeper !== 1) return;
        if (message.type === "ready" || message.type === "unavailable") {
          clearTimeout(timer);
          resolve(message.type === "ready" ? { frame: frame, origin: origin } : null);
        } else if (keeperCalls[message.request]) {
          keeperCalls[message.request](message);
        }
      });
      frame.src = url;
      library.appendChild(frame);
    });
    return keeperReady;
  }

  // Resolves with the keeper's last answer, or null where it cannot keep
  // anything (no worker for that host in this browser).
  function askKeeper(message, onProgress) {
    return keeper().then(function (found) {
      if (!found) return null;
      return new Promise(function (resolve) {
        keeperRequests += 1;
        var request = keeperRequests;
        message.request = request;
        message.h5pKeeper = 1;
        keeperCalls[request] = function (answer) {
          if (answer.type === "progress") {
            if (onProgress) onProgress(answer);
            return;
          }
          delete keeperCalls[request];
          resolve(answer);
        };
        found.frame.contentWindow.postMessage(message, found.origin);
      });
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
  // Modules removed while a download or a check of theirs was under way:
  // it stops instead of writing them back.
  var removed = {};

  function download(card, refresh) {
    var id = card.getAttribute("data-offline-module");
    if (running[id]) return running[id];
    delete removed[id];
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
        var remote = [];
        var remoteSeen = {};
        remember(id, state);
        return caches.open(CACHE_PREFIX + id).then(function (cache) {
          var todo = manifest.lessons.map(function (lesson) { return lesson.url; }).concat(prepared)
            .map(function (url) { return new URL(url, location.href).href; });
          var seen = {};
          todo.forEach(function (url) { seen[url] = true; });
          var done = 0;
          progress.hidden = false;
          function step() {
            if (removed[id]) throw new Error("removed");
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
                // A player the site frames itself has an opaque origin, which
                // no worker can answer: its files would cost the connection
                // for nothing (docs/decisions/0039).
                if (new URL(player.frameUrl, location.href).origin === location.origin) {
                  state.activities = false;
                  return null;
                }
                return activityFiles(player).then(function (urls) {
                  urls.forEach(function (link) {
                    if (!remoteSeen[link]) { remoteSeen[link] = true; remote.push(link); }
                  });
                });
              })).then(step);
            });
          }
          return step();
        }).then(function () {
          if (!remote.length || removed[id]) return null;
          state.activities = true;
          return askKeeper({ type: "store", module: id, urls: remote, fresh: fresh }, function (answer) {
            progress.max = answer.total;
            progress.value = answer.done;
            show(card, format(gettext("Downloading the activities: %(done)s of %(total)s files, %(size)s."), { done: answer.done, total: answer.total, size: size(state.bytes + answer.bytes) }));
          }).then(function (answer) {
            state.activities = !!answer && state.activities;
            if (answer && answer.type !== "stored") throw new Error("activities");
            state.activityBytes = answer ? answer.bytes : 0;
          });
        }).then(function () {
          if (removed[id]) throw new Error("removed");
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
        if (removed[id]) {
          // What a request in flight wrote after the removal goes too.
          localStorage.removeItem(RECORD_PREFIX + id);
          return caches.delete(CACHE_PREFIX + id).then(function () {
            showSaved(card);
            show(card, gettext("Removed from this device."));
          });
        }
        showSaved(card);
      });
    return running[id];
  }

  function remove(card) {
    var id = card.getAttribute("data-offline-module");
    removed[id] = true;
    // The activities' files go too, on the player's host; without a
    // connection to reach its keeper they go at the next removal.
    if (library.getAttribute("data-h5p-keeper")) askKeeper({ type: "remove", module: id });
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
          if (removed[card.getAttribute("data-offline-module")]) return null;
          if (manifest && manifest.version !== saved.version) {
            show(card, gettext("Out of date: the module has changed. Updating…"));
            return download(card, true);
          }
          // A quiz submitted since: its next attempt, where one is allowed,
          // is taken too.
          return prepare(card).then(function (urls) {
            // Asked by name, a cache removed meanwhile is not made again.
            var name = CACHE_PREFIX + card.getAttribute("data-offline-module");
            return Promise.all(urls.map(function (url) {
              return caches.match(new URL(url, location.href).href, { cacheName: name });
            })).then(function (kept) {
              if (removed[card.getAttribute("data-offline-module")]) return null;
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
