#include "values/links.h"

#include <gtest/gtest.h>

namespace nk {

TEST(Links, ClassifiesMarkdownLinks) {
  EXPECT_EQ(classify_link("#contact"), LinkClass::anchor);
  EXPECT_EQ(classify_link("../meldcode/"), LinkClass::relative);
  EXPECT_EQ(classify_link("meldcode/index.html"), LinkClass::relative);
  EXPECT_EQ(classify_link("https://www.rijksoverheid.nl"), LinkClass::external);
  EXPECT_EQ(classify_link("mailto:af@ggd.example.nl"), LinkClass::external);
  EXPECT_EQ(classify_link("organisatie:ggd-zuid-limburg"), LinkClass::entity);
  EXPECT_EQ(classify_link("begrip:meldcode"), LinkClass::entity);
  EXPECT_EQ(classify_link("javascript:alert(1)"), LinkClass::refused);
  EXPECT_EQ(classify_link("JAVASCRIPT:alert(1)"), LinkClass::refused);
  EXPECT_EQ(classify_link("java\tscript:alert(1)"), LinkClass::refused);
  EXPECT_EQ(classify_link(" https://example.nl"), LinkClass::refused);
  EXPECT_EQ(classify_link("data:text/html;base64,PHNjcmlwdD4="), LinkClass::refused);
  EXPECT_EQ(classify_link("vbscript:x"), LinkClass::refused);
  EXPECT_EQ(classify_link("//evil.example/x"), LinkClass::refused);
  EXPECT_EQ(classify_link("persoon:x"), LinkClass::refused);
}

TEST(Links, ParsesEntityLinks) {
  auto link = parse_entity_link("overleg:mda-plus-plus");
  ASSERT_TRUE(link);
  EXPECT_EQ(link->kind, EntityKind::meeting);
  EXPECT_EQ(link->id, "mda-plus-plus");
  EXPECT_FALSE(parse_entity_link("https://x.nl"));
  EXPECT_EQ(entity_prefix(EntityKind::agenda_item), "agenda");
}

}  // namespace nk
