// Runs inside the sandboxed player frame (sandbox="allow-scripts", no
// allow-same-origin): an opaque origin with no cookies, no storage and no
// access to the lesson page. It plays one package with h5p-standalone and
// talks to the lesson page only through postMessage: it accepts messages
// only from its parent window and the parent's origin, and sends statements,
// state and its height to that origin only.
(function () {
  "use strict";
  // An opaque origin has no web storage: reading window.localStorage throws,
  // and H5P core reads it when it starts. Content gets storage that lives as
  // long as the frame.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      window[name].getItem("h5p");
    } catch (error) {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    }
  });

  var configElement = document.getElementById("h5p-frame-config");
  if (!configElement || window.parent === window) return;
  var config = JSON.parse(configElement.textContent);
  var parentOrigin = config.parentOrigin;
  var container = document.querySelector("[data-h5p-frame-player]");
  var started = false;
  var lastHeight = 0;
  var SAVE_SECONDS = 30;
  var MAX_STATE_CHARS = 128 * 1024;

  function send(message) {
    message.h5pFrame = 1;
    window.parent.postMessage(message, parentOrigin);
  }

  function currentState() {
    var instances = (window.H5P && window.H5P.instances) || [];
    for (var i = 0; i < instances.length; i++) {
      if (typeof instances[i].getCurrentState === "function") {
        var state = instances[i].getCurrentState();
        return state === undefined ? null : JSON.stringify(state);
      }
    }
    return null;
  }

  function sendState() {
    var state;
    try { state = currentState(); } catch (error) { return; }
    if (state && state.length <= MAX_STATE_CHARS) send({ type: "state", state: state });
  }

  function sendHeight() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== lastHeight) {
      lastHeight = height;
      send({ type: "height", height: height });
    }
  }

  function onStatement(event) {
    var statement = event && event.data && event.data.statement;
    if (!statement || !statement.object || !statement.object.id) return;
    send({ type: "statement", statement: JSON.parse(JSON.stringify(statement)) });
    var verb = statement.verb && statement.verb.id ? statement.verb.id : "";
    if (/\/(answered|completed|passed|failed)$/.test(verb)) setTimeout(sendState, 300);
  }

  function start(message) {
    if (started || !window.H5PStandalone) return;
    started = true;
    var options = {
      id: String(message.contentId || "1"),
      h5pJsonPath: config.h5pJsonPath,
      contentJsonPath: config.contentJsonPath,
      librariesPath: config.librariesPath,
      frameJs: config.frameJs,
      frameCss: config.frameCss,
      // This document is the sandbox: the content is written into it, not
      // into a further frame (which would get another opaque origin that
      // H5P core could not write to).
      embedType: "div",
      frame: false,
      copyright: false,
      export: false,
      embed: false,
      icon: false,
      fullScreen: false,
      // H5P core restores a saved state only when saving is switched on; the
      // state itself goes to the lesson page (sendState), never elsewhere.
      saveFreq: message.activityIri ? SAVE_SECONDS : false
    };
    if (typeof message.activityIri === "string") options.xAPIObjectIRI = message.activityIri;
    if (typeof message.state === "string") options.contentUserData = [{ state: message.state }];
    // Package files are cross-origin to this opaque origin: H5P core loads
    // media with CORS (the files answer any origin) so that content types
    // drawing images into a canvas can read it back.
    window.H5PIntegration = { crossorigin: "anonymous" };
    new H5PStandalone.H5P(container, options).then(function () {
      window.H5P.externalDispatcher.on("xAPI", onStatement);
      send({ type: "started" });
      sendHeight();
      setInterval(sendState, SAVE_SECONDS * 1000);
    }).catch(function (error) {
      if (window.console) console.error("H5P player failed", error);
      send({ type: "failed" });
    });
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    var message = event.data;
    if (!message || typeof message !== "object") return;
    if (message.type === "start") start(message);
    else if (message.type === "saveState") sendState();
  });

  if (location.hash === "#preview") {
    // The admin's preview: plays on its own, records nothing, tells nobody.
    send = function () {};
    start({ contentId: "preview" });
    return;
  }
  if (window.ResizeObserver) new ResizeObserver(sendHeight).observe(document.documentElement);
  setInterval(sendHeight, 1000);
  send({ type: "ready" });
})();
