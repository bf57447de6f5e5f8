#include "render/pages/calendar_lists.h"

#include "render/calendars/training_text.h"
#include "render/site_paths.h"
#include "values/dates.h"

namespace nk {

mustache::data feed_links(const PageRenderer& r, const std::string& page, const std::string& feed_path) {
  mustache::data d;
  d.set("download_url", r.url(page, feed_path));
  std::string subscribe;
  if (const auto& base = r.network().site.base_url) {
    std::string url = base->value;
    if (!url.empty() && url.back() != '/') url += '/';
    // webcal:// is the same address with the scheme that makes calendar apps subscribe.
    if (auto colon = url.find("://"); colon != std::string::npos) subscribe = "webcal" + url.substr(colon) + feed_path;
  }
  d.set("subscribe_url", subscribe);
  return d;
}

std::string training_selection_path(const std::string& kind, const std::string& id) {
  return "trainingen/" + kind + "/" + id + "/index.html";
}

mustache::data session_row(const PageRenderer& r, const std::string& page, const SessionRef& ref) {
  const Network& net = r.network();
  const Training& training = net.trainings[ref.training];
  const Session& session = training.sessions[ref.session];
  mustache::data d;
  d.set("when", session_time_text(session));
  d.set("name", training.name.value);
  d.set("url", r.url(page, entity_path(EntityKind::training, training.id.value)));
  const std::string status = session_status_text(session);
  d.set("status", status);
  d.set("cancelled", session.status.value == SessionStatus::cancelled);
  d.set("full", session.status.value == SessionStatus::full);
  std::string where = session.location ? "Locatie: " + session.location->value : std::string();
  if (session_online(session)) where += where.empty() ? "Online" : ", en online";
  d.set("where", where);
  std::string meta;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    meta += (meta.empty() ? "" : " \u00b7 ") + part;
  };
  if (training.provider)
    if (auto it = net.organisation_index.find(training.provider->value); it != net.organisation_index.end())
      add(net.organisations[it->second].name.value);
  const std::string costs = costs_text(training.costs);
  add(costs.empty() ? std::string() : "Kosten: " + costs);
  add(training.accreditation ? "Accreditatie: " + training.accreditation->value : std::string());
  d.set("meta", meta);
  std::string tags;
  for (const auto& a : training.audiences) tags += (tags.empty() ? "" : ", ") + std::string(dutch_name(a.value));
  for (const auto& id : training.specialisms)
    if (auto it = net.specialism_index.find(id.value); it != net.specialism_index.end())
      tags += (tags.empty() ? "" : ", ") + net.specialisms[it->second].name.value;
  d.set("tags", tags);
  return d;
}

mustache::data occurrence_item(const PageRenderer& r, const std::string& page, const AgendaOccurrence& occ) {
  const AgendaItem& item = r.network().agenda[occ.item];
  mustache::data d = link_data(item.name.value, r.url(page, entity_path(EntityKind::agenda_item, item.id.value)));
  d.set("when", dutch_date_range(occ.first, occ.last));
  std::string kind = item.kind ? std::string(dutch_name(item.kind->value)) : std::string();
  if (!kind.empty()) kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
  d.set("kind", kind);
  return d;
}

UpcomingCalendar::UpcomingCalendar(const Network& net, const Date& today) {
  for (const SessionRef& ref : sessions_by_start(net)) {
    const Session& s = net.trainings[ref.training].sessions[ref.session];
    if (s.status.value != SessionStatus::cancelled && session_upcoming(s, today)) sessions.push_back(ref);
  }
  agenda = all_agenda_occurrences(net, today, add_days(add_months(today, 12), -1));
}

mustache::data upcoming_data(const PageRenderer& r, const std::string& page, const UpcomingCalendar& upcoming,
                             const std::function<bool(const std::vector<IdRef>&)>& wanted, std::size_t max_sessions,
                             std::size_t max_agenda) {
  const Network& net = r.network();
  mustache::list sessions, agenda;
  for (const SessionRef& ref : upcoming.sessions) {
    if (sessions.size() >= max_sessions) break;
    if (wanted && !wanted(net.trainings[ref.training].specialisms)) continue;
    sessions.push_back(session_row(r, page, ref));
  }
  for (const AgendaOccurrence& occ : upcoming.agenda) {
    if (agenda.size() >= max_agenda) break;
    if (wanted && !wanted(net.agenda[occ.item].specialisms)) continue;
    agenda.push_back(occurrence_item(r, page, occ));
  }
  mustache::data d;
  d.set("has_sessions", !sessions.empty());
  d.set("has_agenda", !agenda.empty());
  d.set("has_any", !sessions.empty() || !agenda.empty());
  d.set("sessions", sessions);
  d.set("agenda", agenda);
  d.set("trainings_url", r.url(page, "trainingen/index.html"));
  d.set("trainings_label", std::string("Alle trainingen"));
  d.set("agenda_url", r.url(page, "agenda/index.html"));
  d.set("feed", false);
  d.set("theme", std::string());
  return d;
}

}  // namespace nk
