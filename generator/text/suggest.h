#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nk {

// Edit distance with adjacent transpositions (optimal string alignment), on bytes.
// Stops early and returns limit + 1 when the distance exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate closest to `typed`, if it is close enough to be what was meant: equal
// after case folding, or within an edit distance that grows with the word's length.
// Ties go to the earliest candidate, so callers pass candidates in a stable order.
std::optional<std::string> closest_match(std::string_view typed,
                                         std::span<const std::string_view> candidates);

// "bedoelde je 'x'?" for the closest candidate, or empty.
std::string did_you_mean(std::string_view typed, std::span<const std::string_view> candidates);

}  // namespace nk
