// Reports reading time and the last block in view when a fellow leaves a
// lesson. Optional: lessons work without it.
(function () {
  "use strict";
  var form = document.getElementById("lesson-activity");
  if (!form || !navigator.sendBeacon) return;
  var shownAt = Date.now();
  var position = "";
  var blocks = document.querySelectorAll(".lesson-body > .block[id]");
  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) position = entry.target.id;
      });
    });
    blocks.forEach(function (block) { observer.observe(block); });
  }
  function report() {
    var seconds = Math.round((Date.now() - shownAt) / 1000);
    if (seconds < 1) return;
    var data = new FormData(form);
    data.set("seconds", String(seconds));
    data.set("position", position);
    navigator.sendBeacon(form.action, data);
    shownAt = Date.now();
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") report();
    else shownAt = Date.now();
  });
})();
