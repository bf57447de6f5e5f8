#include "text/utf8.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace nk {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return i;
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7f) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

namespace {
// Letters that Unicode does not decompose into a base letter plus a mark.
const char* fold_special(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x0131: return "i";   // dotless i
    case 0x00F8: case 0x00D8: return "o";
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x0142: case 0x0141: return "l";
    case 0x0111: case 0x0110: return "d";
    case 0x00DF: return "ss";
    case 0x0133: case 0x0132: return "ij";
    default: return nullptr;
  }
}
}  // namespace

std::string fold_for_matching(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // fast path for ASCII
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {  // invalid byte: keep going, it cannot match anything
      ++i;
      continue;
    }
    i += static_cast<std::size_t>(n);
    if (const char* special = fold_special(cp)) {
      out += special;
      continue;
    }
    utf8proc_int32_t buffer[8];
    int options = UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD;
    auto count = utf8proc_decompose_char(cp, buffer, 8, static_cast<utf8proc_option_t>(options), nullptr);
    if (count < 0 || count > 8) continue;
    for (int k = 0; k < count; ++k) {
      utf8proc_uint8_t bytes[4];
      auto len = utf8proc_encode_char(buffer[k], bytes);
      out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(len));
    }
  }
  return out;
}

}  // namespace nk
