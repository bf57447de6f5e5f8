// begrippen/index.html: the glossary on one page. Each term's heading has the begrip's id
// as its id, because links to a begrip (begrip:<id> in Markdown) go to
// begrippen/index.html#<id>; "zie ook" links are anchors on the same page.
#include <cctype>

#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

void render_glossary_page(const PageRenderer& r, const PageIndex&, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "begrippen/index.html";
  if (!r.context().wants(page)) return;
  std::vector<std::size_t> order(net.terms.size());
  std::vector<std::string> keys(net.terms.size());
  for (std::size_t t = 0; t < order.size(); ++t) order[t] = t, keys[t] = sort_key(net.terms[t].term.value);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return keys[a] != keys[b] ? keys[a] < keys[b] : net.terms[a].id.value < net.terms[b].id.value;
  });

  // Grouped by first letter, for a quick A-Z jump on a phone (as on organisaties/).
  mustache::list groups = letter_groups(order, keys, "terms", [&](std::size_t t) {
    const Term& term = net.terms[t];
    mustache::data item;
    item.set("id", term.id.value);
    item.set("term", term.term.value);
    item.set("abbreviation", text_or(term.abbreviation));
    item.set("explanation_html", r.html(term.explanation, page, 4));
    mustache::list see_also;
    for (const auto& id : term.see_also) {
      auto it = net.term_index.find(id.value);
      if (it == net.term_index.end()) continue;
      see_also.push_back(link_data(net.terms[it->second].term.value, "#" + id.value));
    }
    item.set("has_see_also", !see_also.empty());
    item.set("see_also", see_also);
    return item;
  });

  mustache::data d;
  d.set("groups", groups);
  d.set("has_terms", !net.terms.empty());
  d.set("count", std::to_string(net.terms.size()));
  PageSpec spec;
  spec.path = page;
  spec.title = "Begrippen";
  spec.description = "Begrippen en afkortingen uit de aanpak van huiselijk geweld en kindermishandeling.";
  spec.body_template = "glossary";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Begrippen", ""}};
  spec.nav_section = "begrippen";
  r.emit(std::move(spec), sink);
}

}  // namespace nk
