#pragma once
#include <memory>
#include <set>
#include <string>

#include "load/load_cache.h"

namespace nk {

struct BuildCommandOptions {
  std::string data_dir = "data";
  std::string content_dir = "content";
  bool content_given = false;
  std::string theme_dir = "themes/default";
  std::string default_theme_dir;  // the built-in theme that --theme overrides
  std::string out_dir = "site";
  std::string profile = "professionals";
  std::string today;  // --vandaag
  unsigned threads = 0;
  std::string cache_dir;  // --cache; empty: .netwerkkaart-cache beside out_dir
};

// Runs `netwerkkaart build`; returns the exit code (0 ok, 1 data errors, 3 I/O).
int run_build(const BuildCommandOptions& options);

// A build split in its two halves, for serve: prepare (load, check, theme, publish) once,
// then render some pages in place at once and the complete site after them.
struct PreparedBuild;
struct PreparedBuildDeleter {
  void operator()(PreparedBuild*) const;
};
using PreparedBuildPtr = std::unique_ptr<PreparedBuild, PreparedBuildDeleter>;

// Loads (through `cache`: only what changed), checks and publishes; reports diagnostics on
// stderr. Nothing, with `exit_code` set, when there is nothing to render.
PreparedBuildPtr prepare_build(const BuildCommandOptions& options, LoadCache* cache, int& exit_code);

// Renders the complete site into a staging folder and swaps it in; unchanged files are
// linked from the old site. Returns the exit code.
int write_complete_site(const BuildCommandOptions& options, const PreparedBuild& build);

// Renders only `pages` (site-root-relative paths) with the outputs that can render
// selectively, and replaces each one whose bytes changed in the live site, atomically.
// Returns the paths it rendered (a page that no longer exists is not among them).
std::set<std::string> render_pages_in_place(const BuildCommandOptions& options, const PreparedBuild& build,
                                            const std::set<std::string>& pages);

}  // namespace nk
