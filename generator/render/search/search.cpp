#include "render/search/search.h"

#include "render/pages/page_frame.h"
#include "render/search/search_index.h"

namespace nk {

void render_search(const RenderContext& context, OutputSink& sink) {
  SearchIndex index = build_search_index(context.network, context.sections);
  for (auto& file : search_index_files(index)) sink.add(std::move(file.path), std::move(file.bytes));

  const std::string page = "zoeken/index.html";
  PageRenderer r(context);
  mustache::data d;
  d.set("organisations_url", r.url(page, "organisaties/index.html"));
  d.set("contacts_url", r.url(page, "contactpersonen/index.html"));
  d.set("specialisms_url", r.url(page, "specialismen/index.html"));
  d.set("municipalities_url", r.url(page, "gemeenten/index.html"));
  d.set("services_url", r.url(page, "aanbod/index.html"));
  d.set("terms_url", r.url(page, "begrippen/index.html"));
  d.set("index_url", r.url(page, "zoeken/index/"));
  // The facet selects are complete without JavaScript; the client updates their counts.
  // Values that no document has (routes, in a build without them) are left out.
  std::vector<std::size_t> kind_totals(index.kinds.size(), 0);
  for (const auto& doc : index.docs)
    for (int k : doc.kinds) ++kind_totals[static_cast<std::size_t>(k)];
  auto facet = [&](const char* id, const char* label, const char* all, const std::vector<FacetValue>& values) {
    mustache::data f;
    f.set("id", id);
    f.set("label", label);
    f.set("all", all);
    mustache::list options;
    for (std::size_t v = 0; v < values.size(); ++v) {
      if (&values == &index.kinds && kind_totals[v] == 0) continue;
      mustache::data o;
      o.set("value", values[v].id);
      o.set("index", std::to_string(v));
      o.set("label", values[v].label);
      options.push_back(o);
    }
    f.set("options", options);
    return f;
  };
  mustache::list facets;
  facets.push_back(facet("soort", "Soort", "Alle soorten", index.kinds));
  facets.push_back(facet("specialisme", "Specialisme", "Alle specialismen", index.specialisms));
  facets.push_back(facet("gemeente", "Gemeente", "Alle gemeenten", index.municipalities));
  facets.push_back(facet("doelgroep", "Doelgroep", "Alle doelgroepen", index.audiences));
  d.set("facets", facets);

  PageSpec spec;
  spec.path = page;
  spec.title = "Zoeken";
  spec.description = "Zoek contactpersonen, organisaties, aanbod en overleggen op naam, thema, afkorting of gemeente.";
  spec.body_template = "search";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Zoeken", ""}};
  spec.nav_section = "zoeken";
  r.emit(std::move(spec), sink);
}

std::vector<std::string> search_templates() { return {"layout", "search"}; }

}  // namespace nk
