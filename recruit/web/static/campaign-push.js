// A campaign's push progress: polls the page's small JSON endpoint while a push is under way
// and writes the figures into the live region (the page's refresh link works without it).
(function () {
  "use strict";
  var box = document.getElementById("push-progress");
  if (!box || box.getAttribute("data-done") === "true") { return; }
  var url = box.getAttribute("data-url");
  function set(name, value) {
    var el = box.querySelector("[data-field=" + name + "]");
    if (el) { el.textContent = value; }
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p || !p.started) { return; }
        set("slices_done", p.slices_done);
        set("audience", p.audience);
        set("pushed", p.pushed);
        var bar = box.querySelector("progress");
        if (bar) { bar.value = p.slices_done; }
        if (p.done) {
          set("state", "已完成");
          box.setAttribute("data-done", "true");
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
}());
