#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/values.h"

namespace nk {

enum class UrlProblem { none, scheme, form };

// Only https://, http:// and mailto: links, with a host (or address), and no whitespace
// or control character anywhere (so " javascript:" and "java\tscript:" are refused too).
UrlProblem check_url(std::string_view url);
// A suggestion for a refused URL ("https://www.x.nl" for "www.x.nl"), or empty.
std::string suggest_url(std::string_view url);

bool is_valid_email(std::string_view address);

// A Dutch phone number: ten digits starting with 0 (mobile 06, area codes), +31/0031
// forms, service numbers 0800/0900/0906/0909 with 4 to 7 digits, 112, and the gemeente
// number 14 followed by the 3 or 4 digit area code. Spaces, dashes, dots and
// parentheses are allowed as separators.
std::optional<PhoneNumber> parse_phone(std::string_view text);

// "125", "0", "49.50", "49,50": an amount in euro; no sign, at most 2 decimals.
std::optional<EuroAmount> parse_euro(std::string_view text);

}  // namespace nk
