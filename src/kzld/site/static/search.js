// kzld site search: filters search.json (the site's index of names) as the user types.
(function () {
  "use strict";
  var root = "../";
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var entries = null;
  // the steps of kzld.site.search.fold, which folded the index's names
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/\u00df/g, "ss")
      .replace(/\u03c2/g, "\u03c3").split(/\s+/).filter(Boolean).join(" ");
  }
  function show() {
    var wanted = fold(input.value);
    list.textContent = "";
    if (!wanted || !entries) { return; }
    var hits = entries.filter(function (e) { return e.f.some(function (n) { return n.indexOf(wanted) >= 0; }); });
    hits.sort(function (a, b) { return (a.f.indexOf(wanted) < 0) - (b.f.indexOf(wanted) < 0) || a.n.length - b.n.length; });
    hits.slice(0, 50).forEach(function (e) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + e.u;
      link.textContent = e.n;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + e.k + ")"));
      list.appendChild(item);
    });
  }
  fetch(root + "search.json").then(function (r) { return r.json(); }).then(function (data) {
    entries = data;
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; }
    show();
  });
  input.addEventListener("input", show);
  document.getElementById("search").addEventListener("submit", function (event) { event.preventDefault(); show(); });
})();
