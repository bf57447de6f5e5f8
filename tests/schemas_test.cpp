// The JSON Schemas in schemas/ (written by scripts/schemas) allow exactly the keys the
// decoders allow: the decoders are the single source of truth (field_reader.h), and this
// test records the keys they ask for while loading the example and the minimal fixture,
// then compares them with the schemas' properties, record by record.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>

#include "load/field_reader.h"
#include "load/load_network.h"

namespace fs = std::filesystem;

namespace {

std::mutex observed_mutex;
std::map<std::string, std::set<std::string>> observed;  // record name -> allowed keys

void record_keys(std::string_view what, const std::vector<std::string_view>& keys) {
  std::lock_guard lock(observed_mutex);
  auto& set = observed[std::string(what)];
  for (auto key : keys) set.insert(std::string(key));
}

// Record names of the decoders for the schemas' roots and $defs where they differ.
std::string record_name(const std::string& schema, const std::string& def) {
  if (def.empty()) {
    static const std::map<std::string, std::string> roots = {
        {"site", "site.yaml"}, {"organisatie", "organisatie"}, {"overleg", "overleg"}, {"training", "training"},
        {"agenda", "agenda-item"}, {"route", "route"}};
    auto it = roots.find(schema);
    return it == roots.end() ? std::string() : it->second;  // catalogues: a list, no keys of its own
  }
  if (def == "volgende") return "volgende stap";
  return def;
}

TEST(Schemas, AllowExactlyTheKeysOfTheDecoders) {
  const fs::path src = NK_SOURCE_DIR;
  nk::observe_allowed_keys(record_keys);
  for (const fs::path& root : {src, src / "tests/fixtures/minimal"}) {
    nk::LoadOptions options;
    options.data_dir = (root / "data").string();
    options.content_dir = (root / "content").string();
    options.threads = 1;
    auto loaded = nk::load_network(options);
    ASSERT_FALSE(loaded.fatal);
  }
  nk::observe_allowed_keys(nullptr);
  observed.erase("pagina");  // content front matter: Markdown pages have no schema

  std::map<std::string, std::set<std::string>> in_schemas;
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(src / "schemas")) {
    std::string file = entry.path().filename().string();
    if (!file.ends_with(".schema.json")) continue;
    ++files;
    std::string name = file.substr(0, file.size() - std::string(".schema.json").size());
    std::ifstream in(entry.path());
    auto schema = nlohmann::json::parse(in);
    EXPECT_EQ(schema.value("$schema", ""), "https://json-schema.org/draft/2020-12/schema") << file;
    auto add = [&](const std::string& what, const nlohmann::json& object) {
      if (what.empty() || !object.contains("properties")) return;
      EXPECT_EQ(object.value("additionalProperties", true), false) << file << " " << what << ": unknown keys must be errors";
      for (const auto& [key, value] : object["properties"].items()) {
        in_schemas[what].insert(key);
        EXPECT_TRUE(value.contains("description") || value.contains("$ref")) << file << " " << what << "." << key;
      }
    };
    add(record_name(name, ""), schema);
    if (schema.contains("$defs"))
      for (const auto& [def, object] : schema["$defs"].items()) add(record_name(name, def), object);
  }
  EXPECT_EQ(files, 10u);
  // Every record the decoders read has the same keys in the schemas, and the other way round.
  for (const auto& [what, keys] : observed) EXPECT_EQ(in_schemas[what], keys) << "record '" << what << "'";
  for (const auto& [what, keys] : in_schemas)
    EXPECT_TRUE(observed.count(what)) << "schema record '" << what << "' was never decoded: the example data "
                                      << "should use it, so the test can compare it";
}

}  // namespace
