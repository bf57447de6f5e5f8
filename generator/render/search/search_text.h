#pragma once
// The text side of search, shared by the index and its tests: words as the browser
// client sees them (folded, split on anything but a-z and 0-9), Dutch stems (Snowball,
// libstemmer) and compound parts. assets/zoeken.js does the same to a query.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sb_stemmer;

namespace nk {

// "Één AF-training, 2026!" -> {"een", "af", "training", "2026"}: case and diacritics
// folded, split on every character that is not a-z or 0-9. Words of one letter are kept
// only when they are digits (a query for "a" should not match everything).
std::vector<std::string> search_words(std::string_view text);

// Words too common to search for ("de", "van", "voor"): left out of running text and
// names, kept in afkortingen and synonyms ("OM"). The manifest gives the client the list.
const std::vector<std::string>& search_stop_words();
bool is_search_stop_word(const std::string& word);

// Snowball's Dutch stemmer. Not thread-safe: one per thread. Stems are cached.
class DutchStemmer {
 public:
  DutchStemmer();
  ~DutchStemmer();
  DutchStemmer(const DutchStemmer&) = delete;
  DutchStemmer& operator=(const DutchStemmer&) = delete;
  const std::string& stem(const std::string& word);

 private:
  sb_stemmer* stemmer_;
  std::unordered_map<std::string, std::string> cache_;
};

// Splits Dutch compounds against a vocabulary of words seen in the data:
// "ouderenmishandeling" -> {"ouderen", "mishandeling"} when both are known words (a
// linking s or -en is allowed on the first part: "aandachts" + "functionaris",
// "kinder(en)" + "mishandeling"). The longest known second part wins; the first part is
// split again. Failing that, a known first part and an unknown rest of six letters or
// more. Words without such a split give nothing.
class CompoundSplitter {
 public:
  void add_word(const std::string& word);  // a word of the vocabulary (folded)
  std::vector<std::string> parts(const std::string& word) const;

  static constexpr std::size_t min_part = 4;  // shorter parts split too eagerly ("ster")
  static constexpr std::size_t min_tail_unknown = 6;  // an unknown second part must be long

 private:
  bool known(std::string_view part) const;
  std::unordered_set<std::string> vocabulary_;
};

}  // namespace nk
