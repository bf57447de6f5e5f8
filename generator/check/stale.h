#pragma once
// Entries past their verification date (data.md "beheer"): one rule, used by the NK501
// warning, `check --verouderd` and the monitor, so the three never disagree.
#include <string>
#include <vector>

#include "model/network.h"

namespace nk {

// Whether `s` was verified, not in the future, and more than `months` months before `today`.
bool is_stale(const Stewardship& s, int months, const Date& today);

struct StaleEntry {
  std::string kind;  // Dutch: organisatie, overleg, training, agenda, route
  std::string id;
  std::string name;
  std::string file;
  SourcePosition at;  // of `gecontroleerd`
  Date verified;
  Date stale_since;   // gecontroleerd + verouderd_na_maanden
  std::string contact;  // beheer.contact
};

// Every stale organisation, overleg, training, agenda item and route, sorted by file.
std::vector<StaleEntry> stale_entries(const Network& network, const Date& today);

// `check --verouderd` output: readable text, or CSV (RFC 4180, header row) for a mail merge.
std::string format_stale_text(const std::vector<StaleEntry>& entries, const Network& network, const Date& today);
std::string format_stale_csv(const std::vector<StaleEntry>& entries);

}  // namespace nk
