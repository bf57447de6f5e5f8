#include "render/site_paths.h"

#include <gtest/gtest.h>

namespace nk {

TEST(SitePaths, LinksAreRelativeAndNameAFile) {
  EXPECT_EQ(relative_url("index.html", "organisaties/ggd/index.html"), "organisaties/ggd/index.html");
  EXPECT_EQ(relative_url("organisaties/ggd/index.html", "index.html"), "../../index.html");
  EXPECT_EQ(relative_url("organisaties/ggd/index.html", "organisaties/vt/index.html"), "../vt/index.html");
  EXPECT_EQ(relative_url("organisaties/ggd/index.html", "organisaties/ggd/anna.vcf"), "anna.vcf");
  EXPECT_EQ(relative_url("organisaties/index.html", "specialismen/mensenhandel/index.html"),
            "../specialismen/mensenhandel/index.html");
  EXPECT_EQ(relative_url("a/b/c/index.html", "a/x/index.html"), "../../x/index.html");
  EXPECT_EQ(entity_path(EntityKind::term, "meldcode"), "begrippen/index.html#meldcode");
  EXPECT_EQ(entity_path(EntityKind::service, "advies"), "aanbod/advies/index.html");
  EXPECT_EQ(root_prefix("gemeenten/heerlen/index.html"), "../../");
}

}  // namespace nk
