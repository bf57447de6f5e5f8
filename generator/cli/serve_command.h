#pragma once
#include <string>

#include "cli/build_command.h"

namespace nk {

struct ServeCommandOptions {
  BuildCommandOptions build;
  std::string bind = "127.0.0.1";
  int port = 8080;
};

// Runs `netwerkkaart serve`: builds, serves the site, rebuilds when data, content or
// theme change, and reloads open pages. Returns the exit code when stopped (Ctrl-C).
int run_serve(const ServeCommandOptions& options);

}  // namespace nk
