// The acceptance point "a typo in any key or reference yields one diagnostic at the right
// line and column with the right suggestion", tested on the whole example region rather
// than on chosen samples: every key of every file is misspelt in turn, and every kind of
// reference and choice value too.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "check/check_network.h"
#include "load/load_file.h"
#include "load/load_network.h"
#include "text/utf8.h"

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = NK_SOURCE_DIR;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

// Drops the middle letter: "telefoon" -> "telfoon". Always one edit away.
std::string misspell(const std::string& word) {
  std::string typo = word;
  typo.erase(word.size() / 2, 1);
  return typo;
}

struct KeyLine {
  std::size_t line;    // 0-based
  std::size_t column;  // 0-based byte column of the key
  std::string key;
};

// Lines holding a `key:` outside block scalars (whose lines are Markdown, not keys).
std::vector<KeyLine> key_lines(const std::vector<std::string>& lines) {
  static const std::regex key_re(R"(^(\s*)(- )?([a-z_]+):( |$))");
  std::vector<KeyLine> out;
  std::optional<std::size_t> block_indent;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    std::size_t indent = line.find_first_not_of(' ');
    if (block_indent) {
      if (indent == std::string::npos || indent > *block_indent) continue;
      block_indent.reset();
    }
    std::smatch m;
    if (!std::regex_search(line, m, key_re)) continue;
    out.push_back({i, static_cast<std::size_t>(m[1].length() + m[2].length()), m[3].str()});
    if (line.size() >= 2 && (line.back() == '|' || line.back() == '>' || line.ends_with("|-") || line.ends_with(">-")))
      block_indent = static_cast<std::size_t>(m[1].length());
  }
  return out;
}

nk::InputKind kind_of(const fs::path& relative) {
  std::string folder = relative.parent_path().filename().string();
  std::string name = relative.filename().string();
  if (folder == "organisaties") return nk::InputKind::organisation;
  if (folder == "overleggen") return nk::InputKind::meeting;
  if (folder == "trainingen") return nk::InputKind::training;
  if (folder == "agenda") return nk::InputKind::agenda_item;
  if (folder == "routes") return nk::InputKind::route;
  if (name == "site.yaml") return nk::InputKind::site;
  if (name == "gemeenten.yaml") return nk::InputKind::municipalities;
  if (name == "soorten.yaml") return nk::InputKind::organisation_kinds;
  if (name == "specialismen.yaml") return nk::InputKind::specialisms;
  if (name == "begrippen.yaml") return nk::InputKind::terms;
  return nk::InputKind::content_page;
}

std::vector<fs::path> example_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(source_dir / "data"))
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(fs::relative(e.path(), source_dir));
  std::sort(files.begin(), files.end());
  return files;
}

TEST(TypoProperty, EveryMisspeltKeyGivesOneDiagnosticWithTheKeyAsSuggestion) {
  std::size_t tried = 0;
  for (const auto& relative : example_files()) {
    auto lines = split_lines(read(source_dir / relative));
    for (const auto& k : key_lines(lines)) {
      if (k.key.size() < 4) continue;  // too short for a typo to be recognisable
      auto changed = lines;
      changed[k.line].replace(k.column, k.key.size(), misspell(k.key));
      nk::InputFile input{relative.string(), relative.stem().string(), kind_of(relative)};
      auto result = nk::decode_file_text(input, 0, join_lines(changed));
      ++tried;
      const auto& items = result.diagnostics.items();
      std::string where = relative.string() + ":" + std::to_string(k.line + 1) + " key '" + k.key + "'";
      ASSERT_EQ(items.size(), 1u) << where << ": " << (items.empty() ? "none" : items[0].message + " / " + (items.size() > 1 ? items[1].message : ""));
      EXPECT_EQ(items[0].code, nk::Code::unknown_key) << where;
      EXPECT_EQ(items[0].line, k.line + 1) << where;
      EXPECT_EQ(items[0].column, k.column + 1) << where;
      EXPECT_EQ(items[0].suggestion, "bedoelde je '" + k.key + "'?") << where;
    }
  }
  EXPECT_GT(tried, 1000u);  // the example has well over a thousand keys of four letters or more
}

class ExampleCopy {
 public:
  ExampleCopy() : root_(fs::temp_directory_path() / ("nk-typo-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::copy(source_dir / "data", root_ / "data", fs::copy_options::recursive);
    fs::copy(source_dir / "content", root_ / "content", fs::copy_options::recursive);
  }
  ~ExampleCopy() { fs::remove_all(root_); }
  const fs::path& root() const { return root_; }

  std::vector<nk::Diagnostic> errors() const {
    nk::LoadOptions options;
    options.data_dir = (root_ / "data").string();
    options.content_dir = (root_ / "content").string();
    options.threads = 2;
    auto loaded = nk::load_network(options);
    loaded.diagnostics.append(nk::check_network(loaded.network, nk::CheckOptions{nk::Date{2026, 11, 22}}));
    loaded.diagnostics.sort();
    std::vector<nk::Diagnostic> out;
    for (const auto& d : loaded.diagnostics.items())
      if (d.severity == nk::Severity::error) out.push_back(d);
    return out;
  }

 private:
  fs::path root_;
};

TEST(TypoProperty, EveryMisspeltReferenceOrChoiceGivesOneDiagnosticWithTheValueAsSuggestion) {
  // Keys whose values are ids of other entities or words from a fixed list.
  static const std::regex value_re(
      R"(^(\s*(?:- )?(soort|ring|werkgebied|specialismen|organisatie|door|overleg|voorzitter|deelnemers|)"
      R"(escaleert_naar|aanbieder|trekker|zie_ook|wie|stap|valt_onder|veilig_thuis|contact|route|rollen|)"
      R"(doelgroep|zwaarte|niveau|status|publicatie|basiskennis|weekdag): \[?)([a-z][a-z0-9-]{4,})(?=[,\]]|\s*$))");
  ExampleCopy copy;
  ASSERT_TRUE(copy.errors().empty()) << "the example must check without errors";
  std::map<std::string, int> tried_per_key;
  for (const auto& relative : example_files()) {
    fs::path file = copy.root() / relative;
    std::string original = read(file);
    auto lines = split_lines(original);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::smatch m;
      if (!std::regex_search(lines[i], m, value_re)) continue;
      std::string key = m[2].str(), value = m[3].str();
      if (value == "regio" || value == "false") continue;  // not a reference
      if (tried_per_key[key] >= 4) continue;                // four of each kind keep it quick
      ++tried_per_key[key];
      auto changed = lines;
      std::size_t column = static_cast<std::size_t>(m[1].length());
      changed[i].replace(column, value.size(), misspell(value));
      std::ofstream(file, std::ios::binary) << join_lines(changed);
      auto errors = copy.errors();
      std::ofstream(file, std::ios::binary) << original;

      std::string where = relative.string() + ":" + std::to_string(i + 1) + " " + key + ": " + value;
      ASSERT_EQ(errors.size(), 1u) << where << ": " << (errors.empty() ? "none" : errors[0].message + " / " + (errors.size() > 1 ? errors[1].message : ""));
      EXPECT_EQ(errors[0].line, i + 1) << where;
      EXPECT_EQ(errors[0].column, nk::count_code_points(lines[i].substr(0, column)) + 1) << where;
      EXPECT_EQ(errors[0].suggestion, "bedoelde je '" + value + "'?") << where << ": " << errors[0].message;
    }
  }
  EXPECT_GE(tried_per_key.size(), 20u) << "most kinds of reference and choice are exercised";
}

}  // namespace
