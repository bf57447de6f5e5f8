#pragma once
// monitor/index.html: coverage indicators for the werkgroep netwerk in beeld (site.md
// "Monitor"). Its own output module; the figures are a plain function of the published
// network, so a test can compare them with figures computed elsewhere.
#include <string>
#include <vector>

#include "check/stale.h"
#include "render/output.h"

namespace nk {

struct MonitorIndicator {
  std::string key;    // stable id, also the anchor on the page
  std::string label;  // Dutch
  std::vector<std::size_t> with, without;  // organisation indexes (netwerkpartners only)
};

struct MonitorFigures {
  std::vector<std::size_t> partners;             // organisations with ring: keten
  std::vector<MonitorIndicator> indicators;
  std::vector<std::size_t> specialisms_without_contact;  // no aanspreekpunt names it directly
  // coverage[m][s]: gemeente m has an aanspreekpunt or aanbod for specialism s from an
  // organisation whose werkgebied holds m.
  std::vector<std::vector<bool>> coverage;
  std::vector<StaleEntry> stale;
  std::vector<std::size_t> upcoming_sessions;    // per specialism: sessions not cancelled, starting today or later
};

MonitorFigures monitor_figures(const Network& network, const Date& today);

void render_monitor(const RenderContext& context, OutputSink& sink);
std::vector<std::string> monitor_templates();

}  // namespace nk
