#include "cli/build_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "check/check_network.h"
#include "cli/today.h"
#include "diagnostics/format.h"
#include "load/load_network.h"
#include "publish/publish.h"
#include "render/outputs.h"
#include "render/theme.h"
#include "write/site_writer.h"

namespace nk {

int run_build(const BuildCommandOptions& options) {
  std::string error;
  auto today = resolve_today(options.today, error);
  if (!today) {
    std::cerr << "netwerkkaart: " << error << "\n";
    return 2;
  }
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  LoadOptions load;
  load.data_dir = options.data_dir;
  load.content_dir = options.content_dir;
  load.content_required = options.content_given;
  load.threads = threads;
  LoadResult loaded = load_network(load);
  if (loaded.fatal) {
    std::cerr << "netwerkkaart: " << *loaded.fatal << "\n";
    return 3;
  }
  DiagnosticList diagnostics = std::move(loaded.diagnostics);
  diagnostics.append(check_network(loaded.network, CheckOptions{*today}));
  diagnostics.sort();
  if (!diagnostics.empty()) {
    bool colour = isatty(STDERR_FILENO) && !std::getenv("NO_COLOR");
    std::cerr << format_text(diagnostics, colour);
  }
  if (diagnostics.errors() > 0) {
    std::cerr << "netwerkkaart build: " << summary_line(diagnostics)
              << "; de site is niet gebouwd (de vorige blijft staan)\n";
    return 1;
  }

  std::vector<std::string> required;
  for (const auto& module : output_modules())
    for (auto& name : module.templates()) required.push_back(std::move(name));
  std::string default_theme = options.default_theme_dir.empty() ? options.theme_dir : options.default_theme_dir;
  auto theme = Theme::load(default_theme, options.theme_dir, required, error);
  if (!theme) {
    std::cerr << "netwerkkaart: " << error << "\n";
    return 3;
  }

  BuildSettings settings;
  settings.profile = options.profile == "openbaar" ? Profile::open : Profile::professionals;
  settings.today = *today;
  settings.threads = threads;
  Network published = publish(loaded.network, settings.profile, *today);
  RenderContext context{published, settings, *theme, available_sections()};
  SiteWriter writer(options.out_dir);
  OutputSink sink(writer.staging());
  for (const auto& module : output_modules()) module.render(context, sink);
  if (auto failure = sink.error()) {
    std::cerr << "netwerkkaart: " << *failure << "\n";
    return 3;  // the writer removes the staging folder; the previous site stays
  }
  if (auto failure = writer.commit()) {
    std::cerr << "netwerkkaart: " << *failure << "\n";
    return 3;
  }
  std::cerr << "netwerkkaart build: " << sink.count() << " bestanden geschreven naar " << options.out_dir
            << " (profiel " << profile_name(settings.profile) << ")"
            << (diagnostics.warnings() ? "; " + summary_line(diagnostics) : std::string()) << "\n";
  return 0;
}

}  // namespace nk
