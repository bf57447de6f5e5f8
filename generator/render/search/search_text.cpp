#include "render/search/search_text.h"

#include <libstemmer.h>

#include "text/utf8.h"

namespace nk {

std::vector<std::string> search_words(std::string_view text) {
  std::string folded = fold_for_matching(text);
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (current.size() > 1 || (current.size() == 1 && current[0] >= '0' && current[0] <= '9'))
      words.push_back(current);
    current.clear();
  };
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) current.push_back(c);
    else flush();
  }
  flush();
  return words;
}

const std::vector<std::string>& search_stop_words() {
  static const std::vector<std::string> words = {
      "aan", "al", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "een", "en", "er", "het",
      "hij", "hoe", "hun", "in", "is", "je", "kan", "maar", "met", "na", "naar", "niet", "nog", "of", "om",
      "ons", "onze", "ook", "op", "over", "te", "tot", "u", "uit", "van", "voor", "wat", "we", "wel", "wie",
      "wij", "wordt", "ze", "zij", "zijn", "zo"};
  return words;
}

bool is_search_stop_word(const std::string& word) {
  static const std::unordered_set<std::string> set(search_stop_words().begin(), search_stop_words().end());
  return set.count(word) > 0;
}

DutchStemmer::DutchStemmer() : stemmer_(sb_stemmer_new("dutch", "UTF_8")) {}

DutchStemmer::~DutchStemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

const std::string& DutchStemmer::stem(const std::string& word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  std::string out = word;
  if (stemmer_) {
    const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
    if (s) out.assign(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  }
  return cache_.emplace(word, std::move(out)).first->second;
}

void CompoundSplitter::add_word(const std::string& word) {
  if (word.size() >= min_part) vocabulary_.insert(word);
}

bool CompoundSplitter::known(std::string_view part) const {
  return part.size() >= min_part && vocabulary_.count(std::string(part));
}

std::vector<std::string> CompoundSplitter::parts(const std::string& word) const {
  std::vector<std::string> out;
  if (word.size() < 2 * min_part) return out;
  // Longest second part first: "ouderenmishandeling" -> "mishandeling", not "handeling".
  for (std::size_t i = min_part - 1; i + min_part <= word.size(); ++i) {
    std::string_view head(word.data(), i), tail(word.data() + i, word.size() - i);
    if (!known(tail)) continue;
    std::string first;
    if (known(head)) first = std::string(head);
    else if (head.size() > min_part && head.back() == 's' && known(head.substr(0, head.size() - 1)))
      first = std::string(head.substr(0, head.size() - 1));
    else if (known(std::string(head) + "en")) first = std::string(head) + "en";
    else if (head.size() >= min_part) first = std::string(head);  // unknown head: keep the tail only
    else continue;
    if (known(first)) {
      out.push_back(first);
      for (auto& p : parts(first)) out.push_back(std::move(p));
    }
    out.push_back(std::string(tail));
    return out;
  }
  // No known second part: a known first part and a long rest ("aandachts" + "functionaris",
  // where "functionaris" never stands alone), the longest first part first.
  for (std::size_t i = word.size() - min_tail_unknown; i >= min_part; --i) {
    std::string_view head(word.data(), i), tail(word.data() + i, word.size() - i);
    if (known(head) || (head.back() == 's' && known(head.substr(0, head.size() - 1)))) {
      out.push_back(std::string(known(head) ? head : head.substr(0, head.size() - 1)));
      out.push_back(std::string(tail));
      return out;
    }
  }
  return out;
}

}  // namespace nk
