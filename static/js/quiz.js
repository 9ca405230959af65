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

  function gettext(text) { return window.gettext ? window.gettext(text) : text; }

  function save(section) {
    var data = new FormData();
    data.append("csrfmiddlewaretoken", csrf);
    data.append("answer", section.getAttribute("data-answer-id"));
    section.querySelectorAll("input, select, textarea").forEach(function (field) {
      if ((field.type === "radio" || field.type === "checkbox") && !field.checked) { return; }
      data.append(field.name, field.value);
    });
    var status = section.querySelector("[data-status]");
    fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
      })
      .then(function (result) {
        if (result.ok) {
          status.textContent = gettext("Saved");
          section.classList.remove("quiz-question--error");
        } else if (result.status === 409 && result.body.redirect) {
          window.location.assign(result.body.redirect);
        } else {
          status.textContent = result.body.error || gettext("Not saved");
          section.classList.add("quiz-question--error");
        }
      })
      .catch(function () {
        status.textContent = gettext("Not saved: check your connection. Your answer stays on this page; use “Save my answers” when you are back online.");
      });
  }

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
      // Time is up: hand over to the server, which grades what was saved.
      var submit = form.querySelector("button[value=submit]");
      if (submit) { submit.click(); }
    }
  }
  var interval = setInterval(tick, 1000);
  tick();
})();
