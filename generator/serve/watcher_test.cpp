#include "serve/watcher.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace nk {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

TEST(DirectoryWatcher, SeesWritesAlsoInNewSubfolders) {
  fs::path root = fs::temp_directory_path() / ("nk-watch-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "organisaties");
  DirectoryWatcher watcher({root.string()});
  ASSERT_TRUE(watcher.ok());
  EXPECT_FALSE(watcher.wait_for_change(10ms, 50ms));  // nothing happened

  std::ofstream(root / "organisaties" / "ggd.yaml") << "naam: GGD\n";
  EXPECT_TRUE(watcher.wait_for_change(30ms, 2000ms));
  EXPECT_FALSE(watcher.wait_for_change(10ms, 50ms));  // settled: one change, reported once

  fs::create_directories(root / "trainingen");
  EXPECT_TRUE(watcher.wait_for_change(30ms, 2000ms));
  std::ofstream(root / "trainingen" / "meldcode.yaml") << "naam: Meldcode\n";
  EXPECT_TRUE(watcher.wait_for_change(30ms, 2000ms));

  // An editor's swap file is not a change of the data.
  std::ofstream(root / "organisaties" / ".ggd.yaml.swp") << "x";
  EXPECT_FALSE(watcher.wait_for_change(10ms, 100ms));
  fs::remove_all(root);
}

}  // namespace
}  // namespace nk
