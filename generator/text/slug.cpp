#include "text/slug.h"

#include "text/utf8.h"

namespace nk {

std::string slugify(std::string_view name) {
  std::string folded = fold_for_matching(name);
  std::string out;
  bool pending_dash = false;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_dash = true;
      continue;
    }
    if (pending_dash && !out.empty()) out.push_back('-');
    pending_dash = false;
    out.push_back(c);
  }
  return out;
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 80) return false;
  bool previous_dash = true;  // so a leading '-' is rejected
  for (char c : id) {
    if (c == '-') {
      if (previous_dash) return false;
      previous_dash = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      previous_dash = false;
    } else {
      return false;
    }
  }
  return !previous_dash;
}

}  // namespace nk
