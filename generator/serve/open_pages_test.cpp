#include "serve/open_pages.h"

#include <gtest/gtest.h>

namespace nk {
namespace {

TEST(PageFileOfUrl, FoldersAndFiles) {
  EXPECT_EQ(page_file_of_url("/"), "index.html");
  EXPECT_EQ(page_file_of_url("/organisaties/ggd/"), "organisaties/ggd/index.html");
  EXPECT_EQ(page_file_of_url("/organisaties/ggd/index.html"), "organisaties/ggd/index.html");
  EXPECT_EQ(page_file_of_url("/404.html"), "404.html");
}

TEST(PageFileOfUrl, RefusesWhatIsNotAPlainPagePath) {
  EXPECT_FALSE(page_file_of_url(""));
  EXPECT_FALSE(page_file_of_url("organisaties/ggd/"));
  EXPECT_FALSE(page_file_of_url("/../geheim.html"));
  EXPECT_FALSE(page_file_of_url("/organisaties/../../x/"));
  EXPECT_FALSE(page_file_of_url("/organisaties//ggd/"));
  EXPECT_FALSE(page_file_of_url("/organisaties/./ggd/"));
  EXPECT_FALSE(page_file_of_url("/a\\b/"));
  EXPECT_FALSE(page_file_of_url(std::string("/a\nb/")));
  EXPECT_FALSE(page_file_of_url("/organisaties/ggd/jan.vcf"));
  EXPECT_FALSE(page_file_of_url("/" + std::string(2000, 'a') + "/"));
}

TEST(OpenPages, CountsConnectionsPerPage) {
  OpenPages open;
  open.opened("index.html");
  open.opened("index.html");
  open.opened("organisaties/ggd/index.html");
  EXPECT_EQ(open.files(), (std::set<std::string>{"index.html", "organisaties/ggd/index.html"}));
  open.closed("index.html");
  EXPECT_EQ(open.files().count("index.html"), 1u);  // one tab still shows it
  open.closed("index.html");
  open.closed("organisaties/ggd/index.html");
  open.closed("nooit-geopend.html");
  EXPECT_TRUE(open.files().empty());
}

TEST(OpenPages, KeepsAtMostAFixedNumber) {
  OpenPages open;
  for (std::size_t i = 0; i < OpenPages::max_pages + 10; ++i) open.opened("p" + std::to_string(i) + ".html");
  EXPECT_EQ(open.files().size(), OpenPages::max_pages);
}

}  // namespace
}  // namespace nk
