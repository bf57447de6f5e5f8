#include <gtest/gtest.h>

#include <array>

#include "text/slug.h"
#include "text/suggest.h"
#include "text/utf8.h"

namespace nk {

TEST(Slug, FollowsTheDataFormat) {
  EXPECT_EQ(slugify("Zorg- en Veiligheidshuis Zuid-Limburg"), "zorg-en-veiligheidshuis-zuid-limburg");
  EXPECT_EQ(slugify("Loïs Willems"), "lois-willems");
  EXPECT_EQ(slugify("Sevgi Yılmaz"), "sevgi-yilmaz");
  EXPECT_EQ(slugify("Hatice Öztürk"), "hatice-ozturk");
  EXPECT_EQ(slugify("  MDA++ / AVE  "), "mda-ave");
  EXPECT_EQ(slugify("Ærøskøbing Straße"), "aeroskobing-strasse");
  EXPECT_EQ(slugify("!!!"), "");
}

TEST(Slug, ValidatesIds) {
  EXPECT_TRUE(is_valid_id("ggd-zuid-limburg"));
  EXPECT_TRUE(is_valid_id("a1"));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id("../../x"));
  EXPECT_FALSE(is_valid_id("Foo"));
  EXPECT_FALSE(is_valid_id("a--b"));
  EXPECT_FALSE(is_valid_id("-a"));
  EXPECT_FALSE(is_valid_id("a-"));
  EXPECT_FALSE(is_valid_id("a_b"));
  EXPECT_FALSE(is_valid_id("café"));
  EXPECT_TRUE(is_valid_id(std::string(80, 'a')));
  EXPECT_FALSE(is_valid_id(std::string(81, 'a')));
}

TEST(Suggest, FindsTheMeantWord) {
  std::array<std::string_view, 4> keys{"telefoon", "toestemming", "specialismen", "naam"};
  EXPECT_EQ(closest_match("telefon", keys), "telefoon");
  EXPECT_EQ(closest_match("toestemmming", keys), "toestemming");
  EXPECT_EQ(closest_match("specialisme", keys), "specialismen");
  EXPECT_EQ(closest_match("Naam", keys), "naam");
  EXPECT_EQ(closest_match("nmaa", keys), std::nullopt);  // too far for a short word
  EXPECT_EQ(closest_match("omschrijving", keys), std::nullopt);
  EXPECT_EQ(did_you_mean("telfoon", keys), "bedoelde je 'telefoon'?");
  EXPECT_EQ(did_you_mean("xyz", keys), "");
}

TEST(Suggest, EditDistanceStopsAtItsLimit) {
  EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
  EXPECT_EQ(edit_distance("ab", "ba", 3), 1u);  // a transposition is one edit
  EXPECT_EQ(edit_distance("a", std::string(100, 'b'), 2), 3u);
}

TEST(Utf8, FindsInvalidBytesAndControlCharacters) {
  EXPECT_EQ(find_invalid_utf8("naam: Café\n"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("a\tb\r\n"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("ab\xff"), 2u);
  EXPECT_EQ(find_invalid_utf8("ab\xc3"), 2u);            // truncated sequence
  EXPECT_EQ(find_invalid_utf8("a\xed\xa0\x80"), 1u);     // surrogate
  EXPECT_EQ(find_invalid_utf8(std::string("a\0b", 3)), 1u);
  EXPECT_EQ(find_invalid_utf8("a\x1b[31m"), 1u);
  EXPECT_EQ(count_code_points("Café"), 4u);
  EXPECT_EQ(fold_for_matching("ÉÉN Ouderenmishandeling"), "een ouderenmishandeling");
}

}  // namespace nk

#include "text/xml_escape.h"

namespace nk {
namespace {

TEST(XmlEscape, EscapesTheFiveAndKeepsTheRest) {
  EXPECT_EQ(xml_escape("a & b < c > d \" e ' f é"), "a &amp; b &lt; c &gt; d &quot; e &#39; f é");
  EXPECT_EQ(xml_escape(""), "");
}

}  // namespace
}  // namespace nk
