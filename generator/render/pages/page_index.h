#pragma once
// Relations the data states in one direction, turned around once per build so that every
// page can show them from its own side (who refers to this organisation, which
// organisations serve this gemeente, which contacts are aanspreekpunt for a specialisme).
#include <string>
#include <unordered_map>
#include <vector>

#include "model/network.h"

namespace nk {

struct ContactRef {
  std::size_t organisation;
  std::size_t contact;
};
struct ServiceRef {
  std::size_t organisation;
  std::size_t service;
};
struct IncomingRelation {
  std::size_t from_organisation;
  std::size_t relation;
};
struct SpecialismNode {
  std::size_t specialism;
  int depth;  // 0 for a specialism at the top of the hierarchy
};

struct PageIndex {
  explicit PageIndex(const Network& network);

  // By organisation index.
  std::vector<std::vector<IncomingRelation>> incoming_relations;
  std::vector<std::vector<std::size_t>> chaired_meetings, joined_meetings;
  std::vector<std::vector<std::size_t>> provided_trainings;
  std::vector<std::vector<ServiceRef>> services_reached_via;  // aanbod whose toegang runs through this org

  // By specialism index (direct only; pages add children themselves).
  std::vector<std::vector<std::size_t>> organisations_by_specialism;
  std::vector<std::vector<ContactRef>> contacts_by_specialism;
  std::vector<std::vector<ServiceRef>> services_by_specialism;
  std::vector<std::vector<std::size_t>> meetings_by_specialism;
  std::vector<std::vector<std::size_t>> children_of_specialism;

  // By municipality index: organisations whose werkgebied holds it (region-wide included).
  std::vector<std::vector<std::size_t>> organisations_by_municipality;
  std::vector<std::vector<ServiceRef>> services_by_municipality;

  // All published contacts, ordered by name.
  std::vector<ContactRef> contacts_by_name;

  // Specialismen depth-first, in the order of specialismen.yaml, each after its parent.
  std::vector<SpecialismNode> specialism_tree;
  std::vector<std::size_t> tree_position;  // by specialism index: its place in specialism_tree
  // Everything under a specialism, at any depth, in tree order (not the specialism itself).
  std::vector<std::size_t> descendants(std::size_t specialism) const;

  // Places in name order (case and diacritics folded; ties by id), for sorting subsets:
  // organisation_rank[o], service_rank[o][v], contact_rank[o][c].
  std::vector<std::size_t> organisation_rank;
  std::vector<std::vector<std::size_t>> service_rank, contact_rank;
};

}  // namespace nk
