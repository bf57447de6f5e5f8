#include "publish/publish.h"

#include <algorithm>

namespace nk {

std::string_view profile_name(Profile profile) {
  return profile == Profile::open ? "openbaar" : "professionals";
}

namespace {

bool may_publish(const Contact& c, Profile profile, const Date& today) {
  if (!c.consent || c.consent->value > today) return false;
  if (profile == Profile::open) return c.publication.value == Publication::open;
  return true;
}

void strip_secret(std::optional<Address>& address) {
  if (!address || !address->is_secret()) return;
  address->street.reset();
  address->postcode.reset();
}

// Who maintains an entry is for the werkgroep, not for readers: often a person's own
// address, without that person's consent to publish it.
void strip_maintainer(Stewardship& s) { s.contact.value.clear(); }

}  // namespace

Network publish(const Network& source, Profile profile, const Date& today) {
  Network out = source;
  for (auto& org : out.organisations) {
    strip_secret(org.address);
    strip_maintainer(org.stewardship);
    std::erase_if(org.contacts, [&](const Contact& c) { return !may_publish(c, profile, today); });
    auto published = [&](const std::string& id) {
      return std::any_of(org.contacts.begin(), org.contacts.end(), [&](const Contact& c) { return c.id.value == id; });
    };
    for (auto& service : org.services)
      if (service.contact && !published(service.contact->value)) service.contact.reset();
  }
  for (auto& m : out.meetings) strip_maintainer(m.stewardship);
  for (auto& t : out.trainings) strip_maintainer(t.stewardship);
  for (auto& a : out.agenda) strip_maintainer(a.stewardship);
  for (auto& r : out.routes) strip_maintainer(r.stewardship);
  for (auto& meeting : out.meetings) {
    if (!meeting.registration || !meeting.registration->contact) continue;
    const auto& reg = *meeting.registration;
    bool keep = false;
    if (reg.organisation) {
      auto it = out.organisation_index.find(reg.organisation->value);
      if (it != out.organisation_index.end())
        for (const auto& c : out.organisations[it->second].contacts) keep = keep || c.id.value == reg.contact->value;
    }
    if (!keep) meeting.registration->contact.reset();
  }
  // Organisations keep their positions, so the indexes stay valid; services too.
  return out;
}

}  // namespace nk
