#include "cli/check_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/load_and_check.h"
#include "diagnostics/format.h"

namespace nk {

int run_check(const CheckCommandOptions& options) {
  int exit_code = 0;
  auto input = load_and_check({options.data_dir, options.content_dir, options.content_given, options.today,
                               options.threads},
                              exit_code);
  if (!input) return exit_code;
  const DiagnosticList& diagnostics = input->diagnostics;

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
