#include "cli/build_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/load_and_check.h"
#include "cli/progress.h"
#include "cli/step_timer.h"
#include "diagnostics/format.h"
#include "publish/publish.h"
#include "render/outputs.h"
#include "render/pages/page_index.h"
#include "render/theme.h"
#include "write/replace_file.h"
#include "write/site_writer.h"

namespace nk {

struct PreparedBuild {
  CheckedInput input;
  std::optional<Theme> theme;
  BuildSettings settings;
  std::optional<Network> published;
};

void PreparedBuildDeleter::operator()(PreparedBuild* build) const { delete build; }

namespace {

std::string default_cache_dir(const std::string& out_dir) {
  std::filesystem::path out = std::filesystem::path(out_dir).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();  // "site/"
  return (out.has_parent_path() ? out.parent_path() / ".netwerkkaart-cache" : std::filesystem::path(".netwerkkaart-cache"))
      .string();
}


}  // namespace

PreparedBuildPtr prepare_build(const BuildCommandOptions& options, LoadCache* cache, int& exit_code) {
  StepTimer timer;
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const Profile profile = options.profile == "openbaar" ? Profile::open : Profile::professionals;
  std::optional<Network> published;
  InputOptions input_options{options.data_dir, options.content_dir, options.content_given, options.today, threads, cache};
  // Publishing reads the network as check does: on two cores they run side by side.
  input_options.beside_check = [&](const Network& network, const Date& today) {
    published.emplace(publish(network, profile, today));
  };
  auto input = load_and_check(input_options, exit_code);
  timer.step("lezen, controleren en publiceren");
  if (!input) return nullptr;
  const DiagnosticList& diagnostics = input->diagnostics;
  if (!diagnostics.empty()) {
    bool colour = isatty(STDERR_FILENO) && !std::getenv("NO_COLOR");
    std::cerr << format_text(diagnostics, colour);
  }
  if (diagnostics.errors() > 0) {
    std::cerr << "netwerkkaart build: " << summary_line(diagnostics)
              << "; de site is niet gebouwd (de vorige blijft staan)\n";
    exit_code = 1;
    return nullptr;
  }

  std::vector<std::string> required;
  for (const auto& module : output_modules())
    for (auto& name : module.templates()) required.push_back(std::move(name));
  std::string default_theme = options.default_theme_dir.empty() ? options.theme_dir : options.default_theme_dir;
  std::string error;
  auto theme = Theme::load(default_theme, options.theme_dir, required, error);
  if (!theme) {
    std::cerr << "netwerkkaart: " << error << "\n";
    exit_code = 3;
    return nullptr;
  }
  timer.step("thema");

  PreparedBuildPtr build(new PreparedBuild{std::move(*input), std::move(theme), {}, std::move(published)});
  BuildSettings& settings = build->settings;
  settings.profile = profile;
  settings.today = build->input.today;
  settings.threads = threads;
  settings.cache_dir = options.cache_dir.empty() ? default_cache_dir(options.out_dir) : options.cache_dir;
  exit_code = 0;
  return build;
}

int write_complete_site(const BuildCommandOptions& options, const PreparedBuild& build) {
  const DiagnosticList& diagnostics = build.input.diagnostics;
  const BuildSettings& settings = build.settings;
  RenderContext context{*build.published, settings, *build.theme, available_sections()};
  const PageIndex index(*build.published);
  context.page_index = &index;
  auto embeds = prepare_embeds(context);  // the maps, before the pages that show them
  context.embeds = embeds.get();
  SiteWriter writer(options.out_dir);
  OutputSink sink(writer.staging(), writer.current());
  // NETWERKKAART_TIJDEN=1: the time each output takes, for scripts/bench.
  const bool timings = std::getenv("NETWERKKAART_TIJDEN") != nullptr;
  {
    ProgressLine progress(sink, progress_wanted() && !timings);
    const auto& modules = output_modules();
    auto run = [&](const OutputModule& module) {
      auto start = std::chrono::steady_clock::now();
      std::clock_t cpu = std::clock();  // processor time too: wall time means little on a busy machine
      module.render(context, sink);
      if (timings)
        std::cerr << "netwerkkaart build: uitvoer '" << module.name << "' "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s, processor "
                  << static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC << " s\n";
    };
    if (timings || settings.threads < 2 || modules.size() < 2) {
      // Measured one after another, so each output's processor time is its own.
      for (const auto& module : modules) run(module);
    } else {
      // The first output (the pages, most of the work, on all threads) runs beside the others
      // one after another: those are partly single-threaded, and would leave a core idle.
      // Outputs write different files through a thread-safe sink; the bytes do not depend on it.
      std::thread others([&] {
        for (std::size_t i = 1; i < modules.size(); ++i) run(modules[i]);
      });
      run(modules.front());
      others.join();
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

std::set<std::string> render_pages_in_place(const BuildCommandOptions& options, const PreparedBuild& build,
                                            const std::set<std::string>& pages) {
  StepTimer timer;
  OutputSelection selection(pages);
  RenderContext context{*build.published, build.settings, *build.theme, available_sections()};
  context.selection = &selection;
  const PageIndex index(*build.published);
  context.page_index = &index;
  auto embeds = prepare_embeds(context);  // only the maps of these pages
  context.embeds = embeds.get();
  timer.step("kaarten van de open pagina's");
  OutputSink sink;  // in memory: a handful of pages
  for (const auto& module : output_modules())
    if (module.selective) module.render(context, sink);
  timer.step("open pagina's");
  std::set<std::string> rendered;
  for (auto& file : sink.take_sorted()) {
    if (auto failure = replace_file((std::filesystem::path(options.out_dir) / file.path).string(), file.bytes)) {
      std::cerr << "netwerkkaart: " << *failure << "\n";
      continue;  // the complete build that follows writes it, or reports the same
    }
    rendered.insert(file.path);
  }
  return rendered;
}

int run_build(const BuildCommandOptions& options) {
  int exit_code = 0;
  auto build = prepare_build(options, nullptr, exit_code);
  if (!build) return exit_code;
  return write_complete_site(options, *build);
}

}  // namespace nk
