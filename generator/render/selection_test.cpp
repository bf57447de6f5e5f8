// A render of some pages only (serve's first pass) gives exactly those files, byte for
// byte as the complete render has them.
#include <gtest/gtest.h>

#include <map>

#include "render/exports/export_test_data.h"
#include "render/outputs.h"
#include "render/theme.h"

namespace nk {
namespace {

using export_test::example_network;

std::map<std::string, std::string> render(const Network& published, const OutputSelection* selection) {
  std::vector<std::string> required;
  for (const auto& module : output_modules())
    for (auto& name : module.templates()) required.push_back(name);
  std::string error;
  const std::string theme_dir = std::string(NK_SOURCE_DIR) + "/themes/default";
  static const auto theme = Theme::load(theme_dir, theme_dir, required, error);
  EXPECT_TRUE(theme) << error;
  BuildSettings settings = export_test::settings_for(Profile::professionals, 2);
  RenderContext context{published, settings, *theme, available_sections()};
  context.selection = selection;
  auto embeds = prepare_embeds(context);
  context.embeds = embeds.get();
  OutputSink sink;
  for (const auto& module : output_modules())
    if (module.selective) module.render(context, sink);
  std::map<std::string, std::string> files;
  for (auto& f : sink.take_sorted()) files[f.path] = std::move(f.bytes);
  return files;
}

TEST(OutputSelection, WantsOnlyItsPathsAndKnowsTheirFolders) {
  OutputSelection all;
  EXPECT_TRUE(all.wants("x/index.html"));
  EXPECT_TRUE(all.wants_any_under("gemeenten/"));
  OutputSelection some({"gemeenten/heerlen/index.html", "index.html"});
  EXPECT_TRUE(some.wants("index.html"));
  EXPECT_FALSE(some.wants("gemeenten/index.html"));
  EXPECT_TRUE(some.wants_any_under("gemeenten/"));
  EXPECT_FALSE(some.wants_any_under("organisaties/"));
  EXPECT_FALSE(some.wants_any_under("gemeenten/maastricht/"));
}

TEST(OutputSelection, SomePagesRenderExactlyAsInTheCompleteRender) {
  const Network published = publish(example_network(), Profile::professionals, export_test::today);
  const auto complete = render(published, nullptr);
  const std::set<std::string> wanted = {
      "index.html",
      "organisaties/trajekt/index.html",
      "gemeenten/heerlen/index.html",
      "specialismen/mensenhandel/index.html",
      "overleggen/casusoverleg-mensenhandel/index.html",
      "overleggen/index.html",
      "kaart/index.html",
      "contactpersonen/index.html",
      "trainingen/index.html",
      "bestaat-niet/index.html",  // a page that went away: nothing, and no error
  };
  OutputSelection selection(wanted);
  const auto some = render(published, &selection);
  std::set<std::string> expected;
  for (const auto& path : wanted)
    if (complete.count(path)) expected.insert(path);
  ASSERT_GE(expected.size(), wanted.size() - 1) << "the example lacks a page this test names";
  std::set<std::string> got;
  for (const auto& [path, bytes] : some) got.insert(path);
  EXPECT_EQ(got, expected);
  for (const auto& [path, bytes] : some) EXPECT_EQ(bytes, complete.at(path)) << path;
  // The organisation page has its map: the selective pass prepared it.
  EXPECT_NE(some.at("organisaties/trajekt/index.html").find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace nk
