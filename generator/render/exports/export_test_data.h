#pragma once
// Test helpers for the export tests (included by *_test.cpp only): the example data set
// of the repository, loaded once, and the exports of a published network as files.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "load/load_network.h"
#include "publish/publish.h"
#include "render/exports/exports.h"
#include "render/theme.h"

namespace nk::export_test {

inline constexpr Date today{2026, 11, 22};

// data/ and content/ of the repository: the Zuid-Limburg example, with xonar's secret
// address "Verborgenhof 7", "6221 ZZ".
inline const Network& example_network() {
  static const Network network = [] {
    LoadOptions options;
    options.data_dir = std::string(NK_SOURCE_DIR) + "/data";
    options.content_dir = std::string(NK_SOURCE_DIR) + "/content";
    options.threads = 2;
    LoadResult loaded = load_network(options);
    EXPECT_FALSE(loaded.fatal) << *loaded.fatal;
    EXPECT_EQ(loaded.diagnostics.errors(), 0u);
    return std::move(loaded.network);
  }();
  return network;
}

inline BuildSettings settings_for(Profile profile, unsigned threads = 1) {
  BuildSettings settings;
  settings.profile = profile;
  settings.today = today;
  settings.threads = threads;
  return settings;
}

// Path -> bytes of everything render_exports writes for `published`.
inline std::map<std::string, std::string> render_all_exports(const Network& published, Profile profile,
                                                             unsigned threads = 1) {
  BuildSettings settings = settings_for(profile, threads);
  Theme theme;  // the exports use no template
  RenderContext context{published, settings, theme, Sections{}};
  OutputSink sink;
  render_exports(context, sink);
  std::map<std::string, std::string> files;
  for (auto& f : sink.take_sorted()) {
    EXPECT_FALSE(files.contains(f.path)) << "twice: " << f.path;
    files[f.path] = std::move(f.bytes);
  }
  return files;
}

}  // namespace nk::export_test
