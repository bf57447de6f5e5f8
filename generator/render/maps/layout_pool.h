#pragma once
// Lays out many maps: from the layout cache where it can, the rest in layout services.
//
// libgvc is not thread-safe, so a build starts one layout service per worker (this
// program, exec'd with layout_service_argument, so it does not carry the model), sends
// each what Graphviz needs (layout_input) and reads back the layout in the cache format.
//
// Graphviz 2.42 also keeps state from one layout to the next: with clusters, dot, fdp and
// osage can lay the same graph out a point differently after another one (measured; dot
// without clusters did not, on 5,800 maps). So "stateless" maps (dot, no clusters) go to
// whichever service is free and are laid out in it; each of the others is laid out in a
// child that the first service forks from its state right after start-up, before it lays
// out anything itself (they are sent first). Every layout then depends on its input alone,
// never on -j or the order, and every layout is cached. docs/maps.md has the details.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "render/maps/layout.h"

namespace nk {

struct LayoutStats {
  std::size_t maps = 0, from_cache = 0, laid_out = 0, failed = 0;
  unsigned workers = 0;
  double read_seconds = 0, lookup_seconds = 0, layout_seconds = 0;  // wall time per step
};

// Layouts of `graphs`, by index; nullopt where Graphviz failed. `cache_dir` empty: no cache.
// The cache is one file, <cache_dir>/kaarten.cache, rewritten when a layout was added:
// the layouts of this build by key. An entry that does not parse is laid out again, so a
// damaged or deleted cache only costs time. `keep_unused`: the cache keeps the layouts this
// call did not use (a pass over a few pages must not drop those of all the others).
std::vector<std::optional<MapLayout>> layout_all(const std::vector<const MapGraph*>& graphs, unsigned workers,
                                                 const std::string& cache_dir, LayoutStats& stats,
                                                 bool keep_unused = false);

// The layout service: reads jobs "<n> <length>\n<layout_input>" from stdin until it ends,
// answers "<n> <length>\n<serialised layout>" (length 0: failed) on stdout; a stateful
// layout in a child process of its own (NK_LAYOUT_FRESH=1: every layout). main() runs it when given this single argument.
inline constexpr const char* layout_service_argument = "--intern-kaartopmaak";
// Only a program whose main() runs the service may start it (netwerkkaart does; the unit
// tests do not, and lay out in their own process).
void enable_layout_service();
int run_layout_service();

// A graph with only what layout_input() describes (sizes, edges, clusters, ranks), enough
// to lay it out again.
std::optional<MapGraph> parse_layout_input(const std::string& text);

}  // namespace nk
