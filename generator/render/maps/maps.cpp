#include "render/maps/maps.h"

#include <optional>

#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <unordered_map>

#include "render/maps/builders.h"
#include "render/maps/layout_pool.h"
#include "render/maps/svg.h"
#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

namespace {

// Maps wider than this are shown at their own size in a scrolling frame (a deliberate
// pan affordance) rather than shrunk until their labels cannot be read.
constexpr double widest_fitting_map = 900;

double cpu_seconds() {
  rusage self{}, children{};
  getrusage(RUSAGE_SELF, &self);
  getrusage(RUSAGE_CHILDREN, &children);
  auto sec = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return sec(self.ru_utime) + sec(self.ru_stime) + sec(children.ru_utime) + sec(children.ru_stime);
}

class MapEmbeds : public PageEmbeds {
 public:
  MapEmbeds(const Theme& theme) : theme_(theme) {}

  std::vector<MapGraph> graphs;
  std::vector<std::string> pages;  // by graph: the page it is drawn on
  std::vector<std::optional<MapLayout>> layouts;
  std::unordered_map<std::string, std::size_t> by_page;

  std::string html(const std::string& page) const override {
    auto it = by_page.find(page);
    if (it == by_page.end()) return {};
    return block(it->second);
  }

  std::string block(std::size_t i) const {
    const MapGraph& g = graphs[i];
    const std::string& page = pages[i];
    mustache::data d;
    d.set("id", g.id);
    d.set("title", g.title);
    d.set("description", g.description);
    if (layouts[i]) {
      d.set("svg_html", map_svg(g, *layouts[i], page));
      d.set("wide", layouts[i]->width > widest_fitting_map);
    } else {
      d.set("svg_html", std::string());
      d.set("wide", false);
    }
    mustache::list legend;
    for (const auto& item : g.legend) {
      mustache::data l;
      l.set("swatch_html", legend_swatch(item));
      l.set("text", item.text);
      legend.push_back(l);
    }
    d.set("legend", legend);
    mustache::list rows;
    for (const auto& r : g.rows) {
      mustache::data row;
      row.set("from", r.from);
      row.set("from_url", r.from_target.empty() ? std::string() : relative_url(page, r.from_target));
      row.set("relation", r.relation);
      row.set("to", r.to);
      row.set("to_url", r.to_target.empty() ? std::string() : relative_url(page, r.to_target));
      rows.push_back(row);
    }
    d.set("rows", rows);
    d.set("has_rows", !rows.empty());
    d.set("hidden", g.hidden ? std::to_string(g.hidden) : std::string());
    d.set("hidden_url", g.hidden_target.empty() ? std::string() : relative_url(page, g.hidden_target));
    return theme_.render("map", d);
  }

  const Theme& theme() const { return theme_; }

 private:
  const Theme& theme_;
};

void drop_empty_clusters(MapGraph& g) {
  std::vector<int> renumber(g.clusters.size(), -1);
  std::vector<bool> used(g.clusters.size(), false);
  for (const auto& n : g.nodes)
    if (n.cluster >= 0) used[static_cast<std::size_t>(n.cluster)] = true;
  std::vector<MapCluster> kept;
  for (std::size_t c = 0; c < g.clusters.size(); ++c)
    if (used[c]) renumber[c] = static_cast<int>(kept.size()), kept.push_back(g.clusters[c]);
  for (auto& n : g.nodes)
    if (n.cluster >= 0) n.cluster = renumber[static_cast<std::size_t>(n.cluster)];
  g.clusters = std::move(kept);
}

std::string capitalised_dutch(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void route_page(const PageRenderer& r, const MapEmbeds& maps, std::size_t ri, OutputSink& sink) {
  const Network& net = r.network();
  const Route& route = net.routes[ri];
  const std::string page = entity_path(EntityKind::route, route.id.value);
  mustache::data d;
  d.set("description_html", r.html(route.description, page, 2));
  d.set("map_html", maps.html(page));
  std::unordered_map<std::string, const RouteStep*> steps;
  for (const auto& step : route.steps) steps[step.id.value] = &step;
  mustache::list list;
  for (const auto& step : route.steps) {
    mustache::data s;
    s.set("anchor", "stap-" + step.id.value);
    s.set("title", step.title.value);
    s.set("explanation_html", r.html(step.explanation, page, 4));
    mustache::list who;
    for (const auto& id : step.who) who.push_back(organisation_link(r, page, id.value));
    s.set("who", who);
    s.set("has_who", !who.empty());
    mustache::list next;
    for (const auto& n : step.next) {
      auto it = steps.find(n.step.value);
      if (it == steps.end()) continue;
      mustache::data item = link_data(it->second->title.value, "#stap-" + n.step.value);
      item.set("condition", n.condition ? n.condition->value : std::string());
      next.push_back(item);
    }
    s.set("next", next);
    s.set("has_next", !next.empty());
    list.push_back(s);
  }
  d.set("steps", list);
  d.set("stewardship", stewardship_data(r, route.stewardship));
  PageSpec spec;
  spec.path = page;
  spec.title = route.name.value;
  spec.description = "Routekaart " + route.name.value + ": de stappen en wie je bij elke stap helpt.";
  spec.body_template = "route";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Netwerkkaart", overview_page}, {route.name.value, ""}};
  spec.nav_section = "kaart";
  r.emit(std::move(spec), sink);
}

void overview_pages(const PageRenderer& r, const PageIndex& index, const MapEmbeds& maps, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = overview_page;
  const bool split = overview_is_split(net);
  mustache::data d;
  d.set("region", net.site.region.value);
  d.set("map_html", maps.html(page));
  d.set("escalation_url", r.url(page, std::string(escalation_page) + "#opschalingsstructuur"));
  mustache::list routes;
  for (const auto& route : net.routes)
    routes.push_back(link_data(route.name.value, r.url(page, entity_path(EntityKind::route, route.id.value))));
  d.set("routes", routes);
  d.set("has_routes", !routes.empty());
  mustache::list kinds;
  std::vector<std::size_t> count(net.organisation_kinds.size(), 0);
  for (const auto& org : net.organisations)
    if (auto it = net.kind_index.find(org.kind.value); it != net.kind_index.end()) ++count[it->second];
  for (std::size_t k = 0; k < net.organisation_kinds.size(); ++k) {
    if (!split || count[k] == 0) continue;
    mustache::data item = link_data(net.organisation_kinds[k].name.value, r.url(page, overview_submap_path(net, k)));
    item.set("count", capitalised_dutch(count[k], "organisatie", "organisaties"));
    kinds.push_back(item);
  }
  d.set("kinds", kinds);
  d.set("has_kinds", !kinds.empty());
  PageSpec spec;
  spec.path = page;
  spec.title = "Netwerkkaart";
  spec.description = "Het netwerk van " + net.site.region.value + " in kaart: organisaties per soort, keten en tweede ring, en de routekaarten.";
  spec.body_template = "map-overview";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Netwerkkaart", ""}};
  spec.nav_section = "kaart";
  r.emit(std::move(spec), sink);

  if (!split) return;
  for (std::size_t k = 0; k < net.organisation_kinds.size(); ++k) {
    if (count[k] == 0) continue;
    const std::string sub = overview_submap_path(net, k);
    mustache::data s;
    s.set("map_html", maps.html(sub));
    std::vector<std::size_t> members;
    for (std::size_t o = 0; o < net.organisations.size(); ++o)
      if (net.organisations[o].kind.value == net.organisation_kinds[k].id.value) members.push_back(o);
    std::sort(members.begin(), members.end(),
              [&](std::size_t a, std::size_t b) { return index.organisation_rank[a] < index.organisation_rank[b]; });
    mustache::list orgs;
    for (std::size_t o : members) {
      mustache::data item = organisation_link(r, sub, net.organisations[o].id.value);
      item.set("second_ring", net.organisations[o].ring.value == Ring::second_ring);
      orgs.push_back(item);
    }
    s.set("organisations", orgs);
    s.set("count", std::to_string(members.size()));
    s.set("overview_url", r.url(sub, page));
    PageSpec spec2;
    spec2.path = sub;
    spec2.title = "Netwerkkaart: " + net.organisation_kinds[k].name.value;
    spec2.description = "De organisaties van de soort " + net.organisation_kinds[k].name.value + " en hun relaties.";
    spec2.body_template = "map-kind";
    spec2.body = std::move(s);
    spec2.crumbs = {{"Home", "index.html"}, {"Netwerkkaart", overview_page}, {net.organisation_kinds[k].name.value, ""}};
    spec2.nav_section = "kaart";
    r.emit(std::move(spec2), sink);
  }
}

}  // namespace

std::vector<std::string> map_templates() { return {"map", "route", "map-overview", "map-kind"}; }

std::unique_ptr<PageEmbeds> prepare_maps(const RenderContext& context) {
  const auto wall_start = std::chrono::steady_clock::now();
  const double cpu_start = cpu_seconds();
  const Network& net = context.network;
  std::optional<PageIndex> own_index;
  const PageIndex& index = context.page_index ? *context.page_index : own_index.emplace(net);
  auto maps = std::make_unique<MapEmbeds>(context.theme);

  // Which map goes on which page; built in parallel below (pure functions of the model).
  std::vector<std::pair<std::string, std::function<MapGraph()>>> jobs;
  for (std::size_t o = 0; o < net.organisations.size(); ++o)
    jobs.emplace_back(entity_path(EntityKind::organisation, net.organisations[o].id.value),
                      [&, o] { return organisation_map(net, index, o); });
  for (std::size_t s = 0; s < net.specialisms.size(); ++s)
    jobs.emplace_back(entity_path(EntityKind::specialism, net.specialisms[s].id.value),
                      [&, s] { return specialism_map(net, index, s); });
  for (std::size_t m = 0; m < net.municipalities.size(); ++m)
    jobs.emplace_back(entity_path(EntityKind::municipality, net.municipalities[m].id.value),
                      [&, m] { return municipality_map(net, index, m); });
  for (std::size_t m = 0; m < net.meetings.size(); ++m)
    jobs.emplace_back(entity_path(EntityKind::meeting, net.meetings[m].id.value),
                      [&, m] { return escalation_map(net, m); });
  jobs.emplace_back(escalation_page, [&] { return escalation_map(net, std::nullopt); });
  for (std::size_t r = 0; r < net.routes.size(); ++r)
    jobs.emplace_back(entity_path(EntityKind::route, net.routes[r].id.value), [&, r] { return route_map(net, r); });
  jobs.emplace_back(overview_page, [&] { return overview_map(net, index); });
  if (overview_is_split(net))
    for (std::size_t k = 0; k < net.organisation_kinds.size(); ++k) {
      bool any = false;
      for (const auto& org : net.organisations) any = any || org.kind.value == net.organisation_kinds[k].id.value;
      if (any) jobs.emplace_back(overview_submap_path(net, k), [&, k] { return overview_submap(net, index, k); });
    }

  if (context.selection)  // a pass for some pages only: just their maps
    std::erase_if(jobs, [&](const auto& job) { return !context.wants(job.first); });
  maps->graphs.resize(jobs.size());
  parallel_for(jobs.size(), context.settings.threads, [&](std::size_t i) {
    maps->graphs[i] = jobs[i].second();
    drop_empty_clusters(maps->graphs[i]);
  });
  std::vector<const MapGraph*> graphs;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    maps->pages.push_back(jobs[i].first);
    maps->by_page.emplace(jobs[i].first, i);
    graphs.push_back(&maps->graphs[i]);
  }
  const double built_at = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  LayoutStats stats;
  maps->layouts = layout_all(graphs, context.settings.threads, context.settings.cache_dir, stats,
                             /*keep_unused=*/context.selection != nullptr);

  if (const char* timing = std::getenv("NETWERKKAART_TIJDEN"); timing && *timing) {
    double widest = 0, tallest = 0;
    if (auto it = maps->by_page.find(overview_page); it != maps->by_page.end() && maps->layouts[it->second])
      widest = maps->layouts[it->second]->width, tallest = maps->layouts[it->second]->height;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    std::cerr << "kaarten: " << stats.maps << " kaarten, " << stats.from_cache << " uit de cache, " << stats.laid_out
              << " opgemaakt met " << stats.workers << " processen, " << stats.failed << " mislukt; " << wall
              << " s (cpu " << (cpu_seconds() - cpu_start) << " s); overzicht " << widest << " x " << tallest
              << " pt; kaarten bouwen " << built_at << " s, cache lezen " << stats.read_seconds
              << " s, sleutels en opzoeken " << stats.lookup_seconds << " s, opmaak " << stats.layout_seconds << " s\n";
  }
  return maps;
}

void render_maps(const RenderContext& context, OutputSink& sink) {
  const auto* maps = dynamic_cast<const MapEmbeds*>(context.embeds);
  if (!maps) return;
  PageRenderer renderer(context);
  std::optional<PageIndex> own_index;
  const PageIndex& index = context.page_index ? *context.page_index : own_index.emplace(context.network);
  parallel_for(context.network.routes.size(), context.settings.threads,
               [&](std::size_t r) { route_page(renderer, *maps, r, sink); });
  overview_pages(renderer, index, *maps, sink);
}

}  // namespace nk
