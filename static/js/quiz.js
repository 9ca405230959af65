/* Quiz page: save each answer as it changes, and show the time left.
   Without this script the form still works: "Save my answers" posts it all.
   The server enforces the deadline; the clock here only shows it. */
(function () {
  "use strict";
  var form = document.querySelector(".quiz-form");
  if (!form || !window.fetch || !window.FormData) { return; }
  var url = form.getAttribute("data-autosave-url");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var timers = {};

  // Answers not yet on the server (sent while offline, kept in the device's
  // queue) are kept here too, per attempt: a copy of this page kept for
  // offline use was made before they were written, and reloading it must
  // show them, or "Submit for grading" would send the old answers after them.
  var DRAFTS = "quiz-draft:" + url;
  function drafts() {
    try { return JSON.parse(localStorage.getItem(DRAFTS)) || {}; } catch (error) { return {}; }
  }
  function keepDrafts(value) {
    try {
      if (Object.keys(value).length) localStorage.setItem(DRAFTS, JSON.stringify(value));
      else localStorage.removeItem(DRAFTS);
    } catch (error) { /* Storage full or refused: the queue still holds the answer. */ }
  }
  function fieldsOf(section) {
    var values = [];
    section.querySelectorAll("input, select, textarea").forEach(function (field) {
      if (field.type === "hidden") { return; }
      if ((field.type === "radio" || field.type === "checkbox") && !field.checked) { return; }
      values.push([field.name, field.value]);
    });
    return values;
  }
  function draftKeep(section) {
    var all = drafts();
    all[section.getAttribute("data-answer-id")] = fieldsOf(section);
    keepDrafts(all);
  }
  function draftDone(section) {
    var all = drafts();
    delete all[section.getAttribute("data-answer-id")];
    keepDrafts(all);
  }
  function restore(section, values) {
    section.querySelectorAll("input, select, textarea").forEach(function (field) {
      if (field.type === "hidden") { return; }
      var given = values.filter(function (pair) { return pair[0] === field.name; })
        .map(function (pair) { return pair[1]; });
      if (field.type === "radio" || field.type === "checkbox") {
        field.checked = given.indexOf(field.value) !== -1;
      } else if (field.tagName === "SELECT" && field.multiple) {
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = given.indexOf(option.value) !== -1;
        });
      } else {
        field.value = given.length ? given.shift() : "";
      }
    });
    var status = section.querySelector("[data-status]");
    if (status) { status.textContent = gettext("Kept on this device: it will be saved when the connection returns."); }
  }
  var kept = drafts();
  var restored = [];
  form.querySelectorAll("[data-answer-id]").forEach(function (section) {
    var values = kept[section.getAttribute("data-answer-id")];
    if (values) { restore(section, values); restored.push(section); }
  });

  function gettext(text) { return window.gettext ? window.gettext(text) : text; }
  function interpolate(text, values) {
    return window.interpolate ? window.interpolate(text, values) : text.replace("%s", values[0]);
  }

  function save(section) {
    var data = new FormData();
    data.append("csrfmiddlewaretoken", csrf);
    data.append("answer", section.getAttribute("data-answer-id"));
    section.querySelectorAll("input, select, textarea").forEach(function (field) {
      if ((field.type === "radio" || field.type === "checkbox") && !field.checked) { return; }
      data.append(field.name, field.value);
    });
    var status = section.querySelector("[data-status]");
    function show(text, failed) {
      status.textContent = text;
      section.classList.toggle("quiz-question--error", failed);
    }
    fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        var body = type.indexOf("application/json") === 0
          ? response.json().catch(function () { return null; })
          : Promise.resolve(null);
        return body.then(function (json) {
          return { ok: response.ok, status: response.status, redirected: response.redirected, body: json };
        });
      }, function () {
        // The request never reached the server.
        draftKeep(section);
        show(gettext("Not saved: no connection. Your answers will be saved when the connection returns."), true);
        pending[section.getAttribute("data-answer-id")] = section;
        return null;
      })
      .then(function (result) {
        if (!result) { return; }
        if (result.ok && result.body && result.body.saved && result.body.queued) {
          draftKeep(section);
          show(gettext("Kept on this device: it will be saved when the connection returns."), false);
        } else if (result.ok && result.body && result.body.saved) {
          draftDone(section);
          show(gettext("Saved"), false);
        } else if (result.ok) {
          // Answered with a page, not JSON: the sign-in page after the session ended.
          show(gettext("Not saved: you are signed out. Sign in again in another tab, then use “Save my answers”."), true);
        } else if (result.status >= 500) {
          show(interpolate(gettext("Not saved: the server had a problem (error %s). Try again."), [result.status]), true);
        } else if (result.status === 409 && result.body && result.body.redirect) {
          show(result.body.message || result.body.error, true);
          window.location.assign(result.body.redirect);
        } else if (result.body && (result.body.message || result.body.error)) {
          show(result.body.message || result.body.error, true);
        } else {
          show(interpolate(gettext("Not saved: the server refused this answer (error %s). Reload the page and try again."), [result.status]), true);
        }
      });
  }

  // Answers that could not be sent are sent again when the connection returns.
  var pending = {};
  // What is on the screen is what is saved: answers restored from the
  // device are sent again once online (the same answer twice changes
  // nothing), and each is forgotten here once the server has it.
  if (navigator.onLine) { restored.forEach(function (section) { save(section); }); }
  window.addEventListener("online", function () {
    var waiting = pending;
    pending = {};
    Object.keys(waiting).forEach(function (key) { save(waiting[key]); });
  });

  form.addEventListener("change", function (event) {
    var section = event.target.closest("[data-answer-id]");
    if (section) { save(section); }
  });
  form.addEventListener("input", function (event) {
    var section = event.target.closest("[data-answer-id]");
    if (!section || event.target.tagName === "SELECT") { return; }
    var key = section.getAttribute("data-answer-id");
    clearTimeout(timers[key]);
    timers[key] = setTimeout(function () { save(section); }, 1500);
  });

  var timer = document.querySelector(".quiz-timer");
  if (!timer) { return; }
  var remaining = parseInt(timer.getAttribute("data-remaining"), 10);
  if (isNaN(remaining)) { return; }
  var clock = timer.querySelector("[data-clock]");
  var line = timer.querySelector(".quiz-timer__clock");
  var ends = Date.now() + remaining * 1000;
  line.hidden = false;
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function tick() {
    var left = Math.max(0, Math.round((ends - Date.now()) / 1000));
    var hours = Math.floor(left / 3600);
    clock.textContent = (hours ? hours + ":" : "") + pad(Math.floor(left % 3600 / 60)) + ":" + pad(left % 60);
    if (left === 0) {
      clearInterval(interval);
      // Time is up: hand over to the server, which grades what was saved;
      // there is no time left for the confirmation step.
      var action = document.createElement("input");
      action.type = "hidden";
      action.name = "action";
      action.value = "timeout";
      form.appendChild(action);
      form.submit();
    }
  }
  var interval = setInterval(tick, 1000);
  tick();
})();
