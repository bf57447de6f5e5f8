#pragma once
#include <string>
#include <vector>

#include "check/reporter.h"

namespace nk {

// One kind of thing that can be referred to by id.
struct ReferenceTarget {
  std::string what;    // "organisatie"
  std::string unknown; // "onbekende organisatie", "onbekend specialisme": Dutch gender
  const IdIndex* index;
  std::vector<std::string_view> ids;  // for suggestions
  std::string where;   // where the ids live, for the message when nothing is close
  std::string link_prefix;  // "organisatie:" for entity files, whose unreadable ids count as known
  bool known = true;   // false when the catalogue itself could not be read: nothing to check against
};

struct ReferenceTargets {
  const Network* network;
  ReferenceTarget organisation, municipality, kind, specialism, meeting, training, agenda, route, term;
  // aanbod ids live in the organisations; their index is separate.
  std::vector<std::string_view> service_ids;

  explicit ReferenceTargets(const Network& net);
};

// Reports `ref` when it names no `target`. Returns whether it resolved. `underline` is the
// width marked in the excerpt; 0 means the id itself (a link in Markdown passes 1).
bool check_reference(Reporter& reporter, const ReferenceTarget& target, const IdRef& ref,
                     std::size_t underline = 0);

}  // namespace nk
