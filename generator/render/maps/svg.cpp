#include "render/maps/svg.h"

#include <cmath>
#include <cstdio>

#include "render/site_paths.h"

namespace nk {

namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::round(v * 10) / 10);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (s == "-0") s = "0";
  return s;
}

std::string classes(const std::string& base, const std::string& kind, const std::vector<std::string>& extra) {
  std::string out = base + " " + base + "--" + kind;
  for (const auto& e : extra) out += " " + base + "--" + e;
  return out;
}

// "ring tweede-ring" -> "map-cluster map-cluster--ring map-cluster--tweede-ring".
std::string modifier_classes(const std::string& base, const std::string& modifiers) {
  std::string out = base, word;
  for (char ch : modifiers + " ") {
    if (ch != ' ') {
      word.push_back(ch);
      continue;
    }
    if (!word.empty()) out += " " + base + "--" + word, word.clear();
  }
  return out;
}

double corner_radius(const MapNode& n) {
  if (n.kind == "specialisme" || n.kind == "gemeente") return n.height / 2;
  if (n.kind == "overleg") return 0;
  return 5;
}

std::string path_data(const std::vector<MapPoint>& path) {
  std::string d;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (i == 0) d += "M" + num(path[i].x) + "," + num(path[i].y);
    else if ((i - 1) % 3 == 0) d += "C" + num(path[i].x) + "," + num(path[i].y);
    else d += " " + num(path[i].x) + "," + num(path[i].y);
  }
  return d;
}

std::string arrow(const MapPoint& from, const MapPoint& tip) {
  double dx = tip.x - from.x, dy = tip.y - from.y;
  double len = std::hypot(dx, dy);
  if (len < 0.01) return {};
  double px = -dy / len * 3.5, py = dx / len * 3.5;
  return "<polygon points=\"" + num(tip.x) + "," + num(tip.y) + " " + num(from.x + px) + "," + num(from.y + py) + " " +
         num(from.x - px) + "," + num(from.y - py) + "\"/>";
}

// Lines of text centred on (cx, cy), one <tspan> per line.
std::string text_block(const std::vector<std::string>& lines, double cx, double cy, const std::string& cls) {
  std::string out = "<text class=\"" + cls + "\" x=\"" + num(cx) + "\" text-anchor=\"middle\" font-size=\"" +
                    num(map_font_size) + "\">";
  const double top = cy - static_cast<double>(lines.size()) * map_line_height / 2;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // The baseline sits about 0.35 em below the middle of its line.
    double baseline = top + (static_cast<double>(i) + 0.5) * map_line_height + 0.35 * map_font_size;
    out += "<tspan x=\"" + num(cx) + "\" y=\"" + num(baseline) + "\">" + xml_escape(lines[i]) + "</tspan>";
  }
  return out + "</text>";
}

}  // namespace

std::string map_svg(const MapGraph& g, const MapLayout& l, const std::string& page) {
  const std::string size = "width=\"" + num(l.width) + "\" height=\"" + num(l.height) + "\" viewBox=\"0 0 " +
                           num(l.width) + " " + num(l.height) + "\"";
  std::string out;
  out.reserve(2048 + g.nodes.size() * 400 + g.edges.size() * 200);
  out += "<svg class=\"map__drawing\" role=\"img\" aria-labelledby=\"" + g.id + "-titel " + g.id + "-omschrijving\" " +
         size + " xmlns=\"http://www.w3.org/2000/svg\">";
  out += "<title id=\"" + g.id + "-titel\">" + xml_escape(g.title) + "</title>";
  out += "<desc id=\"" + g.id + "-omschrijving\">" + xml_escape(g.description) + "</desc>";
  for (std::size_t i = 0; i < g.clusters.size() && i < l.cluster_boxes.size(); ++i) {
    const auto& b = l.cluster_boxes[i];
    out += "<g class=\"" + modifier_classes("map-cluster", g.clusters[i].kind) + "\"><rect x=\"" + num(b.x) + "\" y=\"" +
           num(b.y) + "\" width=\"" + num(b.width) + "\" height=\"" + num(b.height) + "\" rx=\"8\"/></g>";
  }
  for (std::size_t i = 0; i < g.edges.size() && i < l.edge_paths.size(); ++i) {
    const MapEdge& e = g.edges[i];
    const auto& path = l.edge_paths[i];
    if (path.empty()) continue;
    out += "<g class=\"map-edge map-edge--" + e.kind + "\"><path d=\"" + path_data(path) + "\"/>";
    if (l.edge_tips[i]) out += arrow(path.back(), *l.edge_tips[i]);
    if (!e.label.empty())
      out += text_block(wrap_label(e.label, map_edge_label_width, map_edge_label_lines), l.edge_label_centres[i].x,
                        l.edge_label_centres[i].y,
                        "map-edge__label");
    out += "</g>";
  }
  // Cluster names over the lines, so that a line crossing one does not hide it.
  for (std::size_t i = 0; i < g.clusters.size() && i < l.cluster_boxes.size(); ++i)
    out += text_block({g.clusters[i].label}, l.cluster_label_centres[i].x, l.cluster_label_centres[i].y,
                      "map-cluster__label");
  for (std::size_t i = 0; i < g.nodes.size() && i < l.node_centres.size(); ++i) {
    const MapNode& n = g.nodes[i];
    const MapPoint c = l.node_centres[i];
    out += "<g class=\"" + classes("map-node", n.kind, n.classes) + "\"><rect x=\"" + num(c.x - n.width / 2) +
           "\" y=\"" + num(c.y - n.height / 2) + "\" width=\"" + num(n.width) + "\" height=\"" + num(n.height) +
           "\" rx=\"" + num(corner_radius(n)) + "\"/>";
    out += text_block(n.lines, c.x, c.y, n.bold ? "map-node__label map-node__label--bold" : "map-node__label");
    out += "</g>";
  }
  out += "</svg>";

  // The link layer: same size and viewBox, so it scales with the drawing.
  out += "<svg class=\"map__links\" " + size + " xmlns=\"http://www.w3.org/2000/svg\">";
  for (std::size_t i = 0; i < g.nodes.size() && i < l.node_centres.size(); ++i) {
    const MapNode& n = g.nodes[i];
    if (n.target.empty()) continue;
    const MapPoint c = l.node_centres[i];
    out += "<a href=\"" + xml_escape(relative_url(page, n.target)) + "\"><title>" + xml_escape(n.name) +
           "</title><rect x=\"" + num(c.x - n.width / 2) + "\" y=\"" + num(c.y - n.height / 2) + "\" width=\"" +
           num(n.width) + "\" height=\"" + num(n.height) + "\" rx=\"" + num(corner_radius(n)) + "\"/></a>";
  }
  out += "</svg>";
  return out;
}

std::string legend_swatch(const LegendItem& item) {
  // "organisatie tweede-ring": each word a modifier of the base class.
  auto modifiers = [&](const std::string& base) {
    std::string out = base, word;
    for (char ch : item.modifier + " ") {
      if (ch != ' ') { word.push_back(ch); continue; }
      if (!word.empty()) out += " " + base + "--" + word, word.clear();
    }
    return out;
  };
  std::string out = "<svg class=\"map__swatch\" width=\"30\" height=\"16\" viewBox=\"0 0 30 16\" aria-hidden=\"true\">";
  if (item.edge) {
    out += "<g class=\"" + modifiers("map-edge") + "\"><path d=\"M2,8L22,8\"/>" +
           arrow({22, 8}, {29, 8}) + "</g>";
  } else {
    out += "<g class=\"" + modifiers("map-node") + "\"><rect x=\"1\" y=\"1\" width=\"28\" height=\"14\" rx=\"" +
           std::string(item.modifier == "specialisme" || item.modifier == "gemeente" ? "7" : "3") + "\"/></g>";
  }
  return out + "</svg>";
}

}  // namespace nk
