#pragma once
// Calendar pieces that several pages show: a training session as one list entry, the
// download and subscribe links of a feed, and "what is coming" (next sessions and agenda
// items) for the home page and the specialisme pages.
#include <functional>
#include <string>
#include <vector>

#include "render/calendars/events.h"
#include "render/pages/page_frame.h"
#include "render/pages/page_index.h"

namespace nk {

// A feed's links: {download_url, subscribe_url} where subscribe_url is the webcal:// form
// of its absolute address, present only when site.yaml has a basis_url.
mustache::data feed_links(const PageRenderer& r, const std::string& page, const std::string& feed_path);

// Selections of the training calendar: "trainingen/specialisme/<id>/index.html" ...
std::string training_selection_path(const std::string& kind, const std::string& id);

// A session as one entry (partial session-row): when, training (linked), status, where,
// aanbieder, costs, accreditatie, doelgroep and specialismen.
mustache::data session_row(const PageRenderer& r, const std::string& page, const SessionRef& ref);

// An agenda occurrence as one entry: {label, url, when, kind}.
mustache::data occurrence_item(const PageRenderer& r, const std::string& page, const AgendaOccurrence& occ);

// What is coming, computed once per build: sessions not cancelled that have not ended,
// in start order, and agenda occurrences of the coming twelve months.
struct UpcomingCalendar {
  UpcomingCalendar(const Network& net, const Date& today);
  std::vector<SessionRef> sessions;
  std::vector<AgendaOccurrence> agenda;
};

// The first `max_sessions` sessions and `max_agenda` agenda occurrences whose specialismen
// pass `wanted` (all when empty): {sessions, has_sessions, agenda, has_agenda, has_any,
// trainings_url, agenda_url}.
mustache::data upcoming_data(const PageRenderer& r, const std::string& page, const UpcomingCalendar& upcoming,
                             const std::function<bool(const std::vector<IdRef>&)>& wanted, std::size_t max_sessions,
                             std::size_t max_agenda);

// The calendar page kinds (training_pages.cpp, agenda_pages.cpp).
void render_training_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_agenda_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);

}  // namespace nk
