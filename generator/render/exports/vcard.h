#pragma once
// vCard 4.0 (RFC 6350) pieces, apart so that the unit test can reach them.
#include <string>
#include <string_view>

#include "model/network.h"

namespace nk {

// A TEXT value (RFC 6350 3.4): backslash, comma and semicolon get a backslash; CR LF, CR
// and LF each become "\n"; other control characters (never in loaded data) are dropped.
// So a value can never end its property or start a new one.
std::string vcard_escape(std::string_view value);

// One content line, folded (RFC 6350 3.2): at most 75 octets per line, continuation
// lines start with one space, never inside a UTF-8 sequence; every line ends in CRLF.
std::string vcard_fold(std::string_view line);

// The card of a published contact of `org`: FN, N, ORG, TITLE, EMAIL, TEL (a tel: URI),
// NOTE (roles, specialismen, bereikbaarheid), UID (the contact's HSDS id as urn:uuid) and,
// when site.yaml has a basis_url, the organisation's page as URL.
std::string vcard_for_contact(const Network& network, const Organisation& org, const Contact& contact);

}  // namespace nk
