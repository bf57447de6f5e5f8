#pragma once
#include <string>

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

}  // namespace nk
