#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nk {

// Byte offset of the first invalid UTF-8 sequence or disallowed control character
// (anything below 0x20 other than tab, LF, CR; and DEL), or nullopt when the text is clean.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

// Lower case with diacritics removed ("Één" -> "een"), for matching and slugs.
std::string fold_for_matching(std::string_view text);

}  // namespace nk
