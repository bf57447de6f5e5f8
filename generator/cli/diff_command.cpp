#include "cli/diff_command.h"

#include <filesystem>
#include <iostream>

#include "cli/load_and_check.h"
#include "diff/data_diff.h"

namespace nk {

int run_diff(const DiffCommandOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(options.old_data_dir, ec)) {
    std::cerr << "netwerkkaart: de oude gegevensmap '" << options.old_data_dir << "' bestaat niet\n";
    return 3;
  }
  int exit_code = 0;
  // Both sides against the same content and the same "today", so only the data differs.
  auto before = load_and_check({options.old_data_dir, options.content_dir, options.content_given, options.today, 0},
                               exit_code);
  if (!before) return exit_code;
  auto after = load_and_check({options.data_dir, options.content_dir, options.content_given, options.today, 0},
                              exit_code);
  if (!after) return exit_code;
  DataDiff diff = diff_data(options.old_data_dir, options.data_dir, before->diagnostics, after->diagnostics);
  std::cout << format_diff_markdown(diff);
  return 0;
}

}  // namespace nk
