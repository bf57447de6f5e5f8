#pragma once
// What every command that reads the data does first: fix "today", load, check.
#include <functional>
#include <optional>
#include <string>

#include "diagnostics/diagnostic.h"
#include "load/load_cache.h"
#include "model/network.h"

namespace nk {

struct InputOptions {
  std::string data_dir;
  std::string content_dir;
  bool content_given = false;  // --content given: a missing folder is an I/O error
  std::string today;           // --vandaag
  unsigned threads = 0;
  LoadCache* cache = nullptr;  // serve keeps decoded files between builds
  // Work that only reads the loaded network, run beside the check (which then gets a thread
  // of its own; the build publishes meanwhile); it runs whatever the check finds.
  std::function<void(const Network&, const Date& today)> beside_check;
};

struct CheckedInput {
  Network network;
  DiagnosticList diagnostics;  // sorted
  Date today;
};

// Loads and checks the input. On a usage or I/O problem it says so on stderr, sets
// `exit_code` (2 or 3, as site.md) and returns nothing; problems in the data are
// diagnostics in the result.
std::optional<CheckedInput> load_and_check(const InputOptions& options, int& exit_code);

}  // namespace nk
