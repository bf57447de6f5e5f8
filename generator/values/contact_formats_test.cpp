#include "values/contact_formats.h"

#include <gtest/gtest.h>

namespace nk {

TEST(Urls, AcceptsOnlyHttpHttpsAndMailto) {
  EXPECT_EQ(check_url("https://www.veiligthuis.nl/zuid-limburg?x=1#a"), UrlProblem::none);
  EXPECT_EQ(check_url("http://example.nl"), UrlProblem::none);
  EXPECT_EQ(check_url("HTTPS://EXAMPLE.NL"), UrlProblem::none);
  EXPECT_EQ(check_url("https://example.nl:8443/pad"), UrlProblem::none);
  EXPECT_EQ(check_url("mailto:info@example.nl"), UrlProblem::none);
  EXPECT_EQ(check_url("javascript:alert(1)"), UrlProblem::scheme);
  EXPECT_EQ(check_url("JavaScript:alert(1)"), UrlProblem::scheme);
  EXPECT_EQ(check_url(" javascript:alert(1)"), UrlProblem::scheme);
  EXPECT_EQ(check_url("java\tscript:alert(1)"), UrlProblem::scheme);
  EXPECT_EQ(check_url("data:text/html,<b>"), UrlProblem::scheme);
  EXPECT_EQ(check_url("ftp://example.nl"), UrlProblem::scheme);
  EXPECT_EQ(check_url("www.example.nl"), UrlProblem::scheme);
  EXPECT_EQ(check_url("https://"), UrlProblem::form);
  EXPECT_EQ(check_url("https://exa mple.nl"), UrlProblem::form);
  EXPECT_EQ(check_url("https://user:pw@example.nl"), UrlProblem::form);
  EXPECT_EQ(check_url("https://example.nl/\"onmouseover=x"), UrlProblem::form);
  EXPECT_EQ(check_url("mailto:niet-een-adres"), UrlProblem::form);
}

TEST(Urls, SuggestsTheLikelyFix) {
  EXPECT_EQ(suggest_url("www.example.nl"), "begin met https://: 'https://www.example.nl'");
  EXPECT_EQ(suggest_url("info@example.nl"), "gebruik 'mailto:info@example.nl'");
  EXPECT_EQ(suggest_url(" https://example.nl"), "haal de spaties weg: 'https://example.nl'");
}

TEST(Email, ValidatesAddresses) {
  EXPECT_TRUE(is_valid_email("j.jansen@mondriaan.example.nl"));
  EXPECT_TRUE(is_valid_email("info+af@ggd.nl"));
  EXPECT_FALSE(is_valid_email("j.jansen@"));
  EXPECT_FALSE(is_valid_email("@ggd.nl"));
  EXPECT_FALSE(is_valid_email("j..jansen@ggd.nl"));
  EXPECT_FALSE(is_valid_email("j.jansen@ggd"));
  EXPECT_FALSE(is_valid_email("j jansen@ggd.nl"));
  EXPECT_FALSE(is_valid_email("a@b@ggd.nl"));
  EXPECT_FALSE(is_valid_email("jansen@-ggd.nl"));
  EXPECT_FALSE(is_valid_email("<script>@ggd.nl"));
}

TEST(Phone, NormalisesDutchNumbers) {
  auto check = [](const char* in, const char* display, const char* tel) {
    auto p = parse_phone(in);
    ASSERT_TRUE(p) << in;
    EXPECT_EQ(p->display, display) << in;
    EXPECT_EQ(p->tel, tel) << in;
  };
  check("043 123 4567", "043 123 4567", "+31431234567");
  check("043-1234567", "043 123 4567", "+31431234567");
  check("(043) 123 45 67", "043 123 4567", "+31431234567");
  check("+31 43 123 4567", "043 123 4567", "+31431234567");
  check("+31 (0)43 123 4567", "043 123 4567", "+31431234567");
  check("0031431234567", "043 123 4567", "+31431234567");
  check("06-12345678", "06 1234 5678", "+31612345678");
  check("0475 123 456", "0475 123 456", "+31475123456");
  check("088 123 4567", "088 123 4567", "+31881234567");
  check("0800-2000", "0800-2000", "+318002000");
  check("0900-8844", "0900-8844", "+319008844");
  check("112", "112", "112");
  check("14 043", "14 043", "14043");
}

TEST(Phone, RefusesWhatIsNoDutchNumber) {
  EXPECT_FALSE(parse_phone("12345"));
  EXPECT_FALSE(parse_phone("043 123 456"));        // nine digits
  EXPECT_FALSE(parse_phone("043 123 45678"));      // eleven
  EXPECT_FALSE(parse_phone("+49 30 1234567"));     // German
  EXPECT_FALSE(parse_phone("bel ons"));
  EXPECT_FALSE(parse_phone("043 123 4567 of 06"));
  EXPECT_FALSE(parse_phone("0800-12"));
  EXPECT_FALSE(parse_phone(""));
}

TEST(Euro, ParsesAmounts) {
  EXPECT_EQ(parse_euro("0")->cents, 0);
  EXPECT_EQ(parse_euro("125")->cents, 12500);
  EXPECT_EQ(parse_euro("49.50")->cents, 4950);
  EXPECT_EQ(parse_euro("49,5")->cents, 4950);
  EXPECT_FALSE(parse_euro("-5"));
  EXPECT_FALSE(parse_euro("€ 50"));
  EXPECT_FALSE(parse_euro("49.505"));
  EXPECT_FALSE(parse_euro("gratis"));
  EXPECT_FALSE(parse_euro("99999999999999"));
}

}  // namespace nk
