#pragma once
// What a profile may publish, as a copy of the model from which everything else is gone.
// Every output reads only this copy, so no renderer can leak a secret address or a person
// without consent: the data is not there to leak.
#include <string_view>

#include "model/network.h"

namespace nk {

enum class Profile {
  professionals,  // persons with consent; pages are noindex, meant behind the partners' access
  open,           // only persons with `publicatie: openbaar`
};

std::string_view profile_name(Profile profile);  // "professionals", "openbaar"

// The published network: persons without consent (or, in the open profile, without
// `publicatie: openbaar`) are removed with every reference to them; street and postcode
// of a secret address are removed. Indexes are rebuilt. `today` decides consent dates.
Network publish(const Network& source, Profile profile, const Date& today);

}  // namespace nk
