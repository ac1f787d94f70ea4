/* Search over the site's index (search/index.js), in the browser, with lunr. Without JavaScript the search page
   lists every page instead; with it, results replace the listing and the count is announced. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var listing = document.getElementById("search-listing");
  var data = window.committeePapersSearch;
  if (!form || !input || !window.lunr || !data) {
    return;
  }
  var byUrl = {};
  var index = window.lunr(function () {
    this.ref("url");
    this.field("title", { boost: 10 });
    this.field("committee", { boost: 3 });
    this.field("kind", { boost: 2 });
    this.field("text");
    data.documents.forEach(function (doc) {
      byUrl[doc.url] = doc;
      this.add(doc);
    }, this);
  });

  function find(words) {
    var terms = window.lunr.tokenizer(words).map(function (t) { return t.toString(); });
    if (terms.length === 0) {
      return [];
    }
    // Every word must match, as typed or as the start of a longer word.
    return index.query(function (query) {
      terms.forEach(function (term) {
        query.term(term, { presence: window.lunr.Query.presence.REQUIRED, wildcard: window.lunr.Query.wildcard.TRAILING });
      });
    });
  }

  function show(words) {
    results.textContent = "";
    if (!words.trim()) {
      results.hidden = true;
      listing.hidden = false;
      status.textContent = "";
      return;
    }
    var found = find(words);
    found.forEach(function (hit) {
      var doc = byUrl[hit.ref];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = doc.url;
      link.textContent = doc.title;
      item.appendChild(link);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = " " + [doc.kind, doc.committee, doc.date].filter(Boolean).join(", ");
      item.appendChild(meta);
      results.appendChild(item);
    });
    results.hidden = found.length === 0;
    listing.hidden = true;
    status.textContent = (found.length === 1 ? "1 result" : found.length + " results") + " for \u201c" + words.trim() + "\u201d";
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url.toString());
    show(input.value);
  });
})();
