#pragma once
// The iCalendar output: trainingen.ics, agenda.ics, specialismen/<id>.ics and one .ics
// per training session ("Zet in agenda"). docs/calendars.md has the choices.
#include <string>
#include <vector>

#include "render/output.h"

namespace nk {

void render_calendars(const RenderContext& context, OutputSink& sink);
std::vector<std::string> calendar_templates();  // none: feeds are not HTML

// How long after its end an event stays in a feed (site.md: 90 days).
inline constexpr int feed_days_after_end = 90;

}  // namespace nk
