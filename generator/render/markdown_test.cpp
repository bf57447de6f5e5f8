#include "render/markdown.h"

#include <gtest/gtest.h>

namespace nk {

namespace {
Network small_network() {
  Network net;
  Organisation org;
  org.id.value = "ggd";
  net.organisations.push_back(org);
  net.organisation_index.emplace("ggd", 0);
  Training training;
  training.id.value = "meldcode";
  net.trainings.push_back(training);
  net.training_index.emplace("meldcode", 0);
  return net;
}
std::string render(const std::string& text, Sections sections = {}) {
  static Network net = small_network();
  MarkdownRenderer r(net, sections);
  Markdown md;
  md.text = text;
  return r.to_html(md, "specialismen/hg/index.html", 3);
}
}  // namespace

TEST(Markdown, NeverPassesRawHtml) {
  std::string html = render("<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)> en <b>vet</b>");
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
}

TEST(Markdown, ResolvesEntityLinksRelativeToThePage) {
  EXPECT_EQ(render("Zie [de GGD](organisatie:ggd)."),
            "<p>Zie <a href=\"../../organisaties/ggd/index.html\">de GGD</a>.</p>\n");
  // No training pages in this build: the link becomes its text.
  EXPECT_EQ(render("[Meldcode](training:meldcode)"), "<p>Meldcode</p>\n");
  Sections with_trainings;
  with_trainings.trainings = true;
  EXPECT_EQ(render("[Meldcode](training:meldcode)", with_trainings),
            "<p><a href=\"../../trainingen/meldcode/index.html\">Meldcode</a></p>\n");
}

TEST(Markdown, DropsDangerousLinksAndTurnsImagesIntoLinks) {
  EXPECT_EQ(render("[klik](javascript:alert(1))"), "<p>klik</p>\n");
  EXPECT_EQ(render("![logo](https://elders.example/logo.png)"),
            "<p><a href=\"https://elders.example/logo.png\">logo</a></p>\n");
}

TEST(Markdown, PutsHeadingsBelowThePageHeadingsAndKeepsGfm) {
  EXPECT_EQ(render("# Kop"), "<h3>Kop</h3>\n");
  EXPECT_NE(render("| a | b |\n|---|---|\n| 1 | 2 |").find("<table>"), std::string::npos);
  EXPECT_NE(render("~~weg~~").find("<del>"), std::string::npos);
  EXPECT_NE(render("https://www.example.nl").find("<a href=\"https://www.example.nl\">"), std::string::npos);
}

}  // namespace nk
