#include <gtest/gtest.h>

#include "render/search/search_text.h"

namespace nk {
namespace {

using Words = std::vector<std::string>;

TEST(SearchWords, FoldsCaseAndDiacriticsAndSplitsOnEverythingElse) {
  EXPECT_EQ(search_words("Één AF-training, 2026!"), (Words{"een", "af", "training", "2026"}));
  EXPECT_EQ(search_words("Cliëntondersteuning  MDA++ HG/KM"), (Words{"clientondersteuning", "mda", "hg", "km"}));
  EXPECT_EQ(search_words("Zorg- en Veiligheidshuis"), (Words{"zorg", "en", "veiligheidshuis"}));
}

TEST(SearchWords, DropsSingleLettersButKeepsDigits) {
  EXPECT_EQ(search_words("a b 1 x-y"), (Words{"1"}));
  EXPECT_TRUE(search_words("  ,;  ").empty());
}

TEST(DutchStemmer, PluralsAndSingularsMeet) {
  DutchStemmer s;
  EXPECT_EQ(s.stem("trainingen"), s.stem("training"));
  EXPECT_EQ(s.stem("wijkteams"), s.stem("wijkteam"));
  EXPECT_EQ(s.stem("loverboys"), s.stem("loverboy"));
  EXPECT_EQ(s.stem("kindermishandeling"), "kindermishandel");
  EXPECT_EQ(s.stem("ouderen"), "ouder");
  EXPECT_NE(s.stem("meldcode"), s.stem("melding"));
}

TEST(DutchStemmer, GivesTheSameStemTwice) {  // the cache returns what the stemmer gave
  DutchStemmer s;
  std::string first = s.stem("aandachtsfunctionarissen");
  EXPECT_EQ(s.stem("aandachtsfunctionarissen"), first);
  EXPECT_EQ(first, "aandachtsfunctionariss");  // Snowball's, not ours: the client must match it
}

CompoundSplitter splitter(std::initializer_list<const char*> words) {
  CompoundSplitter c;
  for (const char* w : words) c.add_word(w);
  return c;
}

TEST(CompoundSplitter, SplitsIntoKnownWords) {
  auto c = splitter({"ouderen", "mishandeling", "kinderen", "aandacht", "functionaris", "handeling"});
  EXPECT_EQ(c.parts("ouderenmishandeling"), (Words{"ouderen", "mishandeling"}));
  // the longest known second part, not "handeling"
  EXPECT_EQ(c.parts("kindermishandeling"), (Words{"kinderen", "mishandeling"}));  // kinder(en)
  EXPECT_EQ(c.parts("aandachtsfunctionaris"), (Words{"aandacht", "functionaris"}));  // linking s
}

TEST(CompoundSplitter, LeavesWordsWithoutKnownPartsAlone) {
  auto c = splitter({"ouderen", "mishandeling"});
  EXPECT_TRUE(c.parts("huisarts").empty());
  EXPECT_TRUE(c.parts("mishandeling").empty());  // a word is not its own part
  EXPECT_TRUE(c.parts("oudermis").empty());
}

TEST(CompoundSplitter, SplitsTheFirstPartAgain) {
  auto c = splitter({"ex", "partner", "stalking", "expartner", "huis", "dieren", "huisdieren", "welzijn"});
  Words parts = c.parts("huisdierenwelzijn");
  EXPECT_EQ(parts, (Words{"huisdieren", "huis", "dieren", "welzijn"}));
}

}  // namespace
}  // namespace nk

namespace nk {
namespace {

TEST(CompoundSplitter, AKnownFirstPartAndALongRest) {
  CompoundSplitter c;
  for (const char* w : {"aandacht", "kind", "wijk"}) c.add_word(w);
  EXPECT_EQ(c.parts("aandachtsfunctionaris"), (Words{"aandacht", "functionaris"}));
  EXPECT_TRUE(c.parts("wijkteam").empty());  // "team": too short to stand as a part unknown
}

}  // namespace
}  // namespace nk

#include <fstream>

namespace nk {
namespace {

// tests/fixtures/search/stems.tsv holds Snowball's stems of every word of the example data;
// the browser client is checked against the same file (tests/browser/search.test.mjs).
TEST(DutchStemmer, MatchesTheSharedStemTable) {
  std::ifstream in(std::string(NK_SOURCE_DIR) + "/tests/fixtures/search/stems.tsv");
  ASSERT_TRUE(in) << "tests/fixtures/search/stems.tsv";
  DutchStemmer s;
  std::string line;
  std::size_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    EXPECT_EQ(s.stem(line.substr(0, tab)), line.substr(tab + 1)) << line.substr(0, tab);
    ++rows;
  }
  EXPECT_GT(rows, 1000u);
}

}  // namespace
}  // namespace nk
