// Progressive enhancement only: every page works without this file.
// A list marked data-filter gets a text box that filters its items while typing.
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  document.querySelectorAll("[data-filter]").forEach(function (list, n) {
    var items = Array.prototype.slice.call(list.querySelectorAll("[data-filter-item]"));
    if (items.length < 8) return;
    var box = document.createElement("div");
    box.className = "filter";
    var id = "filter-" + n;
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = list.getAttribute("data-filter");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(status);
    list.parentNode.insertBefore(box, list);
    var texts = items.map(function (item) { return fold(item.textContent); });
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item, i) {
        var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) shown++;
      });
      status.textContent = shown + " van " + items.length + " getoond";
    });
  });
})();
