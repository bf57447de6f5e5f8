#pragma once
#include <optional>
#include <string>

#include "diagnostics/diagnostic.h"
#include "load/load_cache.h"
#include "model/network.h"

namespace nk {

struct LoadOptions {
  std::string data_dir = "data";
  std::string content_dir = "content";
  bool content_required = false;  // true when --content was given explicitly
  unsigned threads = 0;           // 0: one per core
  std::size_t max_files = 100000; // more is reported (NK018) and not read
  LoadCache* cache = nullptr;      // serve: files unchanged since the last build are not read again
};

struct LoadResult {
  Network network;
  DiagnosticList diagnostics;
  std::optional<std::string> fatal;  // an I/O problem that stops everything (exit 3)
};

// Reads every input file (in parallel; each YAML tree is dropped as soon as its file is
// decoded) and assembles the network. Never throws for bad data: problems are diagnostics.
LoadResult load_network(const LoadOptions& options);

}  // namespace nk
