#include "serve/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace nk {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("nk-static-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    root_ = base_ / "site";
    fs::create_directories(root_ / "organisaties" / "ggd");
    write(root_ / "index.html", "<html><body><p>home</p></body></html>");
    write(root_ / "organisaties" / "ggd" / "index.html", "ggd");
    write(root_ / "organisaties" / "ggd" / "jan.vcf", "BEGIN:VCARD");
    write(base_ / "geheim.txt", "buiten de site");
    fs::create_symlink(base_ / "geheim.txt", root_ / "link.txt");
  }
  void TearDown() override { fs::remove_all(base_); }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
  std::optional<StaticFile> get(const std::string& url) { return resolve_static_file(root_.string(), url); }

  fs::path base_, root_;
};

TEST_F(StaticFilesTest, FoldersServeTheirIndex) {
  auto home = get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(fs::path(home->path).filename(), "index.html");
  EXPECT_EQ(home->content_type, "text/html; charset=utf-8");
  auto org = get("/organisaties/ggd/");
  ASSERT_TRUE(org);
  EXPECT_EQ(fs::path(org->path), fs::canonical(root_ / "organisaties/ggd/index.html"));
  EXPECT_TRUE(get("/organisaties/ggd"));
  EXPECT_TRUE(get("/organisaties/ggd/index.html?x=1#y"));
  EXPECT_TRUE(get("/organisaties/%67gd/index.html"));  // percent-encoded 'g'
}

TEST_F(StaticFilesTest, ContentTypes) {
  EXPECT_EQ(get("/organisaties/ggd/jan.vcf")->content_type, "text/vcard; charset=utf-8");
  EXPECT_EQ(content_type_for("a/b.css"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_for("trainingen.ics"), "text/calendar; charset=utf-8");
  EXPECT_EQ(content_type_for("data/netwerkkaart.json"), "application/json");
  EXPECT_EQ(content_type_for("x.unknown"), "application/octet-stream");
}

TEST_F(StaticFilesTest, NothingOutsideTheSite) {
  for (const char* url : {"/../geheim.txt", "/organisaties/../../geheim.txt", "/%2e%2e/geheim.txt",
                          "/..%2fgeheim.txt", "/organisaties/ggd/%2E%2E/%2E%2E/%2E%2E/geheim.txt", "/link.txt",
                          "/index.html%00.css", "/%zz", "/%2", "relative/index.html", "", "/bestaat-niet.html"})
    EXPECT_FALSE(get(url)) << url;
}

TEST(InjectScript, BeforeTheEndOfTheBody) {
  EXPECT_EQ(inject_script("<html><body><p>x</p></body></html>", "/s.js"),
            "<html><body><p>x</p><script src=\"/s.js\" defer></script></body></html>");
  EXPECT_EQ(inject_script("<p>no body</p>", "/s.js"), "<p>no body</p><script src=\"/s.js\" defer></script>");
  // The last </body>: one in a text or comment earlier in the page does not count.
  EXPECT_EQ(inject_script("<p>&lt;/body&gt; </body></p></body>", "/s.js"),
            "<p>&lt;/body&gt; </body></p><script src=\"/s.js\" defer></script></body>");
}

}  // namespace
}  // namespace nk
