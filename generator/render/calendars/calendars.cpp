// The feeds. Every VEVENT is written once and shared by the feeds it belongs to: a
// session is in trainingen.ics and in the feed of each of its specialismen and of every
// specialisme above those (a subscriber to "kindermishandeling" wants the narrower themes
// too); an agenda item likewise in agenda.ics and the specialisme feeds.
//
// Stable UIDs: "<training>-<session key>@<host>" for a session, "<item>@<host>" for a
// yearly agenda item (one recurring event), "<item>-<first day>@<host>" for a dated one.
// <host> is the host of basis_url, else "<slug of regio>.netwerkkaart". DTSTAMP and
// LAST-MODIFIED are the entry's beheer.gecontroleerd: the data, never the clock.
#include "render/calendars/calendars.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>

#include "render/calendars/events.h"
#include "render/calendars/ics.h"
#include "render/calendars/training_text.h"
#include "render/site_paths.h"
#include "text/slug.h"
#include "values/dates.h"

namespace nk {

namespace {

struct FeedContext {
  const Network& net;
  std::string host;
  std::string base;  // basis_url with a trailing '/', or empty
  Date cutoff;       // events ending before this day are left out of the feeds
};

std::string host_of(const Network& net) {
  if (net.site.base_url) {
    std::string url = net.site.base_url->value;
    auto scheme = url.find("://");
    std::string rest = scheme == std::string::npos ? url : url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (auto at = rest.rfind('@'); at != std::string::npos) rest = rest.substr(at + 1);
    if (!rest.empty()) return rest;
  }
  std::string region = slugify(net.site.region.value);
  return (region.empty() ? std::string("regio") : region) + ".netwerkkaart";
}

std::string organisation_name(const Network& net, const MaybeText& id) {
  if (!id) return {};
  auto it = net.organisation_index.find(id->value);
  return it == net.organisation_index.end() ? id->value : net.organisations[it->second].name.value;
}

// Markdown as plain text for a DESCRIPTION: links keep their text, markup goes.
std::string plain_text(const Markdown& markdown) {
  cmark_node* root = cmark_parse_document(markdown.text.data(), markdown.text.size(), CMARK_OPT_DEFAULT);
  char* text = cmark_render_plaintext(root, CMARK_OPT_DEFAULT, 0);
  std::string out(text);
  std::free(text);
  cmark_node_free(root);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string text_or_empty(const MaybeText& text) { return text ? text->value : std::string(); }

std::string categories(const Network& net, const std::vector<IdRef>& ids) {
  std::string out;
  for (const auto& id : ids) {
    auto it = net.specialism_index.find(id.value);
    if (it == net.specialism_index.end()) continue;
    if (!out.empty()) out += ',';
    out += ics_text(net.specialisms[it->second].name.value);
  }
  return out;
}

std::string session_event(const FeedContext& f, const Training& training, std::size_t s) {
  const Network& net = f.net;
  const Session& session = training.sessions[s];
  IcsWriter w;
  w.begin("VEVENT");
  w.line("UID", training.id.value + "-" + session_key(training, s) + "@" + f.host);
  const std::string stamp = ics_utc_midnight(training.stewardship.verified.value);
  w.line("DTSTAMP", stamp);
  w.line("LAST-MODIFIED", stamp);
  w.line("DTSTART;TZID=Europe/Amsterdam", ics_local_time(session.start.value));
  w.line("DTEND;TZID=Europe/Amsterdam", ics_local_time(session.end.value));
  std::string summary = training.name.value;
  if (session.status.value == SessionStatus::cancelled) summary = "Geannuleerd: " + summary;
  else if (session.status.value == SessionStatus::full) summary += " (vol)";
  w.text("SUMMARY", summary);
  w.line("STATUS", session.status.value == SessionStatus::cancelled ? "CANCELLED" : "CONFIRMED");
  const std::string place = session_place_text(session);
  if (!place.empty()) w.text("LOCATION", place);

  std::string description;
  auto add = [&](const std::string& label, const std::string& value) {
    if (value.empty()) return;
    if (!description.empty()) description += "\n";
    description += label + value;
  };
  add("Aanbieder: ", organisation_name(net, training.provider));
  if (session.status.value == SessionStatus::cancelled) add("", "Deze sessie gaat niet door.");
  if (session.status.value == SessionStatus::full) add("", "Deze sessie is vol.");
  add("Kosten: ", costs_text(training.costs));
  add("Accreditatie: ", text_or_empty(training.accreditation));
  add("Aanmelden: ", training.registration ? training.registration->value : std::string());
  if (!f.base.empty()) add("Meer informatie: ", f.base + entity_path(EntityKind::training, training.id.value));
  if (!description.empty()) w.text("DESCRIPTION", description);
  if (std::string c = categories(net, training.specialisms); !c.empty()) w.line("CATEGORIES", c);
  if (!f.base.empty()) w.line("URL", f.base + entity_path(EntityKind::training, training.id.value));
  w.line("TRANSP", "OPAQUE");
  w.end("VEVENT");
  return w.str();
}

// One VEVENT for an agenda item's dated range, or the recurring one for a yearly item
// (its first occurrence that still belongs in the feed).
std::string agenda_event(const FeedContext& f, const AgendaItem& item, const AgendaOccurrence& occ) {
  const Network& net = f.net;
  IcsWriter w;
  w.begin("VEVENT");
  w.line("UID", (occ.yearly ? item.id.value : item.id.value + "-" + ics_date(occ.first)) + "@" + f.host);
  const std::string stamp = ics_utc_midnight(item.stewardship.verified.value);
  w.line("DTSTAMP", stamp);
  w.line("LAST-MODIFIED", stamp);
  // All-day: DATE values, and an exclusive end (the day after the last).
  w.line("DTSTART;VALUE=DATE", ics_date(occ.first));
  w.line("DTEND;VALUE=DATE", ics_date(add_days(occ.last, 1)));
  if (occ.yearly) {
    const YearlyRule& rule = *item.yearly;
    std::string rrule = "FREQ=YEARLY;BYMONTH=" + std::to_string(rule.month.value);
    if (rule.day) {
      rrule += ";BYMONTHDAY=" + std::to_string(rule.day->value);
    } else if (rule.weekday && rule.nth) {
      static const char* codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
      rrule += ";BYDAY=" + std::to_string(rule.nth->value) + codes[static_cast<int>(rule.weekday->value)];
    }
    w.line("RRULE", rrule);
  }
  w.text("SUMMARY", item.name.value);
  std::string description;
  auto add = [&](const std::string& label, const std::string& value) {
    if (value.empty()) return;
    if (!description.empty()) description += "\n";
    description += label + value;
  };
  if (item.kind) {
    std::string kind(dutch_name(item.kind->value));
    kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
    add("", kind);
  }
  add("Trekker: ", organisation_name(net, item.lead_organisation));
  add("Werkgroep: ", text_or_empty(item.working_group));
  if (item.description) add("", plain_text(item.description->value));
  if (!f.base.empty()) add("Meer informatie: ", f.base + entity_path(EntityKind::agenda_item, item.id.value));
  if (!description.empty()) w.text("DESCRIPTION", description);
  if (std::string c = categories(net, item.specialisms); !c.empty()) w.line("CATEGORIES", c);
  if (!f.base.empty()) w.line("URL", f.base + entity_path(EntityKind::agenda_item, item.id.value));
  w.line("TRANSP", "TRANSPARENT");  // a campaign week does not make anyone busy
  w.end("VEVENT");
  return w.str();
}

std::string calendar(const FeedContext& f, const std::string& name, const std::string& description,
                     const std::string& path, const std::string& events) {
  IcsWriter w;
  w.begin("VCALENDAR");
  w.line("VERSION", "2.0");
  w.line("PRODID", "-//netwerkkaart//netwerkkaart//NL");
  w.line("CALSCALE", "GREGORIAN");
  w.line("METHOD", "PUBLISH");
  w.text("NAME", name);
  w.text("X-WR-CALNAME", name);
  w.text("DESCRIPTION", description);
  w.text("X-WR-CALDESC", description);
  w.line("X-WR-TIMEZONE", "Europe/Amsterdam");
  w.line("REFRESH-INTERVAL;VALUE=DURATION", "P1D");
  w.line("X-PUBLISHED-TTL", "P1D");
  if (!f.base.empty()) {
    w.line("SOURCE;VALUE=URI", f.base + path);
    w.line("URL", f.base + path);
  }
  write_amsterdam_timezone(w);
  return w.str() + events + "END:VCALENDAR\r\n";
}

// Every specialism's own index and those of all above it (`steps` guards against a cycle).
std::vector<std::size_t> with_ancestors(const Network& net, const std::vector<std::size_t>& parent,
                                        const std::vector<IdRef>& ids) {
  std::vector<std::size_t> out;
  for (const auto& id : ids) {
    auto it = net.specialism_index.find(id.value);
    if (it == net.specialism_index.end()) continue;
    for (std::size_t s = it->second, steps = 0; s < parent.size() && steps <= parent.size(); s = parent[s], ++steps)
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

}  // namespace

std::vector<std::string> calendar_templates() { return {}; }

void render_calendars(const RenderContext& context, OutputSink& sink) {
  const Network& net = context.network;
  FeedContext f{net, host_of(net), {}, add_days(context.settings.today, -feed_days_after_end)};
  if (net.site.base_url) {
    f.base = net.site.base_url->value;
    if (!f.base.empty() && f.base.back() != '/') f.base += '/';
  }
  const std::string& title = net.site.title.value;
  const std::size_t specs = net.specialisms.size();
  std::vector<std::size_t> parent(specs, specs);
  for (std::size_t s = 0; s < specs; ++s)
    if (const auto& p = net.specialisms[s].parent)
      if (auto it = net.specialism_index.find(p->value); it != net.specialism_index.end()) parent[s] = it->second;

  // Sessions: a file each, and the feeds in start order.
  std::vector<std::string> session_events;
  std::vector<SessionRef> sessions = sessions_by_start(net);
  session_events.resize(sessions.size());
  parallel_for(sessions.size(), context.settings.threads, [&](std::size_t i) {
    const Training& training = net.trainings[sessions[i].training];
    session_events[i] = session_event(f, training, sessions[i].session);
    const std::string path = session_ics_path(training, sessions[i].session);
    sink.add(path, calendar(f, training.name.value, "Sessie van " + training.name.value + " (" + title + ")", path,
                            session_events[i]));
  });
  std::string trainings_feed;
  std::vector<std::string> by_specialism(specs);
  std::vector<std::vector<std::size_t>> training_specs(net.trainings.size());
  for (std::size_t t = 0; t < net.trainings.size(); ++t)
    training_specs[t] = with_ancestors(net, parent, net.trainings[t].specialisms);
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const Session& session = net.trainings[sessions[i].training].sessions[sessions[i].session];
    if (session.end.value.date < f.cutoff) continue;
    trainings_feed += session_events[i];
    for (std::size_t s : training_specs[sessions[i].training]) by_specialism[s] += session_events[i];
  }

  // Agenda items: each yearly one once, from its first occurrence in the feed's window;
  // each dated range that ends in the window.
  std::string agenda_feed;
  const Date far{f.cutoff.year + 2, 12, 31};
  std::vector<AgendaOccurrence> occurrences;
  for (std::size_t a = 0; a < net.agenda.size(); ++a) {
    auto some = agenda_occurrences(net, a, f.cutoff, far);
    if (net.agenda[a].yearly && some.size() > 1) some.resize(1);
    occurrences.insert(occurrences.end(), some.begin(), some.end());
  }
  std::stable_sort(occurrences.begin(), occurrences.end(),
                   [](const AgendaOccurrence& a, const AgendaOccurrence& b) { return a.first < b.first; });
  for (const AgendaOccurrence& occ : occurrences) {
    const AgendaItem& item = net.agenda[occ.item];
    std::string event = agenda_event(f, item, occ);
    agenda_feed += event;
    for (std::size_t s : with_ancestors(net, parent, item.specialisms)) by_specialism[s] += event;
  }

  sink.add(trainings_feed_path, calendar(f, "Trainingen " + title, "Trainingen en cursussen in het netwerk (" + title + ")",
                                          trainings_feed_path, trainings_feed));
  sink.add(agenda_feed_path, calendar(f, "Jaaragenda " + title, "Themadagen, themaweken en bijeenkomsten (" + title + ")",
                                       agenda_feed_path, agenda_feed));
  parallel_for(specs, context.settings.threads, [&](std::size_t s) {
    const Specialism& spec = net.specialisms[s];
    const std::string path = specialism_feed_path(spec.id.value);
    sink.add(path, calendar(f, spec.name.value + " (" + title + ")",
                            "Trainingen en agenda over " + spec.name.value + " (" + title + ")", path, by_specialism[s]));
  });
}

}  // namespace nk
