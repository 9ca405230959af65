// Plays the H5P activities of a lesson with h5p-standalone, only when the
// fellow asks (nothing heavy loads before "Start activity"), restores their
// saved state, and reports the player's xAPI statements to the platform.
// Vanilla JavaScript, no framework; the lesson works without it.
(function () {
  "use strict";
  if (window.__h5pActivities) return; // the block template includes us once per block
  window.__h5pActivities = true;

  var SAVE_SECONDS = 30;
  var activities = []; // {config, section, contentId, lastState}
  var statementQueue = [];
  var flushTimer = null;
  var retryDelay = 2000;
  var playerScript = null; // Promise for main.bundle.js
  var playerChain = Promise.resolve(); // h5p-standalone needs one player at a time
  var dispatcherBound = false;

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b + 0x100).toString(16).slice(1);
    }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" +
      hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function setStatus(activity, text, isError) {
    var status = activity.section.querySelector("[data-h5p-status]");
    if (!status) return;
    status.textContent = text || "";
    status.classList.toggle("h5p-activity__status--error", !!isError);
  }

  function loadPlayerScript(src) {
    if (!playerScript) {
      playerScript = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.charset = "UTF-8";
        script.onload = resolve;
        script.onerror = function () {
          playerScript = null;
          reject(new Error("player script"));
        };
        document.head.appendChild(script);
      });
    }
    return playerScript;
  }

  function postJSON(url, body, csrfToken, keepalive) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,
      headers: {
        "Content-Type": "application/json",
        "X-CSRFToken": csrfToken,
        "X-Experience-API-Version": "1.0.3"
      },
      body: JSON.stringify(body)
    });
  }

  function fetchSavedState(tracking) {
    if (!tracking) return Promise.resolve(null);
    var url = tracking.stateUrl + "?activityId=" + encodeURIComponent(tracking.activityIri);
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { state: null }; })
      .then(function (data) { return data.state || null; })
      .catch(function () { return null; });
  }

  // xAPI statements ---------------------------------------------------------

  function activityFor(objectId) {
    for (var i = 0; i < activities.length; i++) {
      var tracking = activities[i].config.tracking;
      if (!tracking) continue;
      var iri = tracking.activityIri;
      if (objectId === iri || objectId.indexOf(iri + "?") === 0) return activities[i];
    }
    return null;
  }

  function onStatement(event) {
    var statement = event && event.data && event.data.statement;
    if (!statement || !statement.object || !statement.object.id) return;
    var activity = activityFor(statement.object.id);
    if (!activity) return;
    // An id makes a resend harmless: the platform stores each id once.
    if (!statement.id) statement.id = uuid();
    statementQueue.push({ activity: activity, statement: statement });
    scheduleFlush(400);
    var verb = statement.verb && statement.verb.id ? statement.verb.id : "";
    if (/\/(answered|completed|passed|failed)$/.test(verb)) {
      setTimeout(function () { saveState(activity, false); }, 500);
    }
  }

  function scheduleFlush(delay) {
    if (flushTimer) return;
    flushTimer = setTimeout(function () {
      flushTimer = null;
      flushStatements(false);
    }, delay);
  }

  function flushStatements(keepalive) {
    if (!statementQueue.length) return;
    var batch = statementQueue.splice(0, statementQueue.length);
    var tracking = batch[0].activity.config.tracking;
    var statements = batch.map(function (item) { return item.statement; });
    postJSON(tracking.statementsUrl, statements, tracking.csrfToken, keepalive)
      .then(function (response) {
        if (response.ok) {
          retryDelay = 2000;
          return;
        }
        if (response.status >= 500 || response.status === 429) throw new Error("retry");
        // Refused (malformed or not allowed): sending it again cannot help.
        if (window.console) console.warn("Statements refused", response.status);
      })
      .catch(function () {
        statementQueue = batch.concat(statementQueue);
        setStatus(batch[0].activity, batch[0].activity.config.messages.notSaved, true);
        scheduleFlush(retryDelay);
        retryDelay = Math.min(retryDelay * 2, 60000);
      });
  }

  // Saved state -------------------------------------------------------------

  function currentState(activity) {
    var frame = activity.section.querySelector("iframe.h5p-iframe");
    var scopes = [frame && frame.contentWindow, window];
    for (var i = 0; i < scopes.length; i++) {
      var scope = scopes[i];
      var instances = scope && scope.H5P && scope.H5P.instances;
      if (!instances) continue;
      for (var j = 0; j < instances.length; j++) {
        var instance = instances[j];
        if (String(instance.contentId) === activity.contentId &&
            typeof instance.getCurrentState === "function") {
          var state = instance.getCurrentState();
          return state === undefined ? null : JSON.stringify(state);
        }
      }
    }
    return null;
  }

  function saveState(activity, keepalive) {
    var tracking = activity.config.tracking;
    if (!tracking || !activity.started) return;
    var state;
    try { state = currentState(activity); } catch (error) { return; }
    if (!state || state === activity.lastState) return;
    activity.lastState = state;
    postJSON(tracking.stateUrl, { activityId: tracking.activityIri, state: state },
      tracking.csrfToken, keepalive).catch(function () { activity.lastState = null; });
  }

  // Starting a player -------------------------------------------------------

  function bindDispatcher() {
    if (dispatcherBound || !window.H5P || !H5P.externalDispatcher) return;
    H5P.externalDispatcher.on("xAPI", onStatement);
    dispatcherBound = true;
  }

  function start(activity, button) {
    var config = activity.config;
    var player = config.player;
    button.disabled = true;
    setStatus(activity, config.messages.loading, false);
    Promise.all([loadPlayerScript(player.playerJs), fetchSavedState(config.tracking)])
      .then(function (results) {
        var savedState = results[1];
        activity.lastState = savedState;
        playerChain = playerChain.then(function () {
          var element = activity.section.querySelector("[data-h5p-player]");
          element.hidden = false;
          var options = {
            id: activity.contentId,
            h5pJsonPath: player.h5pJsonPath,
            contentJsonPath: player.contentJsonPath,
            librariesPath: player.librariesPath,
            frameJs: player.frameJs,
            frameCss: player.frameCss,
            frame: false,
            copyright: false,
            export: false,
            embed: false,
            icon: false,
            fullScreen: true,
            saveFreq: config.tracking ? SAVE_SECONDS : false
          };
          if (config.tracking) options.xAPIObjectIRI = config.tracking.activityIri;
          if (savedState) options.contentUserData = [{ state: savedState }];
          return new H5PStandalone.H5P(element, options).then(function () {
            activity.started = true;
            bindDispatcher();
            var frame = element.querySelector("iframe");
            if (frame) frame.title = config.title;
            button.parentNode.hidden = true;
            setStatus(activity, config.messages.ready, false);
          });
        });
        return playerChain;
      })
      .catch(function () {
        playerChain = Promise.resolve();
        button.disabled = false;
        setStatus(activity, config.messages.failed, true);
      });
  }

  function init() {
    var sections = document.querySelectorAll("[data-h5p-activity]");
    Array.prototype.forEach.call(sections, function (section) {
      var script = section.querySelector('script[type="application/json"]');
      var button = section.querySelector("[data-h5p-start]");
      if (!script || !button) return;
      var config;
      try { config = JSON.parse(script.textContent); } catch (error) { return; }
      var activity = {
        config: config,
        section: section,
        contentId: String(config.contentId),
        lastState: null,
        started: false
      };
      activities.push(activity);
      button.addEventListener("click", function () { start(activity, button); });
    });
    if (!activities.length) return;
    setInterval(function () {
      activities.forEach(function (activity) { saveState(activity, false); });
    }, SAVE_SECONDS * 1000);
    window.addEventListener("pagehide", function () {
      activities.forEach(function (activity) { saveState(activity, true); });
      flushStatements(true);
    });
    window.addEventListener("online", function () { scheduleFlush(0); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
