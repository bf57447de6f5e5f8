// The maps: labels measured and wrapped, graph builders per map type (what a map shows,
// its caps and text alternative), the layout through libgvc, the cache format, and the
// SVG writer (escaping, links relative to the page, no inline colours).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "render/exports/export_test_data.h"
#include "render/maps/builders.h"
#include "render/maps/layout.h"
#include "render/maps/layout_pool.h"
#include "render/maps/map_graph.h"
#include "render/maps/svg.h"

namespace nk {
namespace {

using export_test::example_network;

std::size_t index_of(const IdIndex& index, const std::string& id) { return index.at(id); }

const MapNode* find_node(const MapGraph& g, const std::string& key) {
  for (const auto& n : g.nodes)
    if (n.key == key) return &n;
  return nullptr;
}

TEST(MapLabels, WrapKeepsWordsAndWidth) {
  auto lines = wrap_label("Zorg- en Veiligheidshuis Zuid-Limburg");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0] + " " + lines[1], "Zorg- en Veiligheidshuis Zuid-Limburg");
  for (const auto& l : lines) EXPECT_LE(text_width(l), map_wrap_width);
}

TEST(MapLabels, LongTextEndsInEllipsisAfterThreeLines) {
  auto lines = wrap_label("een heel lange naam van een organisatie die maar doorgaat en doorgaat en nooit ophoudt met woorden");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines.back().ends_with(" …"));
  EXPECT_LE(text_width(lines.back()), map_wrap_width);
}

TEST(MapLabels, WidthCountsCodePointsNotBytesAndBoldIsWider) {
  EXPECT_DOUBLE_EQ(text_width("é"), text_width("\xe2\x82\xac"));  // one code point each
  EXPECT_GT(text_width("Zuid-Limburg", true), text_width("Zuid-Limburg"));
  MapNode n;
  n.name = "GGD Zuid-Limburg";
  measure_node(n);
  EXPECT_GE(n.width, text_width("GGD Zuid-Limburg") + 2 * map_node_padding_x);
  EXPECT_EQ(n.height, std::ceil(map_line_height + 2 * map_node_padding_y));
}

TEST(MapBuilders, OrganisationMapShowsItsNeighbourhoodAndTextAlternative) {
  const Network& net = example_network();
  PageIndex index(net);
  const std::size_t vt = index_of(net.organisation_index, "veilig-thuis-zuid-limburg");
  MapGraph g = organisation_map(net, index, vt);
  const MapNode* self = find_node(g, "organisatie:veilig-thuis-zuid-limburg");
  ASSERT_NE(self, nullptr);
  EXPECT_TRUE(self->bold);
  EXPECT_EQ(self->target, "organisaties/veilig-thuis-zuid-limburg/index.html");
  // Its specialismen and overleggen are on the map, each linking to its page.
  for (const auto& id : net.organisations[vt].specialisms) {
    if (find_node(g, "specialisme:" + id.value)) continue;
    EXPECT_GT(g.hidden, 0u) << id.value << " missing without a cap";
  }
  EXPECT_FALSE(index.chaired_meetings[vt].empty() && index.joined_meetings[vt].empty());
  bool any_meeting = false;
  for (const auto& n : g.nodes) any_meeting = any_meeting || n.kind == "overleg";
  EXPECT_TRUE(any_meeting);
  // Caps: at most 12 organisations, 6 overleggen, 6 specialismen around it.
  std::map<std::string, int> kinds;
  for (const auto& n : g.nodes) ++kinds[n.kind];
  EXPECT_LE(kinds["organisatie"], 13);
  EXPECT_LE(kinds["overleg"], 6);
  EXPECT_LE(kinds["specialisme"], 6);
  // Every edge has a row in the text alternative, and every node with a page links.
  std::size_t drawn = 0;
  for (const auto& e : g.edges) drawn += e.kind != "meer";
  EXPECT_EQ(g.rows.size(), drawn);
  EXPECT_FALSE(g.legend.empty());
  EXPECT_FALSE(g.description.empty());
}

TEST(MapBuilders, CapsLeaveTheRestToEnNogX) {
  const Network& net = example_network();
  PageIndex index(net);
  const std::size_t vt = index_of(net.organisation_index, "veilig-thuis-zuid-limburg");
  MapCaps caps;
  caps.organisations = 2;
  caps.meetings = 1;
  caps.specialisms = 1;
  MapGraph g = organisation_map(net, index, vt, caps);
  std::map<std::string, int> kinds;
  for (const auto& n : g.nodes) ++kinds[n.kind];
  EXPECT_EQ(kinds["organisatie"], 3);  // itself and two
  EXPECT_EQ(kinds["overleg"], 1);
  EXPECT_EQ(kinds["specialisme"], 1);
  ASSERT_EQ(kinds["meer"], 1);
  EXPECT_GT(g.hidden, 0u);
  const MapNode* more = nullptr;
  for (const auto& n : g.nodes)
    if (n.kind == "meer") more = &n;
  EXPECT_EQ(more->name, "en nog " + std::to_string(g.hidden));
  EXPECT_EQ(more->target, "organisaties/veilig-thuis-zuid-limburg/index.html#relaties");
}

TEST(MapBuilders, SpecialismMapHasOrganisationsContactsAanbodAndToegang) {
  const Network& net = example_network();
  PageIndex index(net);
  MapGraph g = specialism_map(net, index, index_of(net.specialism_index, "huiselijk-geweld"));
  std::set<std::string> kinds;
  for (const auto& n : g.nodes) kinds.insert(n.kind);
  EXPECT_TRUE(kinds.count("organisatie"));
  EXPECT_TRUE(kinds.count("specialisme"));
  for (const auto& n : g.nodes) {
    if (n.kind == "contact") EXPECT_NE(n.target.find("#contact-"), std::string::npos) << n.target;
  }
}

TEST(MapBuilders, MunicipalityMapGroupsOrganisationsBySoort) {
  const Network& net = example_network();
  PageIndex index(net);
  const std::size_t m = index_of(net.municipality_index, "maastricht");
  MapGraph g = municipality_map(net, index, m);
  EXPECT_TRUE(g.clusters.empty());  // a tree: gemeente, soorten, organisaties
  std::vector<int> incoming(g.nodes.size(), 0);
  for (const auto& e : g.edges) {
    ++incoming[e.to];
    if (g.nodes[e.to].kind == "organisatie") EXPECT_EQ(g.nodes[e.from].kind, "soort");
  }
  for (std::size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].kind == "organisatie") EXPECT_EQ(incoming[i], 1) << g.nodes[i].name;
  std::size_t orgs = 0;
  for (const auto& n : g.nodes) orgs += n.kind == "organisatie";
  EXPECT_EQ(orgs + g.hidden, index.organisations_by_municipality[m].size());
}

TEST(MapBuilders, EscalationStructureIsLayeredWithEveryEscalationEdge) {
  const Network& net = example_network();
  MapGraph g = escalation_map(net, std::nullopt);
  EXPECT_EQ(g.same_rank.size(), 5u);  // one rank per laag
  std::size_t escalations = 0;
  for (const auto& m : net.meetings)
    if (m.escalation) escalations += m.escalation->escalates_to.size();
  std::size_t edges = 0;
  for (const auto& e : g.edges) edges += e.kind == "escaleert";
  EXPECT_EQ(edges, escalations);
  // Laag 1 at the bottom.
  EXPECT_EQ(g.rankdir, "BT");
}

TEST(MapBuilders, EscalationAroundAnOverlegHighlightsIt) {
  const Network& net = example_network();
  const std::size_t m = index_of(net.meeting_index, "mda-plus-plus");
  MapGraph g = escalation_map(net, m);
  const MapNode* self = find_node(g, "overleg:mda-plus-plus");
  ASSERT_NE(self, nullptr);
  EXPECT_NE(std::find(self->classes.begin(), self->classes.end(), "focus"), self->classes.end());
  // What it escalates to is on the map.
  for (const auto& id : net.meetings[m].escalation->escalates_to) EXPECT_NE(find_node(g, "overleg:" + id.value), nullptr);
}

TEST(MapBuilders, RouteIsAFlowOfItsStepsWithConditions) {
  const Network& net = example_network();
  const std::size_t r = index_of(net.route_index, "meldcode-van-signaal-naar-besluit");
  MapGraph g = route_map(net, r);
  EXPECT_EQ(g.nodes.size(), net.routes[r].steps.size());
  std::size_t next = 0;
  for (const auto& s : net.routes[r].steps) next += s.next.size();
  EXPECT_EQ(g.edges.size(), next);
  bool labelled = false;
  for (const auto& e : g.edges) labelled = labelled || (!e.label.empty() && e.kind == "als");
  EXPECT_TRUE(labelled);
  EXPECT_EQ(g.nodes[0].target, "routes/meldcode-van-signaal-naar-besluit/index.html#stap-signalen");
}

TEST(MapBuilders, OverviewShowsEachOrganisationOrSplitsBySoort) {
  const Network& net = example_network();
  PageIndex index(net);
  MapCaps detail;
  detail.overview_detail = net.organisations.size();
  MapGraph whole = overview_map(net, index, detail);
  ASSERT_FALSE(overview_is_split(net, detail));
  std::size_t orgs = 0, second = 0;
  for (const auto& n : whole.nodes) {
    orgs += n.kind == "organisatie";
    second += std::find(n.classes.begin(), n.classes.end(), "tweede-ring") != n.classes.end();
  }
  EXPECT_EQ(orgs, net.organisations.size());
  EXPECT_GT(second, 0u);  // the tweede ring is told apart
  MapCaps small;
  small.overview_detail = 5;
  ASSERT_TRUE(overview_is_split(net, small));
  MapGraph split = overview_map(net, index, small);
  for (const auto& n : split.nodes) {
    EXPECT_EQ(n.kind, "soort");
    EXPECT_TRUE(n.target.starts_with("kaart/")) << n.target;
  }
  EXPECT_EQ(split.clusters.size(), 2u);  // keten, tweede ring
  // The example region (40 organisations) is split by default: one map of each at a
  // time is legible at 1280 px, all of them with their relations is not.
  EXPECT_TRUE(overview_is_split(net));
  MapGraph standard = overview_map(net, index);
  EXPECT_EQ(standard.engine, MapEngine::dot);
  EXPECT_LE(standard.edges.size(), std::max<std::size_t>(standard.nodes.size(), 12));
}

TEST(MapLayout, GraphvizLaysOutWithoutOverlapAndTheSameTwice) {
  const Network& net = example_network();
  PageIndex index(net);
  MapGraph g = organisation_map(net, index, index_of(net.organisation_index, "veilig-thuis-zuid-limburg"));
  auto a = run_layout(g);
  auto b = run_layout(g);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(serialise_layout(*a), serialise_layout(*b));
  ASSERT_EQ(a->node_centres.size(), g.nodes.size());
  for (std::size_t i = 0; i < g.nodes.size(); ++i)
    for (std::size_t j = i + 1; j < g.nodes.size(); ++j) {
      const auto &p = a->node_centres[i], &q = a->node_centres[j];
      bool apart = std::abs(p.x - q.x) >= (g.nodes[i].width + g.nodes[j].width) / 2 - 0.5 ||
                   std::abs(p.y - q.y) >= (g.nodes[i].height + g.nodes[j].height) / 2 - 0.5;
      EXPECT_TRUE(apart) << g.nodes[i].name << " / " << g.nodes[j].name;
    }
  for (const auto& p : a->node_centres) {
    EXPECT_GT(p.x, 0);
    EXPECT_LT(p.x, a->width);
    EXPECT_GT(p.y, 0);
    EXPECT_LT(p.y, a->height);
  }
}

TEST(MapLayout, CacheFormatRoundTripsAndRejectsDamage) {
  const Network& net = example_network();
  MapGraph g = route_map(net, 0);
  auto layout = run_layout(g);
  ASSERT_TRUE(layout);
  const std::string text = serialise_layout(*layout);
  auto back = parse_layout(text, g);
  ASSERT_TRUE(back);
  EXPECT_EQ(serialise_layout(*back), text);
  EXPECT_FALSE(parse_layout(text.substr(0, text.size() / 2), g));
  EXPECT_FALSE(parse_layout("L 1 1\nEND\n", g));
  EXPECT_FALSE(parse_layout("", g));
}

TEST(MapLayout, KeyFollowsWhatGraphvizSeesNotNamesOrLinks) {
  const Network& net = example_network();
  MapGraph g = route_map(net, 0);
  MapGraph renamed = g;
  renamed.nodes[0].target = "elders/index.html";
  renamed.title = "anders";
  EXPECT_EQ(layout_key(g), layout_key(renamed));
  MapGraph wider = g;
  wider.nodes[0].width += 1;
  EXPECT_NE(layout_key(g), layout_key(wider));
  EXPECT_EQ(layout_key(g).size(), 32u);
}

TEST(MapLayout, InputRoundTripsForTheLayoutService) {
  const Network& net = example_network();
  PageIndex index(net);
  for (const MapGraph& g : {route_map(net, 0), municipality_map(net, index, 0), escalation_map(net, std::nullopt)}) {
    auto parsed = parse_layout_input(layout_input(g));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(layout_input(*parsed), layout_input(g));
    auto a = run_layout(g), b = run_layout(*parsed);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(serialise_layout(*a), serialise_layout(*b));
  }
  EXPECT_FALSE(parse_layout_input("netwerkkaart-layout 1 graphviz x\ndot LR 0.5 0.2\ne 0 1 1 1 0:\n"));
  EXPECT_FALSE(parse_layout_input("onzin"));
}

TEST(MapLayout, LayoutAllUsesAndRefillsTheCache) {
  const Network& net = example_network();
  std::vector<MapGraph> graphs;
  for (std::size_t r = 0; r < net.routes.size(); ++r) graphs.push_back(route_map(net, r));
  // With clusters (osage) too: every layout is cached, also those laid out from a fixed state.
  PageIndex index(net);
  graphs.push_back(overview_map(net, index));
  ASSERT_FALSE(graphs.back().clusters.empty());
  std::vector<const MapGraph*> ptrs;
  for (const auto& g : graphs) ptrs.push_back(&g);
  const auto dir = std::filesystem::temp_directory_path() / ("nk-map-cache-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  LayoutStats cold, warm;
  auto first = layout_all(ptrs, 1, dir.string(), cold);
  auto second = layout_all(ptrs, 1, dir.string(), warm);
  EXPECT_EQ(cold.laid_out, graphs.size());
  EXPECT_EQ(warm.from_cache, graphs.size());
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    ASSERT_TRUE(first[i] && second[i]);
    EXPECT_EQ(serialise_layout(*first[i]), serialise_layout(*second[i]));
  }
  // A damaged cache file is laid out again.
  ASSERT_TRUE(std::filesystem::exists(dir / "kaarten.cache"));
  std::ofstream(dir / "kaarten.cache") << "kapot";
  LayoutStats again;
  layout_all(ptrs, 1, dir.string(), again);
  EXPECT_EQ(again.laid_out, graphs.size());
  std::filesystem::remove_all(dir);
}

TEST(MapLayout, APassOverSomeMapsKeepsTheOthersInTheCache) {
  const Network& net = example_network();
  std::vector<MapGraph> graphs;
  for (std::size_t r = 0; r < net.routes.size(); ++r) graphs.push_back(route_map(net, r));
  ASSERT_GE(graphs.size(), 2u);
  std::vector<const MapGraph*> all;
  for (const auto& g : graphs) all.push_back(&g);
  const auto dir = std::filesystem::temp_directory_path() / ("nk-map-keep-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  LayoutStats filled, some, after, dropped;
  layout_all(all, 1, dir.string(), filled);
  // serve's first pass: one map, new to the cache (another label), the rest unused.
  MapGraph changed = graphs.back();
  changed.nodes.front().width += 10;  // another size: another layout
  layout_all({&changed}, 1, dir.string(), some, /*keep_unused=*/true);
  EXPECT_EQ(some.laid_out, 1u);
  layout_all(all, 1, dir.string(), after);
  EXPECT_EQ(after.from_cache, graphs.size());
  // Without keep_unused the cache holds only the last call's layouts.
  MapGraph other = graphs.back();
  other.nodes.front().width += 20;
  layout_all({&other}, 1, dir.string(), dropped);
  EXPECT_EQ(dropped.laid_out, 1u);
  LayoutStats again;
  layout_all(all, 1, dir.string(), again);
  EXPECT_EQ(again.laid_out, graphs.size());
  std::filesystem::remove_all(dir);
}

TEST(MapSvg, EscapesLabelsAndLinksRelativeToThePage) {
  MapGraph g;
  g.id = "kaart-test";
  g.title = "Titel <script>";
  g.description = "a & b";
  MapNode a;
  a.name = "<script>alert(1)</script> & \"x\"";
  a.kind = "organisatie";
  a.target = "organisaties/a/index.html";
  MapNode b;
  b.name = "B";
  b.kind = "specialisme";
  b.target = "specialismen/b/index.html";
  add_node(g, a);
  add_node(g, b);
  g.edges.push_back({0, 1, "expertise", "als <b>", 1, true});
  auto layout = run_layout(g);
  ASSERT_TRUE(layout);
  const std::string svg = map_svg(g, *layout, "organisaties/a/index.html");
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"kaart-test-titel\">Titel &lt;script&gt;</title>"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"kaart-test-omschrijving\">a &amp; b</desc>"), std::string::npos);
  EXPECT_NE(svg.find("href=\"index.html\""), std::string::npos);
  EXPECT_NE(svg.find("href=\"../../specialismen/b/index.html\""), std::string::npos);
  // No inline colours or styles: the theme styles the map by class.
  EXPECT_EQ(svg.find("fill="), std::string::npos);
  EXPECT_EQ(svg.find("stroke="), std::string::npos);
  EXPECT_EQ(svg.find("style="), std::string::npos);
  EXPECT_EQ(svg.find("<?xml"), std::string::npos);
  EXPECT_EQ(svg.find("<!--"), std::string::npos);
}

TEST(MapSvg, BackslashesReachGraphvizAsText) {
  MapGraph g;
  g.id = "k";
  MapNode a;
  a.name = "A";
  a.kind = "stap";
  add_node(g, a);
  add_node(g, a);
  g.edges.push_back({0, 1, "als", "\\N\\G\\l", 1, true});
  g.clusters.push_back({"\\G", "soort"});
  g.nodes[0].cluster = 0;
  auto layout = run_layout(g);
  ASSERT_TRUE(layout);
  EXPECT_NE(map_svg(g, *layout, "x/index.html").find("\\N\\G\\l"), std::string::npos);
}

}  // namespace
}  // namespace nk
