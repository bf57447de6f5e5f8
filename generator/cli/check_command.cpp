#include "cli/check_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "check/stale.h"
#include "cli/load_and_check.h"
#include "diagnostics/format.h"

namespace nk {

int run_check(const CheckCommandOptions& options) {
  if (options.stale ? (options.format != "tekst" && options.format != "csv") : options.format == "csv") {
    std::cerr << "netwerkkaart: --format csv hoort bij --verouderd, en --verouderd kent alleen tekst en csv\n"
              << "Zie 'netwerkkaart check --help'.\n";
    return 2;
  }
  int exit_code = 0;
  auto input = load_and_check({options.data_dir, options.content_dir, options.content_given, options.today,
                               options.threads},
                              exit_code);
  if (!input) return exit_code;
  const DiagnosticList& diagnostics = input->diagnostics;

  if (options.stale) {
    // The functionaris' reminder list; problems in the data go to stderr so the list stays clean.
    auto entries = stale_entries(input->network, input->today);
    std::cout << (options.format == "csv" ? format_stale_csv(entries)
                                          : format_stale_text(entries, input->network, input->today));
    std::cout.flush();
    if (diagnostics.errors() > 0) {
      std::cerr << "netwerkkaart check: " << summary_line(diagnostics)
                << "; de lijst kan onvolledig zijn, zie 'netwerkkaart check'\n";
      return 1;
    }
    return 0;
  }

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
