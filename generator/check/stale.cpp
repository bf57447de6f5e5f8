#include "check/stale.h"

#include <algorithm>

#include "values/dates.h"

namespace nk {

bool is_stale(const Stewardship& s, int months, const Date& today) {
  if (s.verified.value.year == 0 || s.verified.value > today) return false;
  return add_months(s.verified.value, months) < today;
}

namespace {

template <class Entity>
void collect(std::vector<StaleEntry>& out, const Network& net, const std::vector<Entity>& entities,
             const char* kind, const Date& today) {
  int months = net.site.stale_after_months.value;
  for (const auto& e : entities) {
    if (!is_stale(e.stewardship, months, today)) continue;
    out.push_back({kind, e.id.value, e.name.value.empty() ? e.id.value : e.name.value, net.file_of(e.at),
                   e.stewardship.verified.at, e.stewardship.verified.value,
                   add_months(e.stewardship.verified.value, months), e.stewardship.contact.value});
  }
}

std::string csv_field(const std::string& value) {
  // Quote every field that needs it; a leading = + - @ is neutralised so that a
  // spreadsheet never runs data from a pull request as a formula.
  std::string v = value;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::vector<StaleEntry> stale_entries(const Network& network, const Date& today) {
  std::vector<StaleEntry> out;
  collect(out, network, network.organisations, "organisatie", today);
  collect(out, network, network.meetings, "overleg", today);
  collect(out, network, network.trainings, "training", today);
  collect(out, network, network.agenda, "agenda", today);
  collect(out, network, network.routes, "route", today);
  std::stable_sort(out.begin(), out.end(), [](const StaleEntry& a, const StaleEntry& b) { return a.file < b.file; });
  return out;
}

std::string format_stale_text(const std::vector<StaleEntry>& entries, const Network& network, const Date& today) {
  int months = network.site.stale_after_months.value;
  std::string out = "Verouderde gegevens op " + format_date(today) + " (langer dan " + std::to_string(months) +
                    " maanden niet gecontroleerd): ";
  out += entries.empty() ? "geen\n" : std::to_string(entries.size()) + "\n";
  for (const auto& e : entries) {
    out += "\n" + e.file + ":" + std::to_string(e.at.line) + ":" + std::to_string(e.at.column) + ": " + e.kind +
           " '" + e.name + "' (" + e.id + ")\n";
    out += "  gecontroleerd " + format_date(e.verified) + ", verouderd sinds " + format_date(e.stale_since) + "\n";
    out += "  beheer: " + (e.contact.empty() ? std::string("(onbekend)") : e.contact) + "\n";
  }
  return out;
}

std::string format_stale_csv(const std::vector<StaleEntry>& entries) {
  std::string out = "soort,id,naam,bestand,regel,gecontroleerd,verouderd_sinds,beheer_contact\r\n";
  for (const auto& e : entries) {
    out += csv_field(e.kind) + "," + csv_field(e.id) + "," + csv_field(e.name) + "," + csv_field(e.file) + "," +
           std::to_string(e.at.line) + "," + format_date(e.verified) + "," + format_date(e.stale_since) + "," +
           csv_field(e.contact) + "\r\n";
  }
  return out;
}

}  // namespace nk
