// Runs every tests/cases/*.case: a change to the minimal valid data set in
// tests/fixtures/minimal and the exact diagnostics `check` must give for it.
//
// Case file format:
//   # what the case shows (free text, lines starting with '#')
//   --- data/organisaties/x.yaml      file written (replaced) with the lines that follow
//   --- verwijder data/agenda/y.yaml  file removed
//   --- vandaag 2026-11-22            "today" (this date is the default)
//   --- link data/x.yaml doel         a symbolic link
//   --- fifo data/organisaties/y.yaml a named pipe (a file that cannot be read as one)
//   --- maxbestanden 5                a lower file-count limit than the real 100,000
//   --- verwacht                      the expected diagnostics, one per line:
//
// Inside file text, {{herhaal N:TEXT}} stands for TEXT repeated N times and {{byte XX}}
// for the byte with hex value XX, so huge or broken files need no huge or broken case file.
//   path:line:col: ernst CODE: message | suggestion
//
// NK_UPDATE_CASES=1 rewrites the expected block from the actual output, for writing new
// cases; every rewritten expectation must be read and judged before it is committed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include "check/check_network.h"
#include "diagnostics/codes.h"
#include "load/load_network.h"
#include "values/dates.h"

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = NK_SOURCE_DIR;

struct Case {
  std::string name;
  fs::path path;
};

std::vector<Case> all_cases() {
  std::vector<Case> cases;
  for (const auto& entry : fs::directory_iterator(source_dir / "tests/cases"))
    if (entry.path().extension() == ".case") cases.push_back({entry.path().stem().string(), entry.path()});
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return cases;
}

struct ParsedCase {
  std::vector<std::pair<std::string, std::string>> writes;
  std::vector<std::string> removals;
  std::vector<std::pair<std::string, std::string>> links;
  std::vector<std::string> fifos;
  std::size_t max_files = 100000;
  std::string today = "2026-11-22";
  std::string expected;
  std::string header;  // everything up to and including the '--- verwacht' line
};

ParsedCase parse_case(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  ParsedCase parsed;
  enum { head, file, expected } state = head;
  std::string current;
  while (std::getline(in, line)) {
    if (state != expected) parsed.header += line + "\n";
    if (state != expected && line.rfind("--- ", 0) == 0) {
      std::string directive = line.substr(4);
      if (directive == "verwacht") {
        state = expected;
      } else if (directive.rfind("verwijder ", 0) == 0) {
        parsed.removals.push_back(directive.substr(10));
        state = head;
      } else if (directive.rfind("link ", 0) == 0) {
        auto rest = directive.substr(5);
        auto space = rest.find(' ');
        parsed.links.emplace_back(rest.substr(0, space), rest.substr(space + 1));
        state = head;
      } else if (directive.rfind("fifo ", 0) == 0) {
        parsed.fifos.push_back(directive.substr(5));
        state = head;
      } else if (directive.rfind("maxbestanden ", 0) == 0) {
        parsed.max_files = std::stoul(directive.substr(13));
        state = head;
      } else if (directive.rfind("vandaag ", 0) == 0) {
        parsed.today = directive.substr(8);
        state = head;
      } else {
        parsed.writes.emplace_back(directive, "");
        state = file;
      }
      continue;
    }
    if (state == file) parsed.writes.back().second += line + "\n";
    else if (state == expected && !line.empty()) parsed.expected += line + "\n";
  }
  return parsed;
}

// Expands {{herhaal N:TEXT}} and {{byte XX}}.
std::string expand(const std::string& text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    auto open = text.find("{{", i);
    if (open == std::string::npos) break;
    auto close = text.find("}}", open);
    if (close == std::string::npos) break;
    out.append(text, i, open - i);
    std::string inner = text.substr(open + 2, close - open - 2);
    if (inner.rfind("herhaal ", 0) == 0) {
      auto colon = inner.find(':');
      std::size_t count = std::stoul(inner.substr(8, colon - 8));
      std::string unit = inner.substr(colon + 1);
      for (std::size_t k = 0; k < count; ++k) out += unit;
    } else if (inner.rfind("byte ", 0) == 0) {
      out.push_back(static_cast<char>(std::stoi(inner.substr(5), nullptr, 16)));
    } else {
      out += "{{" + inner + "}}";
    }
    i = close + 2;
  }
  out.append(text, i);
  return out;
}

std::string without_root(std::string text, const std::string& root) {
  for (auto p = text.find(root); p != std::string::npos; p = text.find(root, p)) text.erase(p, root.size());
  return text;
}

std::string render(const nk::DiagnosticList& list, const std::string& root) {
  std::string out;
  for (const auto& d : list.items()) {
    // Paths in messages name other files too ("bestaat al (data/x.yaml:3)").
    std::string file = without_root(d.file, root);
    std::string message = without_root(d.message, root);
    std::string suggestion = without_root(d.suggestion, root);
    for (std::size_t p = suggestion.find('\n'); p != std::string::npos; p = suggestion.find('\n'))
      suggestion.replace(p, 1, "\\n");
    out += file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
           (d.severity == nk::Severity::error ? "fout " : "waarschuwing ") + std::string(nk::info(d.code).id) +
           ": " + message + (suggestion.empty() ? "" : " | " + suggestion) + "\n";
  }
  return out;
}

class RuleCase : public ::testing::TestWithParam<Case> {};

TEST_P(RuleCase, GivesExactlyTheExpectedDiagnostics) {
  const Case& c = GetParam();
  ParsedCase parsed = parse_case(c.path);
  fs::path root = fs::temp_directory_path() / ("nk-case-" + c.name + "-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::copy(source_dir / "tests/fixtures/minimal", root, fs::copy_options::recursive);
  for (const auto& removal : parsed.removals) fs::remove_all(root / removal);
  for (const auto& [relative, content] : parsed.writes) {
    fs::create_directories((root / relative).parent_path());
    std::ofstream(root / relative, std::ios::binary) << expand(content);
  }
  for (const auto& [relative, target] : parsed.links) {
    fs::create_directories((root / relative).parent_path());
    fs::create_symlink(target, root / relative);
  }
  for (const auto& relative : parsed.fifos) {
    fs::create_directories((root / relative).parent_path());
    ASSERT_EQ(::mkfifo((root / relative).c_str(), 0600), 0);
  }

  nk::LoadOptions options;
  options.data_dir = (root / "data").string();
  options.content_dir = (root / "content").string();
  options.threads = 2;
  options.max_files = parsed.max_files;
  auto loaded = nk::load_network(options);
  ASSERT_FALSE(loaded.fatal) << *loaded.fatal;
  auto today = nk::parse_date(parsed.today);
  ASSERT_TRUE(today) << "bad '--- vandaag' in " << c.path;
  loaded.diagnostics.append(nk::check_network(loaded.network, nk::CheckOptions{*today}));
  loaded.diagnostics.sort();
  std::string actual = render(loaded.diagnostics, root.string() + "/");
  fs::remove_all(root);

  if (std::getenv("NK_UPDATE_CASES")) {
    std::ofstream(c.path, std::ios::binary) << parsed.header << actual;
    return;
  }
  EXPECT_FALSE(parsed.expected.empty()) << c.path << " expects nothing: every case shows a problem";
  EXPECT_EQ(parsed.expected, actual) << "in " << c.path;
}

INSTANTIATE_TEST_SUITE_P(Cases, RuleCase, ::testing::ValuesIn(all_cases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.name;
                           for (char& ch : name)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return name;
                         });

// Each rule has at least one case whose expected output shows its code.
TEST(RuleCaseCoverage, EveryCodeHasACase) {
  std::string all_expected;
  for (const auto& c : all_cases()) all_expected += parse_case(c.path).expected;
  for (const auto& code : nk::all_codes()) {
    std::string needle = " " + std::string(code.id) + ": ";
    EXPECT_NE(all_expected.find(needle), std::string::npos) << "no case in tests/cases shows " << code.id;
  }
}

TEST(RuleCaseCoverage, EveryCodeIsInTheRuleTable) {
  std::ifstream in(source_dir / "docs/diagnostics.md");
  std::stringstream text;
  text << in.rdbuf();
  for (const auto& code : nk::all_codes())
    EXPECT_NE(text.str().find("| " + std::string(code.id) + " |"), std::string::npos)
        << code.id << " is missing from docs/diagnostics.md";
}

TEST(CodeTable, IsInEnumOrderWithUniqueIds) {
  auto codes = nk::all_codes();
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(static_cast<std::size_t>(codes[i].code), i) << codes[i].id;
    for (std::size_t j = 0; j < i; ++j) EXPECT_NE(codes[i].id, codes[j].id);
  }
}

}  // namespace
