#pragma once
// Lays out many maps: from the layout cache where it can, the rest in worker processes.
// libgvc keeps global state and is not thread-safe, so parallel layout forks this process
// once per worker (the model is shared copy-on-write); each worker lays out its share and
// sends the results back over a pipe in the cache format. The parent writes the cache.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "render/maps/layout.h"

namespace nk {

struct LayoutStats {
  std::size_t maps = 0, from_cache = 0, laid_out = 0, failed = 0;
  unsigned workers = 0;
};

// Layouts of `graphs`, by index; nullopt where Graphviz failed. `cache_dir` empty: no cache.
// Cache files are <cache_dir>/<key[0..2]>/<key>.layout; a file that does not parse is
// laid out again, so a damaged or deleted cache only costs time.
std::vector<std::optional<MapLayout>> layout_all(const std::vector<const MapGraph*>& graphs, unsigned workers,
                                                 const std::string& cache_dir, LayoutStats& stats);

}  // namespace nk
