#pragma once
// One builder per map type: pure functions from the model to a MapGraph (no Graphviz), so
// what a map shows, how much, and its text alternative are tested without laying it out.
#include <cstddef>
#include <optional>
#include <vector>

#include "model/network.h"
#include "render/maps/map_graph.h"
#include "render/pages/page_index.h"

namespace nk {

// How many neighbours an ego map shows at most, per group; the rest is "en nog X".
struct MapCaps {
  std::size_t organisations = 12, specialisms = 6, meetings = 6, services = 8, contacts = 6;
  std::size_t per_layer = 8;            // opschalingsstructuur: overleggen per laag
  std::size_t overview_detail = 24;     // organisations up to which the overview shows each one
  std::size_t submap_organisations = 40;  // organisations on one sub-map of the overview
};

MapGraph organisation_map(const Network& net, const PageIndex& index, std::size_t organisation,
                          const MapCaps& caps = {});
MapGraph specialism_map(const Network& net, const PageIndex& index, std::size_t specialism,
                        const MapCaps& caps = {});
MapGraph municipality_map(const Network& net, const PageIndex& index, std::size_t municipality,
                          const MapCaps& caps = {});
// The opschalingsstructuur: every overleg with a laag, layered, with its escalation edges;
// with `focus`, the part around that overleg (what it escalates to, up to the top, and
// what escalates to it), the overleg highlighted.
MapGraph escalation_map(const Network& net, std::optional<std::size_t> focus, const MapCaps& caps = {});
MapGraph route_map(const Network& net, std::size_t route);

// The overview on kaart/index.html. Up to caps.overview_detail organisations: each one,
// grouped by soort, keten and tweede ring told apart. Beyond: one node per soort and
// ring, linking to a sub-map per soort (overview_submap, page overview_submap_path).
MapGraph overview_map(const Network& net, const PageIndex& index, const MapCaps& caps = {});
bool overview_is_split(const Network& net, const MapCaps& caps = {});
MapGraph overview_submap(const Network& net, const PageIndex& index, std::size_t kind, const MapCaps& caps = {});
std::string overview_submap_path(const Network& net, std::size_t kind);  // "kaart/<soort>/index.html"

// The page each map type belongs on.
inline constexpr const char* escalation_page = "overleggen/index.html";
inline constexpr const char* overview_page = "kaart/index.html";

}  // namespace nk
