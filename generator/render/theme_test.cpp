#include "render/theme.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

namespace nk {

namespace fs = std::filesystem;

namespace {
fs::path make_theme(const std::map<std::string, std::string>& templates) {
  static int n = 0;
  fs::path dir = fs::temp_directory_path() / ("nk-theme-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  fs::create_directories(dir / "templates");
  for (const auto& [name, text] : templates) std::ofstream(dir / "templates" / (name + ".mustache")) << text;
  return dir;
}
}  // namespace

TEST(Theme, EscapesDataAndTakesPartialsOnlyFromTheTheme) {
  auto dir = make_theme({{"page", "<p>{{name}}</p>{{> card}}{{> name}}"}, {"card", "[{{name}}]"}});
  std::string error;
  auto theme = Theme::load(dir.string(), "", {"page"}, error);
  ASSERT_TRUE(theme) << error;
  mustache::data d;
  d.set("name", "<b>{{x}}</b>");
  // "name" is also a data key: it must not be taken as a template.
  EXPECT_EQ(theme->render("page", d), "<p>&lt;b&gt;{{x}}&lt;/b&gt;</p>[&lt;b&gt;{{x}}&lt;/b&gt;]");
  fs::remove_all(dir);
}

TEST(Theme, TreatsEmptyTextAsAbsent) {
  auto dir = make_theme({{"page", "{{#abbr}}({{abbr}}){{/abbr}}{{^abbr}}geen{{/abbr}}|{{abbr}}|"}});
  std::string error;
  auto theme = Theme::load(dir.string(), "", {}, error);
  ASSERT_TRUE(theme) << error;
  mustache::data empty, full;
  empty.set("abbr", "");
  full.set("abbr", "VT");
  EXPECT_EQ(theme->render("page", empty), "geen||");
  EXPECT_EQ(theme->render("page", full), "(VT)|VT|");
  fs::remove_all(dir);
}

TEST(Theme, OverridesSingleTemplatesAndReportsMissingOnes) {
  auto base = make_theme({{"a", "basis-a"}, {"b", "basis-b"}});
  auto own = make_theme({{"b", "eigen-b"}});
  std::string error;
  auto theme = Theme::load(base.string(), own.string(), {"a", "b"}, error);
  ASSERT_TRUE(theme) << error;
  mustache::data d;
  EXPECT_EQ(theme->render("a", d), "basis-a");
  EXPECT_EQ(theme->render("b", d), "eigen-b");
  EXPECT_FALSE(Theme::load(base.string(), "", {"c"}, error));
  EXPECT_NE(error.find("'c.mustache'"), std::string::npos);
  auto broken = make_theme({{"x", "{{#open}}"}});
  EXPECT_FALSE(Theme::load(broken.string(), "", {}, error));
  EXPECT_NE(error.find("x.mustache"), std::string::npos);
  fs::remove_all(base);
  fs::remove_all(own);
  fs::remove_all(broken);
}

// Unescaped output only for HTML the generator made itself (keys ending in _html).
TEST(DefaultTheme, UsesTripleMustacheOnlyForHtmlKeys) {
  std::regex triple(R"(\{\{\{\s*([^}\s]+)\s*\}\}\})"), ampersand(R"(\{\{&\s*([^}\s]+)\s*\}\})");
  int templates = 0;
  for (const auto& e : fs::directory_iterator(fs::path(NK_SOURCE_DIR) / "themes/default/templates")) {
    std::ifstream in(e.path());
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ++templates;
    for (const auto* re : {&triple, &ampersand})
      for (std::sregex_iterator it(text.begin(), text.end(), *re), end; it != end; ++it)
        EXPECT_TRUE((*it)[1].str().ends_with("_html")) << e.path().filename() << ": {{{" << (*it)[1] << "}}}";
  }
  EXPECT_GT(templates, 3);
}

}  // namespace nk
