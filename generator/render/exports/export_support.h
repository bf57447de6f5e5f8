#pragma once
// Small pieces the export modules share: JSON bytes in one style, name-based UUIDs
// (RFC 4122 version 5) for the HSDS ids and vCard UIDs, and plain value formats.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/network.h"

namespace nk {

// Pretty-printed (two spaces), UTF-8 as is, ending in a newline. Key order is the
// insertion order of ordered_json, so the bytes depend on the data only.
std::string json_bytes(const nlohmann::ordered_json& value);

// `value` as json_bytes() would print it at nesting `level` of a larger document (without
// the final newline): JSON output has no raw line breaks inside strings, so indenting
// every line is exact. Lets a large document be printed piece by piece, in parallel.
std::string json_bytes_at(const nlohmann::ordered_json& value, int level);

// A JSON array at nesting `level` whose items are already printed at level + 1 (by
// json_bytes_at): the same bytes as printing the whole array at once.
std::string json_array_bytes(const std::vector<std::string>& items, int level);

// SHA-1 (FIPS 180-4) of `data`. Used only to derive stable identifiers, not for security.
std::array<std::uint8_t, 20> sha1(std::string_view data);

// RFC 4122 name-based UUID, version 5 (SHA-1), in the URL namespace
// 6ba7b811-9dad-11d1-80b4-00c04fd430c8: the same as Python's
// uuid.uuid5(uuid.NAMESPACE_URL, name). Lower-case, 36 characters.
std::string uuid_v5_url(std::string_view name);

// The UUID of a netwerkkaart record: uuid_v5_url("netwerkkaart:<kind>:<key>"), e.g.
// record_uuid("organisatie", "xonar"). `key` is built from ids only ([a-z0-9-], '/'
// between the parts), so different records never share a name.
std::string record_uuid(std::string_view kind, std::string_view key);

std::string iso_date(const Date& date);              // "2026-11-22"
std::string iso_datetime(const DateTime& time);      // "2026-11-22T09:30" (local time)

// The text of an optional value, or "" when it is absent.
inline const std::string& text_or_empty(const MaybeText& value) {
  static const std::string empty;
  return value ? value->value : empty;
}
inline const std::string& text_or_empty(const Maybe<Markdown>& value) {
  static const std::string empty;
  return value ? value->value.text : empty;
}

}  // namespace nk
