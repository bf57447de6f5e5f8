#pragma once
// A network map as plain data: what the builders (builders.h) make from the model, what
// the layout step (layout.h) hands to Graphviz and what the SVG writer (svg.h) draws.
// Labels are plain text from the YAML; they are measured and wrapped here, escaped only
// where they are written (svg.cpp), and never reach Graphviz as markup.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nk {

enum class MapEngine { dot, fdp, osage };

// Drawing sizes, in SVG user units (= CSS px at natural size = Graphviz points).
inline constexpr double map_font_size = 12.0;
inline constexpr double map_line_height = 15.0;
inline constexpr double map_node_padding_x = 9.0;
inline constexpr double map_node_padding_y = 6.0;
inline constexpr double map_wrap_width = 150.0;  // a label wraps beyond this width
inline constexpr int map_max_lines = 3;
inline constexpr double map_edge_label_width = 160.0;  // edge labels (route conditions)
inline constexpr int map_edge_label_lines = 4;

struct MapNode {
  std::string key;                 // stable within the map: "organisatie:ggd"
  std::string name;                // the full name, for the node's tooltip and links
  std::vector<std::string> lines;  // the label as drawn: wrapped, at most map_max_lines
  std::string kind;                // CSS modifier: organisatie, specialisme, overleg, aanbod, ...
  std::vector<std::string> classes;  // further modifiers: "tweede-ring", "focus", ...
  std::string target;              // site-root-relative path (with #fragment), or empty
  int cluster = -1;
  bool bold = false;               // the map's own entity
  double width = 0, height = 0;    // set by measure_node()
};

struct MapEdge {
  std::size_t from = 0, to = 0;
  std::string kind;                // CSS modifier: verwijst-naar, deelnemer, escaleert, ...
  std::string label;               // drawn beside the edge (route conditions), or empty
  int min_length = 1;              // dot minlen
  bool constraint = true;          // dot: whether the edge ranks its ends
};

struct MapCluster {
  std::string label;
  std::string kind;  // CSS modifier
};

struct LegendItem {
  std::string modifier;  // "node--overleg" or "edge--escaleert"
  std::string text;
  bool edge = false;
};

// One line of the text alternative: "<from> <relation> <to>", each end linked if it has a page.
struct MapRelationRow {
  std::string from, from_target;
  std::string relation;
  std::string to, to_target;
};

struct MapGraph {
  std::string id;           // unique on the page: used for element ids ("kaart-organisatie")
  std::string title;        // <title> of the SVG
  std::string description;  // <desc>: what the map shows, in a sentence or two
  MapEngine engine = MapEngine::dot;
  std::string rankdir = "LR";
  double ranksep = 0.5, nodesep = 0.2;  // inches, as Graphviz takes them
  std::vector<MapNode> nodes;
  std::vector<MapEdge> edges;
  std::vector<MapCluster> clusters;
  std::vector<std::vector<std::size_t>> same_rank;  // dot: nodes kept on one rank
  std::vector<LegendItem> legend;
  std::vector<MapRelationRow> rows;  // the text alternative, in reading order
  std::size_t hidden = 0;            // relations left out of the map (cap), for "en nog X"
  std::string hidden_target;         // where the full list is (site-root-relative path#fragment)
};

// Width of `text` at map_font_size in the widest common sans-serif (DejaVu Sans, which is
// Verdana's metrics): the browser draws with whatever sans-serif it has, and every usual
// one (Arial, Helvetica, Liberation Sans, Roboto) is narrower, so a label never overflows.
double text_width(std::string_view text, bool bold = false);
// Words into lines no wider than `width`; a longer text ends in "…" on the last line.
std::vector<std::string> wrap_label(std::string_view text, double width = map_wrap_width,
                                    int max_lines = map_max_lines);
// Sets node.lines from node.name (if empty) and node.width/height from the lines.
void measure_node(MapNode& node);

// Adds a node (measured) and returns its index.
std::size_t add_node(MapGraph& graph, MapNode node);

}  // namespace nk
