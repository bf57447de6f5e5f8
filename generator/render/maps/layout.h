#pragma once
// Layout of a MapGraph through libgvc/cgraph, in this process (never the `dot` program).
// Only geometry comes back: the SVG is written by svg.cpp from it, so the text, links and
// classes of a map never pass through Graphviz and the layout can be cached by a hash of
// what Graphviz saw (layout_key), independent of names and pages.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/maps/map_graph.h"

namespace nk {

struct MapPoint {
  double x = 0, y = 0;  // SVG orientation: y grows downwards, origin at the top left
};

struct MapLayout {
  double width = 0, height = 0;
  std::vector<MapPoint> node_centres;  // by node index; sizes are the graph's own
  // By edge index: a cubic Bezier path (1 + 3k points) and, when the edge ends in an
  // arrow, the arrow's tip (the path stops short of it).
  std::vector<std::vector<MapPoint>> edge_paths;
  std::vector<std::optional<MapPoint>> edge_tips;
  std::vector<MapPoint> edge_label_centres;  // by edge index; unused without a label
  struct Box {
    double x = 0, y = 0, width = 0, height = 0;
  };
  std::vector<Box> cluster_boxes;          // by cluster index
  std::vector<MapPoint> cluster_label_centres;
};

// What the layout depends on, as text; layout_key() hashes it. Labels enter only through
// node sizes, and edge and cluster labels through their text (Graphviz sizes them).
std::string layout_input(const MapGraph& graph);
std::string layout_key(const MapGraph& graph);  // 32 hex digits

// Sets up Graphviz (its context and plugins) ahead of run_layout, e.g. before forking.
void prepare_layout_engine();

// Lays the graph out with Graphviz. Not thread-safe (libgvc is not): one call at a time
// per process. On a Graphviz failure, returns nullopt.
std::optional<MapLayout> run_layout(const MapGraph& graph);

// The cache and worker-pipe format (text, one record per line).
std::string serialise_layout(const MapLayout& layout);
// `text` must be followed by a NUL or by a character that ends a number (a view into a
// std::string is).
std::optional<MapLayout> parse_layout(std::string_view text, const MapGraph& graph);

}  // namespace nk
