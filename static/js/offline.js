// Installs the service worker, tells it who is signed in, asks it to send
// the writes kept while offline, and says on the page how many still wait.
// The site works without it.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator)) return;
  var status = document.querySelector("[data-offline-status]");
  var user = script.getAttribute("data-user") || "";
  var sentSome = false;
  function gettext(text) { return window.gettext ? window.gettext(text) : text; }
  function ngettext(one, many, count) {
    return window.ngettext ? window.ngettext(one, many, count) : (count === 1 ? one : many);
  }

  function show(waiting) {
    if (!status) return;
    if (waiting > 0) {
      sentSome = true;
      status.textContent = ngettext(
        "%s change is kept on this device and will be sent when the connection returns.",
        "%s changes are kept on this device and will be sent when the connection returns.",
        waiting
      ).replace("%s", waiting);
      status.hidden = false;
    } else if (sentSome) {
      status.textContent = gettext("Everything you did offline has been sent.");
      status.hidden = false;
    }
  }

  // A connection that says it is back may not carry requests yet: while
  // changes wait and the browser says it is online, ask again now and then.
  var retry = null;
  function retryLater(waiting) {
    if (retry || !waiting || !navigator.onLine || !user) return;
    retry = setTimeout(function () {
      retry = null;
      tell({ type: "offline-sync" });
    }, 5000);
  }

  function tell(message) {
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) registration.active.postMessage(message);
    });
  }

  navigator.serviceWorker.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "offline-queue") {
      show(data.waiting);
      retryLater(data.waiting);
      document.dispatchEvent(new CustomEvent("offline-queue", { detail: data }));
    }
  });

  navigator.serviceWorker
    .register(script.getAttribute("data-worker"), { scope: "/" })
    .catch(function () { /* The site stays online-only. */ });

  // Signed out: what was kept for the last person is not left for the next
  // one on a shared device.
  if (!user && navigator.onLine && window.caches) {
    caches.keys().then(function (names) {
      names.forEach(function (name) {
        if (name.indexOf("offline-module-") === 0 || name === "offline-runtime") caches.delete(name);
      });
    });
    Object.keys(localStorage).forEach(function (key) {
      if (key.indexOf("offline-module:") === 0 || key.indexOf("quiz-draft:") === 0) localStorage.removeItem(key);
    });
  }

  tell({ type: "offline-user", user: user });
  tell({ type: navigator.onLine && user ? "offline-sync" : "offline-status" });
  window.addEventListener("online", function () { tell({ type: "offline-sync" }); });
})();
