#include "cli/check_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "check/check_network.h"
#include "cli/today.h"
#include "diagnostics/format.h"
#include "load/load_network.h"

namespace nk {

int run_check(const CheckCommandOptions& options) {
  std::string error;
  auto today = resolve_today(options.today, error);
  if (!today) {
    std::cerr << "netwerkkaart: " << error << "\n";
    return 2;
  }
  LoadOptions load;
  load.data_dir = options.data_dir;
  load.content_dir = options.content_dir;
  load.content_required = options.content_given;
  load.threads = options.threads;
  LoadResult loaded = load_network(load);
  if (loaded.fatal) {
    std::cerr << "netwerkkaart: " << *loaded.fatal << "\n";
    return 3;
  }
  DiagnosticList diagnostics = std::move(loaded.diagnostics);
  diagnostics.append(check_network(loaded.network, CheckOptions{*today}));
  diagnostics.sort();

  if (options.format == "json") {
    std::cout << format_json(diagnostics);
  } else if (options.format == "github") {
    std::cout << format_github(diagnostics);
    std::cerr << "netwerkkaart check: " << summary_line(diagnostics) << "\n";
  } else {
    bool colour = isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    std::cout << format_text(diagnostics, colour) << "netwerkkaart check: " << summary_line(diagnostics) << "\n";
  }
  std::cout.flush();
  if (diagnostics.errors() > 0) return 1;
  if (options.strict && diagnostics.warnings() > 0) return 1;
  return 0;
}

}  // namespace nk
