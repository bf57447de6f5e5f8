#pragma once
// One decoder per kind of data file: YAML tree in, model struct out, problems reported.
#include <optional>
#include <string_view>
#include <vector>

#include "load/field_reader.h"
#include "model/network.h"

namespace nk {

Site decode_site(const YamlNode& root, DecodeContext& ctx);
std::vector<Municipality> decode_municipalities(const YamlNode& root, DecodeContext& ctx);
std::vector<OrganisationKind> decode_organisation_kinds(const YamlNode& root, DecodeContext& ctx);
std::vector<Specialism> decode_specialisms(const YamlNode& root, DecodeContext& ctx);
std::vector<Term> decode_terms(const YamlNode& root, DecodeContext& ctx);

// Entity files: `stem` is the file name without .yaml, the id unless `id:` says otherwise.
std::optional<Organisation> decode_organisation(const YamlNode& root, std::string_view stem, DecodeContext& ctx);
std::optional<Meeting> decode_meeting(const YamlNode& root, std::string_view stem, DecodeContext& ctx);
std::optional<Training> decode_training(const YamlNode& root, std::string_view stem, DecodeContext& ctx);
std::optional<AgendaItem> decode_agenda_item(const YamlNode& root, std::string_view stem, DecodeContext& ctx);
std::optional<Route> decode_route(const YamlNode& root, std::string_view stem, DecodeContext& ctx);

// The id of an entity file: the stem, checked against `id:` when present.
Text entity_id(MappingReader& reader, std::string_view stem);

// An id that defaults to the slug of a name (contacts, begrippen, route steps).
struct DerivedId {
  Text id;
  bool explicit_id = false;
};
DerivedId id_or_slug(MappingReader& reader, const Text& name);

}  // namespace nk
