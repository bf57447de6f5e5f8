// The specialisme hierarchy has no cycles; overleggen escalate only upward.
#include <algorithm>
#include <vector>

#include "check/reporter.h"

namespace nk {

namespace {

void check_specialism_cycles(Reporter& reporter) {
  const Network& net = reporter.network();
  const auto& list = net.specialisms;
  enum class Mark { unvisited, on_path, done };
  std::vector<Mark> marks(list.size(), Mark::unvisited);
  for (std::size_t start = 0; start < list.size(); ++start) {
    if (marks[start] != Mark::unvisited) continue;
    std::vector<std::size_t> path;
    std::size_t current = start;
    while (true) {
      if (marks[current] == Mark::done) break;
      if (marks[current] == Mark::on_path) {
        // The cycle is the part of the path from `current` on; report it once, at the
        // member that comes first in the file.
        auto from = std::find(path.begin(), path.end(), current);
        std::vector<std::size_t> cycle(from, path.end());
        std::size_t first = *std::min_element(cycle.begin(), cycle.end());
        auto rotate_at = std::find(cycle.begin(), cycle.end(), first);
        std::rotate(cycle.begin(), rotate_at, cycle.end());
        std::string chain;
        for (std::size_t i : cycle) chain += list[i].id.value + " -> ";
        chain += list[first].id.value;
        reporter.report(Code::specialism_cycle, list[first].parent->at,
                        "valt_onder maakt een kring: " + chain,
                        "een specialisme kan niet (via andere) onder zichzelf vallen; haal een 'valt_onder' weg");
        break;
      }
      marks[current] = Mark::on_path;
      path.push_back(current);
      const auto& parent = list[current].parent;
      if (!parent) break;
      auto it = net.specialism_index.find(parent->value);
      if (it == net.specialism_index.end()) break;  // reported as an unknown reference
      current = it->second;
    }
    for (std::size_t i : path) marks[i] = Mark::done;
  }
}

void check_escalation(Reporter& reporter) {
  const Network& net = reporter.network();
  for (const auto& m : net.meetings) {
    if (!m.escalation) continue;
    int layer = m.escalation->layer.value;
    for (const auto& target_ref : m.escalation->escalates_to) {
      auto it = net.meeting_index.find(target_ref.value);
      if (it == net.meeting_index.end()) continue;
      const Meeting& target = net.meetings[it->second];
      if (target.escalation_unreadable) continue;  // its bad laag is reported there
      if (!target.escalation) {
        reporter.report(Code::escalation_not_upward, target_ref.at,
                        "overleg '" + target_ref.value + "' heeft geen opschaling.laag, dus escaleren ernaartoe is niet te plaatsen",
                        "geef '" + target_ref.value + "' een 'opschaling: {laag: ...}' hoger dan " + std::to_string(layer));
      } else if (target.escalation->layer.value <= layer) {
        reporter.report(Code::escalation_not_upward, target_ref.at,
                        "escaleert van laag " + std::to_string(layer) + " naar '" + target_ref.value + "' op laag " +
                            std::to_string(target.escalation->layer.value) + "; escaleren kan alleen naar een hogere laag",
                        layer >= 5 ? "laag 5 is de hoogste laag; haal 'escaleert_naar' weg"
                                   : "verwijs naar een overleg met laag " + std::to_string(layer + 1) + " of hoger");
      }
    }
  }
}

}  // namespace

void check_hierarchies(Reporter& reporter) {
  check_specialism_cycles(reporter);
  check_escalation(reporter);
}

}  // namespace nk
