#pragma once
#include <string>
#include <string_view>

namespace nk {

// The id derived from a name (data.md "slug"): lower case, diacritics folded, every run
// of other characters one '-', trimmed. "Zorg- en Veiligheidshuis" -> "zorg-en-veiligheidshuis".
std::string slugify(std::string_view name);

// ^[a-z0-9]+(-[a-z0-9]+)*$, at most 80 characters.
bool is_valid_id(std::string_view id);

}  // namespace nk
