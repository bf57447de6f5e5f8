// Search for netwerkkaart (docs/search.md). A classic script, not an ES module: Chromium
// refuses module scripts opened from file://, and the index loads through <script> tags
// for the same reason (fetch() of local files is blocked). No dependencies.
// On zoeken/index.html it runs the search page; on every other page it gives the header
// search box type-ahead suggestions. Other pages load nothing of the index before a search
// box gets focus; the search page loads the manifest at once.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.Promise) return;
  var root = script.src.replace(/assets\/zoeken\.js(?:[?#].*)?$/, "");
  var base = root + "zoeken/index/";

  // ---- text: the same folding, words and Dutch stems as the generator (search_text.h)
  var special = { "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ß": "ss", "ĳ": "ij" };
  function fold(text) {
    return String(text).toLowerCase().replace(/[ıøæœłđßĳ]/g, function (c) { return special[c]; })
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1 || /^[0-9]$/.test(w); });
  }
  function isV(c) { return c !== undefined && c.length === 1 && "aeiouyè".indexOf(c) >= 0; }
  function nonV(c) { return c !== undefined && !isV(c); }
  // Snowball's Dutch stemmer (snowballstem.org/algorithms/dutch), as in libstemmer.
  function stem(word) {
    var w = word.split("");
    if (w[0] === "y") w[0] = "Y";
    for (var i = 0; i + 1 < w.length; i++) {
      if (!isV(w[i])) continue;
      if (w[i + 1] === "i" && isV(w[i + 2])) w[i + 1] = "I";
      else if (w[i + 1] === "y") w[i + 1] = "Y";
    }
    var len = w.length, p1 = len, p2 = len;
    if (len >= 3) {
      var k = 0;
      while (k < len && !isV(w[k])) k++;
      if (k < len) {
        k++;
        while (k < len && isV(w[k])) k++;
        if (k < len) {
          p1 = Math.max(k + 1, 3);
          k++;
          while (k < len && !isV(w[k])) k++;
          if (k < len) {
            k++;
            while (k < len && isV(w[k])) k++;
            if (k < len) p2 = k + 1;
          }
        }
      }
    }
    var s = w.join(""), eFound = false;
    function ends(x) { return s.length >= x.length && s.slice(s.length - x.length) === x; }
    function undouble() { if (ends("kk") || ends("dd") || ends("tt")) s = s.slice(0, -1); }
    function enEnding(at) {
      if (at >= p1 && nonV(s[at - 1]) && s.slice(Math.max(0, at - 3), at) !== "gem") { s = s.slice(0, at); undouble(); }
    }
    function eEnding() {
      eFound = false;
      var at = s.length - 1;
      if (ends("e") && at >= p1 && nonV(s[at - 1])) { s = s.slice(0, at); eFound = true; undouble(); }
    }
    var at;
    if (ends("heden")) { if (s.length - 5 >= p1) s = s.slice(0, -5) + "heid"; }
    else if (ends("ene")) enEnding(s.length - 3);
    else if (ends("en")) enEnding(s.length - 2);
    else if (ends("se") || ends("s")) {
      at = s.length - (ends("se") ? 2 : 1);
      if (at >= p1 && nonV(s[at - 1]) && s[at - 1] !== "j") s = s.slice(0, at);
    }
    eEnding();
    if (ends("heid")) {
      at = s.length - 4;
      if (at >= p2 && s[at - 1] !== "c") { s = s.slice(0, at); if (ends("en")) enEnding(s.length - 2); }
    }
    if (ends("end") || ends("ing")) {
      at = s.length - 3;
      if (at >= p2) {
        s = s.slice(0, at);
        if (ends("ig") && s.length - 2 >= p2 && s[s.length - 3] !== "e") s = s.slice(0, -2);
        else undouble();
      }
    } else if (ends("ig")) {
      at = s.length - 2;
      if (at >= p2 && s[at - 1] !== "e") s = s.slice(0, at);
    } else if (ends("lijk")) {
      at = s.length - 4;
      if (at >= p2) { s = s.slice(0, at); eEnding(); }
    } else if (ends("baar")) {
      if (s.length - 4 >= p2) s = s.slice(0, -4);
    } else if (ends("bar")) {
      if (s.length - 3 >= p2 && eFound) s = s.slice(0, -3);
    }
    var n = s.length;
    if (n >= 4 && nonV(s[n - 1]) && s[n - 1] !== "I" && /^(aa|ee|oo|uu)$/.test(s.slice(n - 3, n - 1)) && nonV(s[n - 4]))
      s = s.slice(0, n - 2) + s[n - 1];
    return s.replace(/Y/g, "y").replace(/I/g, "i");
  }

  // Optimal string alignment distance, stopping above 1.
  function withinOne(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb)
      return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // ---- the index: files that call nkSearch.<x>(...) when a <script> tag loads them
  var ALPHA = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = {};
  for (var a = 0; a < ALPHA.length; a++) DIGIT[ALPHA[a]] = a;
  function numbers(text) {
    var out = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGIT[text[i]];
      value = value * 32 + (d & 31);
      if (d < 32) { out.push(value); value = 0; }
    }
    return out;
  }
  // A term's postings: groups per field class ("."), each a digit (field x 2 + form) and
  // either document gaps or the first document and a bitmap of 5 documents a character.
  function postings(text, each) {
    text.split(".").forEach(function (group) {
      if (!group) return;
      var head = DIGIT[group[0]], field = head >> 1, i = 1, doc = 0;
      if (!(head & 1)) {
        numbers(group.slice(1)).forEach(function (gap) { doc += gap; each(doc, field); });
        return;
      }
      while (DIGIT[group[i]] >= 32) i++;
      var first = numbers(group.slice(1, i + 1))[0];
      for (var c = i + 1; c < group.length; c++)
        for (var b = 0, bits = DIGIT[group[c]]; b < 5; b++) if (bits & (1 << b)) each(first + (c - i - 1) * 5 + b, field);
    });
  }
  var manifest = null, shards = {}, postingFiles = {}, termCounts = {}, regional = null, facetTotals = null;
  var docChunks = {}, facetChunks = {}, valueLists = {};
  var pending = {};
  function arrived(key) { if (pending[key]) pending[key].resolve(); }
  window.nkSearch = {
    m: function (m) { manifest = m; arrived("manifest"); },
    t: function (key, terms) { shards[key] = terms; arrived("t/" + key); },
    p: function (name, text) { postingFiles[name] = text; arrived("p/" + name); },
    c: function (term, all, inRegion) { termCounts[term] = [all, inRegion || ""]; arrived("c/" + term); },
    r: function (text) { regional = new Set(); postings(text, function (d) { regional.add(d); }); arrived("r"); },
    n: function (totals) { facetTotals = totals; arrived("n"); },
    d: function (n, docs) { docChunks[n] = docs; arrived("d/" + n); },
    f: function (n, docs) { facetChunks[n] = docs; arrived("f/" + n); },
    v: function (key, list) { valueLists[key] = list; arrived("v/" + key); }
  };
  function load(key) {
    if (pending[key]) return pending[key].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve) {
      entry.resolve = resolve;
      var tag = document.createElement("script");
      tag.src = base + key + ".js";
      tag.async = true;
      tag.onerror = function () { resolve(); };  // a missing file is an empty one
      document.head.appendChild(tag);
    });
    pending[key] = entry;
    return entry.promise;
  }
  function loadAll(keys) { return Promise.all(keys.map(load)); }

  var FACETS = ["soort", "specialisme", "gemeente", "doelgroep"];
  var FACET_KEY = { soort: "k", specialisme: "s", gemeente: "g", doelgroep: "a" };
  var WEIGHT = [0.5, 1, 2, 3, 4, 6, 8, 10];  // per field class, as search_index.h

  // A term lives in the shard of its first three letters (generator: search_shard_key), so
  // after three letters of a word every further letter is matched in a shard already
  // loaded. A word of one or two letters is matched whole.
  function shardKey(word) {
    var key = word.slice(0, 3), thirds = manifest.keys[key.slice(0, 2)];
    return thirds && thirds.indexOf(key.length < 3 ? "." : key[2]) >= 0 ? key : null;
  }
  // A shard entry: "*" also the regional documents, "~" has counts (c/<term>.js), then the
  // postings or "@<file>,<length>" for a postings file of its own.
  function entry(value) {
    var e = { regional: value[0] === "*" };
    if (e.regional) value = value.slice(1);
    e.counted = value[0] === "~";
    if (e.counted) value = value.slice(1);
    if (value[0] === "@") {
      var comma = value.indexOf(",");
      e.file = value.slice(1, comma);
      e.size = Number(value.slice(comma + 1));
    } else e.text = value;
    return e;
  }
  // Completions of an unfinished word load postings files up to this many bytes per shard
  // over all its keystrokes (the most frequent first; what is loaded stays): so typing a
  // word costs little more than the word itself. Two letters use what is loaded already.
  var PREFIX_BYTES = 2000, prefixSpent = {};
  var PREFETCH_SHARDS = 16, afterShown = [];
  // Loads that would only compete with a keystroke's own: started once its results show.
  function loadAfterShown() {
    var keys = afterShown.splice(0);
    if (keys.length) setTimeout(function () { keys.forEach(load); }, 0);
  }

  // One query word: doc -> best score over the terms it matches, and the facet counts that
  // frequent matched terms carry (sources for counting, see countPlan).
  // A word's matches do not change while the query around it is typed: computed once.
  // Each holds a score array over all documents (250 KB nationally), so only the most
  // recently used words stay: a long session of typing does not grow without bound.
  var wordCache = new Map(), WORDS_KEPT = 24;
  function matchWord(word, isLast, afterOthers) {
    var id = word + (isLast ? "$" : "") + (afterOthers ? "+" : "");
    var found = wordCache.get(id) || findWord(word, isLast, afterOthers);
    wordCache.delete(id);
    wordCache.set(id, found);
    if (wordCache.size > WORDS_KEPT) wordCache.delete(wordCache.keys().next().value);
    return found;
  }
  function findWord(word, isLast, afterOthers) {
    var st = stem(word);
    var prefix = word.length >= (isLast ? 3 : 4);
    var keys = [shardKey(word), shardKey(st)];
    // Two letters after other words ("veilig th") start a word in any of their shards.
    if (isLast && afterOthers && word.length === 2) {
      prefix = true;
      (manifest.keys[word] || "").split("").forEach(function (c) { if (c !== ".") keys.push(word + c); });
    }
    keys = keys.filter(function (k, i, all) { return k && all.indexOf(k) === i; });
    return loadAll(keys.map(function (k) { return "t/" + k; })).then(function () {
      // Two letters being typed: the next letter needs one of their shards; fetch them
      // once these results are shown, while the user types, so that the next letter
      // waits for none (few and small: 1-2 KB).
      if (isLast && word.length === 2 && !afterOthers) {
        var next = (manifest.keys[word] || "").replace(".", "");
        if (next.length <= PREFETCH_SHARDS) next.split("").forEach(function (c) { afterShown.push("t/" + word + c); });
      }
      var exact = candidates(keys, function (t) {
        if (t === st || t === word) return 1;
        if (st.length >= 4 && st.slice(0, t.length) === t && t.length >= 4 && st.length - t.length <= 2) return 0.9;
        return 0;
      });
      var completions = prefix ? candidates(keys, function (t) {
        return t !== st && t !== word && t.slice(0, word.length) === word ? 0.6 + 0.3 * word.length / t.length : 0;
      }) : [];
      var chosen = exact.concat(budgeted(completions, word.length < 3 ? null : word.slice(0, 3)));
      // A typo (one edit) in a word of five letters or more, when it matches nothing else;
      // its first three letters must be right (they name the shard).
      if (!chosen.length && word.length >= 5)
        chosen = candidates(keys, function (t) { return withinOne(t, st) || withinOne(t, word) ? 0.5 : 0; });
      var files = chosen.filter(function (c) { return c.entry.file; }).map(function (c) { return "p/" + c.entry.file; });
      if (chosen.some(function (c) { return c.entry.regional; })) files.push("r");
      return loadAll(files).then(function () { return collect(chosen); });
    });
  }
  function candidates(keys, quality) {
    var out = [];
    keys.forEach(function (k) {
      var terms = shards[k] || {};
      Object.keys(terms).forEach(function (t) {
        var q = quality(t);
        if (q) out.push({ term: t, q: q, entry: entry(terms[t]) });
      });
    });
    return out;
  }
  function budgeted(list, key) {
    return list.sort(function (x, y) { return (y.entry.size || 0) - (x.entry.size || 0); }).filter(function (c) {
      if (!c.entry.file || pending["p/" + c.entry.file]) return true;
      var spent = prefixSpent[key] || 0;
      if (!key || spent + c.entry.size > PREFIX_BYTES) return false;
      prefixSpent[key] = spent + c.entry.size;
      return true;
    });
  }
  // Decoded postings per term: [docs, fields], decoded once.
  var decoded = {};
  function termPostings(c) {
    var id = c.entry.file ? "@" + c.entry.file : c.term;
    if (!decoded[id]) {
      var docs = [], fields = [];
      postings(c.entry.file ? postingFiles[c.entry.file] || "" : c.entry.text, function (d, f) { docs.push(d); fields.push(f); });
      decoded[id] = [docs, fields];
    }
    return decoded[id];
  }
  // A word's hits: score per document (0: no match) in an array over all documents and the
  // matched documents in a list, instead of a Map of thousands of entries.
  function collect(chosen) {
    var score = new Float64Array(manifest.docs), hit = [], sources = [];
    function add(doc, s) {
      if (score[doc] === 0) hit.push(doc);
      if (s > score[doc]) score[doc] = s;
    }
    chosen.forEach(function (c) {
      var list = termPostings(c), docs = list[0], fields = list[1];
      for (var i = 0; i < docs.length; i++) add(docs[i], WEIGHT[fields[i]] * c.q);
      var withRegional = c.entry.regional && regional;
      if (withRegional) regional.forEach(function (d) { add(d, WEIGHT[0] * c.q); });
      // A set for counting only when counts are asked for.
      if (c.entry.counted) sources.push(lazySource(function () {
        var set = new Set(docs);
        if (withRegional) regional.forEach(function (d) { set.add(d); });
        return set;
      }, { term: c.term, regional: c.entry.regional }));
    });
    return { score: score, docs: hit, sources: sources };
  }
  function lazySource(build, source) {
    var set = null;
    Object.defineProperty(source, "set", { get: function () { return set || (set = build()); } });
    return source;
  }

  // Facet counts as sent by the generator (facet_counts_text): per group, per value.
  function parseCounts(text) {
    var nums = numbers(text), out = {}, ranges = [], start = 0;
    FACETS.forEach(function (g) {
      out[g] = new Array(facetTotals[g].length).fill(0);
      ranges.push([g, start]);
      start += facetTotals[g].length;
    });
    var value = 0;
    for (var i = 1; i + 1 < nums.length; i += 2) {
      value += nums[i];
      for (var r = ranges.length - 1; r >= 0; r--) {
        if (value >= ranges[r][1]) { out[ranges[r][0]][value - ranges[r][1]] += nums[i + 1]; break; }
      }
    }
    out.gemeente = out.gemeente.map(function (c) { return c + nums[0]; });
    return out;
  }
  function countsOf(source) {
    if (!source.counts) source.counts = parseCounts(source.term ? (termCounts[source.term] || [])[source.inRegion ? 1 : 0] || "" : source.countsText);
    return source.counts;
  }
  // Facet values per document: documents split by ",", groups by ".", "=" for a group the
  // same as the previous document's, "*" for every gemeente.
  function facetsOf(doc) {
    var n = Math.floor(doc / manifest.facetChunk), chunk = facetChunks[n];
    if (typeof chunk === "string") {
      var previous = null;
      chunk = facetChunks[n] = chunk.split(",").map(function (d) {
        var parts = d.split(".").map(function (p, g) { return p === "=" ? previous[g] : p; });
        previous = parts;
        return parts;
      });
    }
    var parts = chunk[doc % manifest.facetChunk];
    return {
      soort: numbers(parts[0]), specialisme: numbers(parts[1]),
      gemeente: parts[2] === "*" ? "*" : numbers(parts[2]), doelgroep: numbers(parts[3])
    };
  }
  function docsList(valueText) {
    var out = [], doc = 0;
    numbers(valueText || "").forEach(function (d) { doc += d; out.push(doc); });
    return out;
  }

  // How to count the facet values of a set of documents S with few facet records: start
  // from a source whose counts are known (a frequent term, a facet value) and correct for
  // the documents where S and the source differ; or count S itself when that is less.
  function countPlan(S, sources) {
    var best = null, cost = S.size;
    // A term's regional documents are a source too, whose counts come with the term's: the
    // results of "topic + gemeente" are those and a few of the gemeente's own.
    if (regional) sources.forEach(function (src) {
      if (!src.term || src.regional || src.inRegion) return;
      if (!src.part) {
        var set = new Set();
        src.set.forEach(function (d) { if (regional.has(d)) set.add(d); });
        src.part = { set: set, term: src.term, inRegion: true };
      }
      if (src.part.set.size) sources = sources.concat([src.part]);
    });
    sources.forEach(function (src) {
      var inter = 0;
      S.forEach(function (d) { if (src.set.has(d)) inter++; });
      var c = (S.size - inter) + (src.set.size - inter);
      if (c < cost) { cost = c; best = src; }
    });
    var plus = [], minus = [];
    if (!best) S.forEach(function (d) { plus.push(d); });
    else {
      S.forEach(function (d) { if (!best.set.has(d)) plus.push(d); });
      best.set.forEach(function (d) { if (!S.has(d)) minus.push(d); });
    }
    return { source: best, plus: plus, minus: minus };
  }
  function applyPlan(plan, g) {
    var counts = plan.source ? countsOf(plan.source)[g].slice() : new Array(facetTotals[g].length).fill(0);
    [[plan.plus, 1], [plan.minus, -1]].forEach(function (pair) {
      pair[0].forEach(function (d) {
        var values = facetsOf(d)[g];
        if (values === "*") for (var v = 0; v < counts.length; v++) counts[v] += pair[1];
        else values.forEach(function (v) { counts[v] += pair[1]; });
      });
    });
    return counts;
  }

  // The results of a query with filters (group -> value index), ranked, with disjunctive
  // counts: a group counts over the documents that pass the query and every other group.
  function run(query, filters, trailingSpace) {
    return load("manifest").then(function () {
      var ws = words(query);
      var meaningful = ws.filter(function (w) { return manifest.stopWords.indexOf(w) < 0; });
      if (meaningful.length) ws = meaningful;  // "OM" alone is the Openbaar Ministerie
      var active = FACETS.filter(function (g) { return filters[g] !== undefined; });
      if (!ws.length && !active.length) return { docs: [], counts: function () { return load("n").then(totals); }, empty: true };
      var wordsDone = Promise.all(ws.map(function (w, i) { return matchWord(w, i === ws.length - 1 && !trailingSpace, i > 0); }));
      var filtersDone = loadAll(active.map(function (g) { return "v/" + FACET_KEY[g] + filters[g]; })
        .concat(filters.gemeente !== undefined ? ["r"] : []));
      return Promise.all([wordsDone, filtersDone]).then(function (done) {
        var found = done[0], sources = [];
        // Every word must match; a document where each word matches well ranks above one
        // where one word matches its name and another only its running text (n times the
        // geometric mean of the word scores).
        var scores = null, ranked = null;
        if (found.length) {
          found.forEach(function (f) { sources = sources.concat(f.sources); });
          var lists = found.slice().sort(function (x, y) { return x.docs.length - y.docs.length; });
          if (lists.length === 1) { scores = lists[0].score; ranked = lists[0].docs; }
          else {
            scores = new Float64Array(manifest.docs);
            ranked = [];
            lists[0].docs.forEach(function (doc) {
              var product = lists[0].score[doc];
              for (var i = 1; i < lists.length; i++) {
                var s = lists[i].score[doc];
                if (!s) return;
                product *= s;
              }
              scores[doc] = lists.length * Math.pow(product, 1 / lists.length);
              ranked.push(doc);
            });
          }
        }
        var sets = {};
        active.forEach(function (g) {
          var v = valueLists[FACET_KEY[g] + filters[g]] || ["", ""];
          var set = new Set(docsList(v[0]));
          // a gemeente also has what serves the whole region
          if (g === "gemeente" && regional) regional.forEach(function (d) { set.add(d); });
          sets[g] = set;
          sources.push({ set: set, countsText: v[1] });
        });
        // S without group g: the query's documents (or, without a query, the smallest
        // filter's) that pass every other filter; null is every document.
        function without(g) {
          var others = active.filter(function (h) { return h !== g; });
          var base = ranked;
          if (!base) {
            if (!others.length) return null;
            base = Array.from(others.map(function (h) { return sets[h]; })
              .sort(function (x, y) { return x.size - y.size; })[0]);
          }
          var out = new Set();
          base.forEach(function (d) {
            if (others.every(function (h) { return sets[h].has(d); })) out.add(d);
          });
          return out;
        }
        var matched = [];
        var all = ranked || Array.from(without(null) || []);
        all.forEach(function (d) {
          if (active.every(function (g) { return sets[g].has(d); })) matched.push(d);
        });
        if (scores) {
          matched.sort(function (x, y) { return scores[y] - scores[x] || x - y; });
        }
        else if (filters.gemeente !== undefined && regional) {
          // Browsing a gemeente: what is there for that gemeente before what serves the whole region.
          matched.sort(function (x, y) { return (regional.has(x) ? 1 : 0) - (regional.has(y) ? 1 : 0) || x - y; });
        } else matched.sort(function (x, y) { return x - y; });
        // Counts on request: the page asks once typing pauses, the header box never.
        function counts() {
          var plans = {}, chunks = { n: true };
          FACETS.forEach(function (g) {
            var S = without(g);
            if (!S) return;
            plans[g] = countPlan(S, sources);
            if (plans[g].source && plans[g].source.term) chunks["c/" + plans[g].source.term] = true;
            plans[g].plus.concat(plans[g].minus).forEach(function (d) { chunks["f/" + Math.floor(d / manifest.facetChunk)] = true; });
          });
          return loadAll(Object.keys(chunks)).then(function () {
            var out = totals();
            FACETS.forEach(function (g) { if (plans[g]) out[g] = applyPlan(plans[g], g); });
            return out;
          });
        }
        return { docs: matched, counts: counts };
      });
    });
  }
  function totals() {
    var out = {};
    FACETS.forEach(function (g) { out[g] = facetTotals[g].slice(); });
    return out;
  }

  function docData(list) {
    var keys = {};
    list.forEach(function (d) { keys["d/" + Math.floor(d / manifest.docChunk)] = true; });
    return loadAll(Object.keys(keys)).then(function () {
      return list.map(function (d) {
        var r = (docChunks[Math.floor(d / manifest.docChunk)] || [])[d % manifest.docChunk] || [];
        return { id: d, kind: r[0], title: r[1], url: r[2], subtitle: r[3], phone: r[4], tel: r[5], email: r[6], snippet: r[7] };
      });
    });
  }

  // ---- rendering, with DOM nodes and textContent only: no index text becomes markup
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function contactLines(doc) {
    var ul = el("ul", "contact-lines");
    if (doc.phone) {
      var li = el("li", "", "Telefoon: ");
      var a = el("a", "phone", doc.phone);
      a.href = "tel:" + doc.tel;
      li.appendChild(a);
      ul.appendChild(li);
    }
    if (doc.email) {
      var li2 = el("li", "", "E-mail: ");
      var m = el("a", "", doc.email);
      m.href = "mailto:" + doc.email;
      li2.appendChild(m);
      ul.appendChild(li2);
    }
    return ul.childNodes.length ? ul : null;
  }
  function resultItem(doc) {
    var li = el("li", "search-result");
    li.setAttribute("data-kind", doc.kind || "");
    var h = el("h2", "search-result__title");
    var a = el("a", "", doc.title);
    a.href = root + doc.url;
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(el("p", "search-result__kind", doc.kind));
    if (doc.subtitle) li.appendChild(el("p", "search-result__subtitle", doc.subtitle));
    var lines = contactLines(doc);
    if (lines) li.appendChild(lines);
    if (doc.snippet) li.appendChild(el("p", "search-result__snippet", doc.snippet));
    return li;
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // ---- the search page
  function searchPage(container) {
    var form = container.querySelector(".search__form");
    var input = container.querySelector("#zoek-vraag");
    var status = container.querySelector("#zoek-status");
    var list = container.querySelector("#zoek-resultaten");
    var more = container.querySelector("#zoek-meer");
    var selects = {};
    FACETS.forEach(function (g) { selects[g] = container.querySelector("#filter-" + g); });
    container.querySelector("#zoeken-zonder-js").hidden = true;
    form.hidden = false;
    var PAGE = 10, shown = 0, current = null, sequence = 0, labels = {};

    function readState() {
      var params = new URLSearchParams(location.search);
      input.value = params.get("q") || "";
      FACETS.forEach(function (g) { selects[g].value = params.get(g) || ""; if (selects[g].selectedIndex < 0) selects[g].value = ""; });
    }
    function stateUrl() {
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      FACETS.forEach(function (g) { if (selects[g].value) params.set(g, selects[g].value); });
      var q = params.toString();
      return location.pathname + (q ? "?" + q : "");
    }
    function remember(push) {
      var url = stateUrl();
      if (url === location.pathname + location.search) return;
      try { history[push ? "pushState" : "replaceState"](null, "", url); } catch (e) { /* file:// in some browsers */ }
    }
    // What the results on screen are for (tests wait for it).
    function stateKey() {
      return [input.value].concat(FACETS.map(function (g) { return selects[g].value; })).join("|");
    }
    // Option labels as the page has them; data-i is the value's place in the index.
    FACETS.forEach(function (g) {
      Array.prototype.forEach.call(selects[g].options, function (option) { labels[option.value] = option.textContent; });
    });
    function filters() {
      var out = {};
      FACETS.forEach(function (g) {
        var option = selects[g].selectedOptions[0];
        if (option && option.value) out[g] = Number(option.getAttribute("data-i"));
      });
      return out;
    }
    function updateCounts(counts) {
      FACETS.forEach(function (g) {
        var select = selects[g];
        Array.prototype.forEach.call(select.options, function (option) {
          if (!option.value) return;
          var n = counts[g][Number(option.getAttribute("data-i"))] || 0;
          option.textContent = labels[option.value] + " (" + n + ")";
          option.disabled = n === 0 && option.value !== select.value;
        });
      });
    }
    var countTimer = null, pendingCounts = null, filtersUsed = false;
    function filtersWanted() {
      filtersUsed = true;
      if (pendingCounts) { clearTimeout(countTimer); pendingCounts(); }
    }
    var fieldset = container.querySelector(".search__facets");
    fieldset.addEventListener("focusin", filtersWanted);
    fieldset.addEventListener("pointerdown", filtersWanted);
    function update() {
      var mine = ++sequence;
      clearTimeout(countTimer);
      return run(input.value, filters(), /\s$/.test(input.value)).then(function (result) {
        if (mine !== sequence) return;
        current = result;
        shown = 0;
        list.textContent = "";
        var key = stateKey();
        // Counts can need the facet values of many results, and show only in the filters:
        // they follow once typing pauses when a filter is in use, else when the filters get
        // focus or a pointer (an open list shows them).
        clearTimeout(countTimer);
        pendingCounts = function () {
          pendingCounts = null;
          result.counts().then(function (counts) {
            if (mine !== sequence) return;
            updateCounts(counts);
            container.setAttribute("data-counted", key);
          });
        };
        if (filtersUsed || Object.keys(filters()).length)
          countTimer = setTimeout(function () { if (mine === sequence && pendingCounts) pendingCounts(); }, result.empty ? 0 : 250);
        if (result.empty) {
          list.hidden = true;
          more.hidden = true;
          status.textContent = "Typ een zoekvraag of kies een filter.";
          container.setAttribute("data-shown", key);
          return;
        }
        var n = result.docs.length;
        status.textContent = n ? plural(n, "resultaat", "resultaten") : "Geen resultaten. Probeer minder woorden, een andere spelling of minder filters.";
        return showMore(mine).then(function () {
          if (mine !== sequence) return;
          container.setAttribute("data-shown", key);
          loadAfterShown();
        });
      });
    }
    function showMore(mine) {
      var next = current.docs.slice(shown, shown + PAGE);
      return docData(next).then(function (docs) {
        if (mine !== sequence) return;
        docs.forEach(function (d) { list.appendChild(resultItem(d)); });
        shown += docs.length;
        list.hidden = shown === 0;
        more.hidden = shown >= current.docs.length;
      });
    }
    // Every keystroke searches at once; results of a superseded keystroke are dropped.
    input.addEventListener("input", function () {
      remember(false);
      update();
    });
    FACETS.forEach(function (g) {
      selects[g].addEventListener("change", function () { remember(true); update(); });
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      remember(true);
      update();
    });
    more.addEventListener("click", function () {
      var first = shown;
      showMore(sequence).then(function () {
        var link = list.children[first] && list.children[first].querySelector("a");
        if (link) link.focus();
      });
    });
    window.addEventListener("popstate", function () { readState(); update(); });
    readState();
    // On the search page itself a query is what comes next: the manifest (3 KB nationally)
    // loads now, so that the first keystroke does not wait for it.
    load("manifest");
    container.setAttribute("data-ready", "true");
    if (input.value || FACETS.some(function (g) { return selects[g].value; })) update();
    else {
      status.textContent = "Typ een zoekvraag of kies een filter.";
      container.setAttribute("data-shown", stateKey());
    }
  }

  // ---- the header box: a combobox with suggestions (WAI-ARIA combobox pattern)
  function headerBox(form) {
    var input = form.querySelector("input[type=search]");
    var listbox = el("ul", "site-search__suggestions");
    listbox.id = input.id + "-suggesties";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", "Suggesties");
    listbox.hidden = true;
    input.parentNode.appendChild(listbox);
    var live = el("p", "visually-hidden");
    live.setAttribute("role", "status");
    form.appendChild(live);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    var options = [], active = -1, sequence = 0;

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(i) {
      options.forEach(function (o, k) { o.setAttribute("aria-selected", k === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", options[i].id);
      else input.removeAttribute("aria-activedescendant");
    }
    function suggest() {
      var mine = ++sequence;
      if (!words(input.value).length) { close(); live.textContent = ""; return; }
      run(input.value, {}, /\s$/.test(input.value)).then(function (result) {
        return docData(result.docs.slice(0, 6)).then(function (docs) {
          if (mine !== sequence) return;
          listbox.textContent = "";
          options = docs.map(function (d, i) {
            var li = el("li", "site-search__option");
            li.id = listbox.id + "-" + i;
            li.setAttribute("role", "option");
            li.setAttribute("aria-selected", "false");
            li.appendChild(el("span", "site-search__title", d.title));
            li.appendChild(el("span", "site-search__kind", d.kind));
            li.addEventListener("mousedown", function (e) { e.preventDefault(); location.href = root + d.url; });
            listbox.appendChild(li);
            li.setAttribute("data-url", root + d.url);
            return li;
          });
          loadAfterShown();
          var n = result.docs.length;
          live.textContent = n ? plural(n, "resultaat", "resultaten") + (n > 6 ? ", de eerste 6 als suggestie" : "") : "Geen resultaten";
          if (options.length) {
            listbox.hidden = false;
            input.setAttribute("aria-expanded", "true");
            highlight(-1);
          } else close();
        });
      });
    }
    input.addEventListener("focus", function () { load("manifest"); });
    input.addEventListener("input", suggest);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (listbox.hidden) return;
        e.preventDefault();
        var n = options.length;
        highlight(e.key === "ArrowDown" ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        location.href = options[active].getAttribute("data-url");
      } else if (e.key === "Escape") {
        if (!listbox.hidden) { e.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  function start() {
    var page = document.getElementById("zoeken");
    if (page) searchPage(page);
    Array.prototype.forEach.call(document.querySelectorAll("form.site-search"), headerBox);
  }
  // Exposed for tests: the same text functions as the index uses.
  window.nkSearch.text = { fold: fold, words: words, stem: stem };
  window.nkSearch.query = function (q, f) { return run(q, f || {}, false).then(function (r) { return docData(r.docs.slice(0, 10)); }); };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
