#include "render/maps/layout.h"

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <graphviz/graphviz_version.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <sstream>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
}

namespace nk {

namespace {

// Only the layout plugins, linked in: no text-layout plugin (pango) is loaded, so Graphviz
// sizes the few texts it sees (edge and cluster labels) with its built-in font metrics,
// the same on every machine, and a build does not depend on the fonts installed.
lt_symlist_t builtin_plugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {nullptr, nullptr},
};

GVC_t* context() {
  static GVC_t* gvc = [] {
    agseterr(AGMAX);  // Graphviz warnings are not the user's concern; failures are values
    return gvContextPlugins(builtin_plugins, 0);
  }();
  return gvc;
}

char* c(const char* s) { return const_cast<char*>(s); }

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string inches(double points) { return number(points / 72.0); }

// Graphviz reads backslash escapes (\N, \G, \l) in plain labels; a label from the data is
// passed with its backslashes doubled, and never as an HTML-like label.
std::string plain_label(const std::string& text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\\') out += "\\\\";
    else out.push_back(ch);
  }
  return out;
}

// Cluster and edge labels are sized by Graphviz's Helvetica table; the browser's sans may
// be wider (see text_width), so Graphviz is told a larger size for them.
constexpr double graphviz_label_size = map_font_size * 1.18;

const char* engine_name(MapEngine engine) {
  switch (engine) {
    case MapEngine::dot: return "dot";
    case MapEngine::fdp: return "fdp";
    case MapEngine::osage: return "osage";
  }
  return "dot";
}

}  // namespace

void prepare_layout_engine() { context(); }

std::string layout_input(const MapGraph& g) {
  // Plain appends: a warm build hashes thousands of these.
  std::string out;
  out.reserve(64 + g.nodes.size() * 24 + g.edges.size() * 24);
  auto n = [&](double v) {
    char buf[32];
    int len = std::snprintf(buf, sizeof buf, "%g", v);
    out.append(buf, static_cast<std::size_t>(len));
  };
  auto text = [&](const std::string& t) {
    out += std::to_string(t.size());
    out += ':';
    out += t;
  };
  out += "netwerkkaart-layout 2 graphviz " PACKAGE_VERSION "\n";
  out += engine_name(g.engine);
  out += ' ' + g.rankdir + ' ' + number(g.ranksep) + ' ' + number(g.nodesep) + "\n";
  for (const auto& cl : g.clusters) out += "c ", text(cl.label), out += '\n';
  for (const auto& node : g.nodes) {
    out += "n ", n(node.width), out += ' ', n(node.height), out += ' ';
    out += std::to_string(node.cluster);
    out += '\n';
  }
  for (const auto& e : g.edges) {
    out += "e " + std::to_string(e.from) + ' ' + std::to_string(e.to) + ' ' + std::to_string(e.min_length) + ' ' +
           (e.constraint ? "1 " : "0 ");
    text(e.label);
    out += '\n';
  }
  for (const auto& rank : g.same_rank) {
    out += 'r';
    for (std::size_t i : rank) out += ' ' + std::to_string(i);
    out += '\n';
  }
  return out;
}

std::string layout_key(const MapGraph& graph) {
  // Two independent 64-bit FNV-1a hashes: a collision would need both to collide.
  const std::string input = layout_input(graph);
  std::uint64_t a = 1469598103934665603ull, b = 0x84222325cbf29ce4ull;
  for (unsigned char ch : input) {
    a = (a ^ ch) * 1099511628211ull;
    b = (b ^ ch) * 0x100000001b3ull;
    b ^= b >> 29;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

std::optional<MapLayout> run_layout(const MapGraph& graph) {
  GVC_t* gvc = context();
  Agraph_t* g = agopen(c("kaart"), Agdirected, nullptr);
  const bool dot = graph.engine == MapEngine::dot;
  agattr(g, AGRAPH, c("rankdir"), c(graph.rankdir.c_str()));
  agattr(g, AGRAPH, c("ranksep"), c(number(graph.ranksep).c_str()));
  agattr(g, AGRAPH, c("nodesep"), c(number(graph.nodesep).c_str()));
  agattr(g, AGRAPH, c("fontname"), c("Helvetica"));
  agattr(g, AGRAPH, c("fontsize"), c(number(graphviz_label_size).c_str()));
  agattr(g, AGRAPH, c("label"), c(""));
  agattr(g, AGRAPH, c("margin"), c("8"));
  if (dot) {
    agattr(g, AGRAPH, c("splines"), c("true"));
  } else {
    agattr(g, AGRAPH, c("splines"), c("line"));
    agattr(g, AGRAPH, c("pack"), c("12"));
    agattr(g, AGRAPH, c("start"), c("11"));  // fixed seed: same input, same drawing
    agattr(g, AGRAPH, c("overlap"), c("false"));
    agattr(g, AGRAPH, c("K"), c("0.2"));
    agattr(g, AGRAPH, c("sep"), c("+6"));
  }
  Agsym_t* shape = agattr(g, AGNODE, c("shape"), c("box"));
  (void)shape;
  agattr(g, AGNODE, c("fixedsize"), c("true"));
  agattr(g, AGNODE, c("label"), c(""));
  Agsym_t* width = agattr(g, AGNODE, c("width"), c("1"));
  Agsym_t* height = agattr(g, AGNODE, c("height"), c("0.5"));
  Agsym_t* elabel = agattr(g, AGEDGE, c("label"), c(""));
  agattr(g, AGEDGE, c("fontname"), c("Helvetica"));
  agattr(g, AGEDGE, c("fontsize"), c(number(graphviz_label_size).c_str()));
  Agsym_t* minlen = agattr(g, AGEDGE, c("minlen"), c("1"));
  Agsym_t* constraint = agattr(g, AGEDGE, c("constraint"), c("true"));
  agattr(g, AGEDGE, c("arrowsize"), c("0.8"));

  std::vector<Agraph_t*> clusters;
  for (std::size_t i = 0; i < graph.clusters.size(); ++i) {
    std::string name = "cluster_" + std::to_string(i);
    Agraph_t* sg = agsubg(g, c(name.c_str()), 1);
    agsafeset(sg, c("label"), c(plain_label(graph.clusters[i].label).c_str()), c(""));
    agsafeset(sg, c("margin"), c("10"), c(""));
    clusters.push_back(sg);
  }
  std::vector<Agnode_t*> nodes;
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const MapNode& mn = graph.nodes[i];
    std::string name = "n" + std::to_string(i);
    Agnode_t* n = agnode(g, c(name.c_str()), 1);
    agxset(n, width, c(inches(mn.width).c_str()));
    agxset(n, height, c(inches(mn.height).c_str()));
    if (mn.cluster >= 0 && static_cast<std::size_t>(mn.cluster) < clusters.size())
      agsubnode(clusters[static_cast<std::size_t>(mn.cluster)], n, 1);
    nodes.push_back(n);
  }
  for (std::size_t r = 0; r < graph.same_rank.size(); ++r) {
    std::string name = "rank_" + std::to_string(r);
    Agraph_t* sg = agsubg(g, c(name.c_str()), 1);
    agsafeset(sg, c("rank"), c("same"), c(""));
    for (std::size_t n : graph.same_rank[r])
      if (n < nodes.size()) agsubnode(sg, nodes[n], 1);
  }
  std::vector<Agedge_t*> edges;
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const MapEdge& me = graph.edges[i];
    std::string name = "e" + std::to_string(i);
    Agedge_t* e = agedge(g, nodes.at(me.from), nodes.at(me.to), c(name.c_str()), 1);
    if (!me.label.empty()) {
      // Wrapped as svg.cpp draws it, one Graphviz line ("\n") per line.
      std::string text;
      for (const auto& line : wrap_label(me.label, map_edge_label_width, map_edge_label_lines))
        text += (text.empty() ? "" : "\\n") + plain_label(line);
      agxset(e, elabel, c(text.c_str()));
    }
    if (me.min_length != 1) agxset(e, minlen, c(std::to_string(me.min_length).c_str()));
    if (!me.constraint) agxset(e, constraint, c("false"));
    edges.push_back(e);
  }

  if (gvLayout(gvc, g, engine_name(graph.engine)) != 0) {
    agclose(g);
    return std::nullopt;
  }
  const boxf bb = GD_bb(g);
  constexpr double margin = 4;
  auto point = [&](pointf p) { return MapPoint{p.x - bb.LL.x + margin, bb.UR.y - p.y + margin}; };
  MapLayout out;
  out.width = std::ceil(bb.UR.x - bb.LL.x + 2 * margin);
  out.height = std::ceil(bb.UR.y - bb.LL.y + 2 * margin);
  for (Agnode_t* n : nodes) out.node_centres.push_back(point(ND_coord(n)));
  for (Agedge_t* e : edges) {
    std::vector<MapPoint> path;
    std::optional<MapPoint> tip;
    if (splines* spl = ED_spl(e); spl && spl->size > 0) {
      const bezier& bz = spl->list[0];
      for (int k = 0; k < bz.size; ++k) path.push_back(point(bz.list[k]));
      if (bz.eflag) tip = point(bz.ep);
    }
    out.edge_paths.push_back(std::move(path));
    out.edge_tips.push_back(tip);
    textlabel_t* label = ED_label(e);
    out.edge_label_centres.push_back(label && label->set ? point(label->pos) : MapPoint{});
  }
  for (Agraph_t* sg : clusters) {
    const boxf cb = GD_bb(sg);
    MapPoint top_left = point({cb.LL.x, cb.UR.y});
    out.cluster_boxes.push_back({top_left.x, top_left.y, cb.UR.x - cb.LL.x, cb.UR.y - cb.LL.y});
    textlabel_t* label = GD_label(sg);
    out.cluster_label_centres.push_back(label && label->set ? point(label->pos)
                                                            : MapPoint{top_left.x + 8, top_left.y + 12});
  }
  gvFreeLayout(gvc, g);
  agclose(g);
  return out;
}

std::string serialise_layout(const MapLayout& l) {
  std::string out = "L " + number(l.width) + " " + number(l.height) + "\n";
  auto pt = [&](const MapPoint& p) { out += " " + number(p.x) + " " + number(p.y); };
  for (const auto& p : l.node_centres) out += "N", pt(p), out += "\n";
  for (std::size_t i = 0; i < l.edge_paths.size(); ++i) {
    out += "E " + std::to_string(l.edge_paths[i].size());
    for (const auto& p : l.edge_paths[i]) pt(p);
    out += l.edge_tips[i] ? " 1" : " 0";
    if (l.edge_tips[i]) pt(*l.edge_tips[i]);
    pt(l.edge_label_centres[i]);
    out += "\n";
  }
  for (std::size_t i = 0; i < l.cluster_boxes.size(); ++i) {
    const auto& b = l.cluster_boxes[i];
    out += "C " + number(b.x) + " " + number(b.y) + " " + number(b.width) + " " + number(b.height);
    pt(l.cluster_label_centres[i]);
    out += "\n";
  }
  out += "END\n";
  return out;
}

std::optional<MapLayout> parse_layout(std::string_view text, const MapGraph& graph) {
  // Hand-rolled rather than with a stream: a warm build parses thousands of these.
  const char* p = text.data();
  const char* end = p + text.size();
  auto skip = [&] {
    while (p < end && (*p == ' ' || *p == '\n')) ++p;
  };
  auto tag = [&](char t) {
    skip();
    if (p < end && *p == t) {
      ++p;
      return true;
    }
    return false;
  };
  auto num = [&](double& v) {
    skip();
    char* stop = nullptr;
    v = std::strtod(p, &stop);
    if (stop == p || stop > end) return false;
    p = stop;
    return true;
  };
  auto pt = [&](MapPoint& q) { return num(q.x) && num(q.y); };
  MapLayout l;
  if (!tag('L') || !num(l.width) || !num(l.height)) return std::nullopt;
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    MapPoint q;
    if (!tag('N') || !pt(q)) return std::nullopt;
    l.node_centres.push_back(q);
  }
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    double count = 0, has_tip = 0;
    if (!tag('E') || !num(count) || count < 0 || count > 10000) return std::nullopt;
    std::vector<MapPoint> path(static_cast<std::size_t>(count));
    for (auto& q : path)
      if (!pt(q)) return std::nullopt;
    if (!num(has_tip)) return std::nullopt;
    std::optional<MapPoint> tip;
    if (has_tip != 0) {
      MapPoint q;
      if (!pt(q)) return std::nullopt;
      tip = q;
    }
    MapPoint label;
    if (!pt(label)) return std::nullopt;
    l.edge_paths.push_back(std::move(path));
    l.edge_tips.push_back(tip);
    l.edge_label_centres.push_back(label);
  }
  for (std::size_t i = 0; i < graph.clusters.size(); ++i) {
    MapLayout::Box b;
    MapPoint label;
    if (!tag('C') || !num(b.x) || !num(b.y) || !num(b.width) || !num(b.height) || !pt(label)) return std::nullopt;
    l.cluster_boxes.push_back(b);
    l.cluster_label_centres.push_back(label);
  }
  skip();
  if (static_cast<std::size_t>(end - p) < 3 || std::string_view(p, 3) != "END") return std::nullopt;
  return l;
}

}  // namespace nk
