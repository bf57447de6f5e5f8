#include "text/suggest.h"

#include <algorithm>
#include <vector>

#include "text/utf8.h"

namespace nk {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::size_t> two_back(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

std::optional<std::string> closest_match(std::string_view typed,
                                         std::span<const std::string_view> candidates) {
  if (typed.empty() || typed.size() > 200) return std::nullopt;
  const std::string folded = fold_for_matching(typed);
  // One edit for short words, two from 5 letters, three from 9: close enough to be a typo,
  // far enough apart not to suggest an unrelated word.
  // Words of one or two letters only match when equal but for case.
  const std::size_t limit = folded.size() < 3 ? 0 : folded.size() < 5 ? 1 : folded.size() < 9 ? 2 : 3;
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    if (candidate == typed) continue;
    std::string other = fold_for_matching(candidate);
    std::size_t d = other == folded ? 0 : edit_distance(folded, other, limit);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(candidate);
      if (d == 0) break;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view typed, std::span<const std::string_view> candidates) {
  auto match = closest_match(typed, candidates);
  return match ? "bedoelde je '" + *match + "'?" : std::string();
}

}  // namespace nk
