// Plays the H5P activities of a lesson, only when the fellow asks (nothing
// heavy loads before "Start activity"). Package code never runs in this page:
// each player is a sandboxed frame without the site's origin or cookies.
// Served by the site, the frame has sandbox="allow-scripts" alone (an opaque
// origin, "null"); served by the player's own host (H5P_PLAYER_ORIGIN) it
// keeps that other origin (allow-same-origin), whose worker can play it
// offline. This page accepts a message only from that frame's window and
// origin, hands the frame the fellow's saved state, and sends the statements
// and state it receives to the platform with the CSRF token, where the
// server validates them. Vanilla JavaScript, no framework.
(function () {
  "use strict";
  if (window.__h5pActivities) return; // the block template includes us once per block
  window.__h5pActivities = true;

  var activities = []; // {config, section, contentId, lastState}
  var statementQueue = [];
  var flushTimer = null;
  var retryDelay = 2000;
  var MAX_FRAME_HEIGHT = 20000;
  var MAX_STATE_CHARS = 128 * 1024;

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

  function onStatement(activity, statement) {
    if (!statement || typeof statement !== "object" || !statement.object ||
        typeof statement.object.id !== "string") return;
    // Only statements about this activity (or its parts) are forwarded; the
    // server checks everything again and takes the actor from the session.
    if (activityFor(statement.object.id) !== activity) return;
    // An id makes a resend harmless: the platform stores each id once.
    if (typeof statement.id !== "string") statement.id = uuid();
    statementQueue.push({ activity: activity, statement: statement });
    scheduleFlush(400);
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

  function saveState(activity, state, keepalive) {
    var tracking = activity.config.tracking;
    if (!tracking || !activity.started) return;
    if (typeof state !== "string" || state.length > MAX_STATE_CHARS) return;
    if (state === activity.lastState) return;
    activity.lastState = state;
    postJSON(tracking.stateUrl, { activityId: tracking.activityIri, state: state },
      tracking.csrfToken, keepalive).catch(function () { activity.lastState = null; });
  }

  // The sandboxed frame -----------------------------------------------------

  // The frame's origin: the player's own host, or opaque ("null") when the
  // site serves the frame itself. Never the site's origin.
  function frameOrigin(config) {
    var origin = new URL(config.player.frameUrl, location.href).origin;
    return origin === location.origin ? "null" : origin;
  }

  function toFrame(activity, message) {
    // An opaque origin cannot be named as the target; only the frame's own
    // window receives the message either way.
    var origin = frameOrigin(activity.config);
    activity.frame.contentWindow.postMessage(message, origin === "null" ? "*" : origin);
  }

  function onFrameMessage(event) {
    var activity = null;
    for (var i = 0; i < activities.length; i++) {
      if (activities[i].frame && event.source === activities[i].frame.contentWindow) {
        activity = activities[i];
      }
    }
    // Any other origin means the frame was navigated away from the player.
    if (!activity || event.origin !== frameOrigin(activity.config)) return;
    var message = event.data;
    if (!message || typeof message !== "object" || message.h5pFrame !== 1) return;
    if (message.type === "ready") {
      activity.savedState.then(function (state) {
        toFrame(activity, {
          type: "start",
          contentId: activity.contentId,
          title: activity.config.title,
          activityIri: activity.config.tracking ? activity.config.tracking.activityIri : null,
          state: state
        });
      });
    } else if (message.type === "started") {
      activity.started = true;
      activity.button.parentNode.hidden = true;
      setStatus(activity, activity.config.messages.ready, false);
    } else if (message.type === "failed") {
      failed(activity);
    } else if (message.type === "statement") {
      onStatement(activity, message.statement);
    } else if (message.type === "state") {
      saveState(activity, message.state, false);
    } else if (message.type === "height") {
      var height = Number(message.height);
      if (isFinite(height) && height > 0) {
        activity.frame.style.height = Math.min(Math.ceil(height), MAX_FRAME_HEIGHT) + "px";
      }
    }
  }

  function failed(activity) {
    if (activity.frame && activity.frame.parentNode) activity.frame.parentNode.removeChild(activity.frame);
    activity.frame = null;
    activity.button.disabled = false;
    setStatus(activity, activity.config.messages.failed, true);
  }

  function start(activity) {
    var config = activity.config;
    activity.button.disabled = true;
    setStatus(activity, config.messages.loading, false);
    activity.savedState = fetchSavedState(config.tracking).then(function (state) {
      activity.lastState = state;
      return state;
    });
    var element = activity.section.querySelector("[data-h5p-player]");
    element.hidden = false;
    var frame = document.createElement("iframe");
    frame.setAttribute("sandbox", frameOrigin(config) === "null" ? "allow-scripts" : "allow-scripts allow-same-origin");
    frame.setAttribute("allow", "fullscreen");
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.setAttribute("data-h5p-frame", "");
    frame.className = "h5p-activity__frame";
    frame.title = config.title;
    frame.src = config.player.frameUrl;
    frame.addEventListener("error", function () { failed(activity); });
    activity.frame = frame;
    element.appendChild(frame);
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
        button: button,
        contentId: String(config.contentId),
        frame: null,
        savedState: Promise.resolve(null),
        lastState: null,
        started: false
      };
      activities.push(activity);
      button.addEventListener("click", function () { start(activity); });
    });
    if (!activities.length) return;
    window.addEventListener("message", onFrameMessage);
    window.addEventListener("pagehide", function () {
      flushStatements(true);
    });
    window.addEventListener("online", function () { scheduleFlush(0); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
