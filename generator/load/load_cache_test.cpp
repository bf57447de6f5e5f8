#include "load/load_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/load_network.h"

namespace nk {
namespace {

namespace fs = std::filesystem;

class LoadCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("nk-load-cache-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(fs::path(NK_SOURCE_DIR) / "data", dir_ / "data", fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  LoadResult load(LoadCache* cache) {
    LoadOptions options;
    options.data_dir = (dir_ / "data").string();
    options.content_dir = (dir_ / "geen-content").string();
    options.threads = 2;
    options.cache = cache;
    return load_network(options);
  }
  static std::string names(const LoadResult& r) {
    std::ostringstream out;
    // With the file each name was read from: positions refer to places in the input list.
    for (const auto& org : r.network.organisations)
      out << org.id.value << '=' << org.name.value << " @ " << r.network.file_of(org.name.at) << ':' << org.name.at.line
          << '\n';
    for (const auto& d : r.diagnostics.items()) out << d.file << ':' << d.line << ':' << d.column << ' ' << d.message << '\n';
    return out.str();
  }
  std::string first_organisation_file() const {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir_ / "data" / "organisaties")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files.front().string();
  }

  fs::path dir_;
};

TEST_F(LoadCacheTest, AnUnchangedTreeIsNotReadAgainAndGivesTheSameNetwork) {
  LoadCache cache;
  LoadResult fresh = load(nullptr);
  LoadResult first = load(&cache);
  EXPECT_EQ(cache.hits(), 0u);
  LoadResult second = load(&cache);
  EXPECT_EQ(cache.hits(), second.network.source_files.size());
  EXPECT_EQ(names(first), names(fresh));
  EXPECT_EQ(names(second), names(fresh));
}

TEST_F(LoadCacheTest, AChangedFileIsReadAgain) {
  LoadCache cache;
  load(&cache);
  const std::string file = first_organisation_file();
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  auto at = yaml.find("naam: ");
  ASSERT_NE(at, std::string::npos);
  yaml.insert(at + 6, "Nieuw ");
  std::ofstream(file, std::ios::trunc) << yaml;

  const std::size_t before = cache.hits();
  LoadResult after = load(&cache);
  EXPECT_EQ(cache.hits() - before, after.network.source_files.size() - 1);  // all but the changed one
  EXPECT_EQ(names(after), names(load(nullptr)));
  EXPECT_NE(names(after).find("=Nieuw "), std::string::npos);
}

TEST_F(LoadCacheTest, AnAddedFileShiftingPlacesIsReadCorrectly) {
  LoadCache cache;
  load(&cache);
  // "aaa-..." sorts first: every later file gets another place in the input list, and
  // positions refer to places, so those are read again rather than taken from the cache.
  fs::copy_file(first_organisation_file(), dir_ / "data" / "organisaties" / "aaa-kopie.yaml");
  LoadResult after = load(&cache);
  EXPECT_EQ(names(after), names(load(nullptr)));
}

}  // namespace
}  // namespace nk
