#include "cli/build_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/load_and_check.h"
#include "cli/progress.h"
#include "diagnostics/format.h"
#include "publish/publish.h"
#include "render/outputs.h"
#include "render/theme.h"
#include "write/site_writer.h"

namespace nk {

int run_build(const BuildCommandOptions& options) {
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  int exit_code = 0;
  auto input = load_and_check({options.data_dir, options.content_dir, options.content_given, options.today, threads},
                              exit_code);
  if (!input) return exit_code;
  const DiagnosticList& diagnostics = input->diagnostics;
  const Date today = input->today;
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
  std::string error;
  auto theme = Theme::load(default_theme, options.theme_dir, required, error);
  if (!theme) {
    std::cerr << "netwerkkaart: " << error << "\n";
    return 3;
  }

  BuildSettings settings;
  settings.profile = options.profile == "openbaar" ? Profile::open : Profile::professionals;
  settings.today = today;
  settings.threads = threads;
  settings.cache_dir = options.cache_dir;
  if (settings.cache_dir.empty()) {
    std::filesystem::path out = std::filesystem::path(options.out_dir).lexically_normal();
    if (!out.has_filename()) out = out.parent_path();  // "site/"
    settings.cache_dir = (out.has_parent_path() ? out.parent_path() / ".netwerkkaart-cache" : std::filesystem::path(".netwerkkaart-cache")).string();
  }
  Network published = publish(input->network, settings.profile, today);
  RenderContext context{published, settings, *theme, available_sections()};
  auto embeds = prepare_embeds(context);  // the maps, before the pages that show them
  context.embeds = embeds.get();
  SiteWriter writer(options.out_dir);
  OutputSink sink(writer.staging(), writer.current());
  // NETWERKKAART_TIJDEN=1: the time each output takes, for scripts/bench.
  const bool timings = std::getenv("NETWERKKAART_TIJDEN") != nullptr;
  {
    ProgressLine progress(sink, progress_wanted() && !timings);
    for (const auto& module : output_modules()) {
      auto start = std::chrono::steady_clock::now();
      std::clock_t cpu = std::clock();  // processor time too: wall time means little on a busy machine
      module.render(context, sink);
      if (timings)
        std::cerr << "netwerkkaart build: uitvoer '" << module.name << "' "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s, processor "
                  << static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC << " s\n";
    }
  }
  if (auto failure = sink.error()) {
    std::cerr << "netwerkkaart: " << *failure << "\n";
    return 3;  // the writer removes the staging folder; the previous site stays
  }
  if (auto failure = writer.commit()) {
    std::cerr << "netwerkkaart: " << *failure << "\n";
    return 3;
  }
  const std::size_t unchanged = sink.reused();
  std::cerr << "netwerkkaart build: " << sink.count() << " bestanden in " << options.out_dir
            << (unchanged ? ", " + std::to_string(sink.count() - unchanged) + " nieuw of gewijzigd" : std::string())
            << " (profiel " << profile_name(settings.profile) << ")"
            << (diagnostics.warnings() ? "; " + summary_line(diagnostics) : std::string()) << "\n";
  return 0;
}

}  // namespace nk
