// trainingen/index.html, its selections, and trainingen/<id>/index.html.
//
// The calendar lists every session: the coming ones by month (a session still running
// today counts as coming), then the past ones, latest first. Selections filter without
// JavaScript: trainingen/specialisme/<id>/ (that specialisme and those under it),
// trainingen/doelgroep/<doelgroep>/ and trainingen/aanbieder/<organisation>/, each made
// only when it holds a training. With JavaScript the list also filters while typing
// (data-filter): every entry carries its aanbieder, doelgroep and specialismen as text.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "render/calendars/training_text.h"
#include "render/pages/calendar_lists.h"
#include "render/pages/page_views.h"
#include "render/site_paths.h"
#include "values/dates.h"

namespace nk {

namespace {

struct Selection {
  std::string path;
  std::string title;
  std::string description;
  std::string intro;
  std::string crumb;
  mustache::data related = mustache::data(false);  // the specialisme's or organisation's own page
  std::string feed;                                 // a feed for exactly this selection, or empty
  std::vector<bool> trainings;                      // by training index
};

// Sessions in start order, rendered once for each folder depth they appear at.
struct SessionRows {
  std::vector<SessionRef> order;
  std::vector<std::string> index_rows;      // for trainingen/index.html
  std::vector<std::string> selection_rows;  // for trainingen/<kind>/<id>/index.html
};

std::string month_anchor(const Date& d) {
  return "maand-" + std::to_string(d.year) + "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month);
}

std::string count_text(std::size_t n) { return n == 1 ? "1 training" : std::to_string(n) + " trainingen"; }

mustache::data calendar_body(const PageRenderer& r, const SessionRows& rows, const std::vector<std::string>& rendered,
                             const std::vector<bool>* wanted) {
  const Network& net = r.network();
  const Date today = r.context().settings.today;
  mustache::list months;
  std::string current_html, past_html;
  std::vector<std::size_t> past;
  Date month{0, 0, 0};
  std::size_t upcoming = 0;
  auto flush = [&] {
    if (current_html.empty()) return;
    mustache::data m;
    m.set("label", dutch_month_year(month.year, month.month));
    m.set("anchor", month_anchor(month));
    m.set("rows_html", current_html);
    months.push_back(m);
    current_html.clear();
  };
  for (std::size_t i = 0; i < rows.order.size(); ++i) {
    const SessionRef& ref = rows.order[i];
    if (wanted && !(*wanted)[ref.training]) continue;
    const Session& s = net.trainings[ref.training].sessions[ref.session];
    if (!session_upcoming(s, today)) {
      past.push_back(i);
      continue;
    }
    Date m{s.start.value.date.year, s.start.value.date.month, 1};
    // A session that began last month and runs today is listed under this month.
    if (m < Date{today.year, today.month, 1}) m = Date{today.year, today.month, 1};
    if (m != month) flush(), month = m;
    current_html += rendered[i];
    ++upcoming;
  }
  flush();
  for (auto it = past.rbegin(); it != past.rend(); ++it) past_html += rendered[*it];
  mustache::data d;
  d.set("months", months);
  d.set("has_upcoming", upcoming > 0);
  d.set("upcoming_count", std::to_string(upcoming));
  d.set("past_html", past_html);
  d.set("has_past", !past.empty());
  d.set("past_count", std::to_string(past.size()));
  d.set("has_sessions", upcoming + past.size() >= 1);
  return d;
}

void selection_page(const PageRenderer& r, const SessionRows& rows, const Selection& sel, OutputSink& sink) {
  if (!r.context().wants(sel.path)) return;
  mustache::data d = calendar_body(r, rows, rows.selection_rows, &sel.trainings);
  d.set("intro", sel.intro);
  d.set("related", sel.related);
  d.set("all_url", r.url(sel.path, "trainingen/index.html"));
  d.set("feed", sel.feed.empty() ? mustache::data(false) : feed_links(r, sel.path, sel.feed));
  d.set("all_feed", feed_links(r, sel.path, trainings_feed_path));
  PageSpec spec;
  spec.path = sel.path;
  spec.title = sel.title;
  spec.description = sel.description;
  spec.body_template = "trainings";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Trainingen", "trainingen/index.html"}, {sel.crumb, ""}};
  spec.nav_section = "trainingen";
  r.emit(std::move(spec), sink);
}

struct Facet {
  std::string label, path;
  std::size_t count = 0;
};

void trainings_index(const PageRenderer& r, const SessionRows& rows, const std::vector<Facet>& by_specialism,
                     const std::vector<Facet>& by_audience, const std::vector<Facet>& by_provider, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "trainingen/index.html";
  if (!r.context().wants(page)) return;
  mustache::data d = calendar_body(r, rows, rows.index_rows, nullptr);
  d.set("index", true);
  d.set("intro", "Trainingen en cursussen van de netwerkpartners in " + net.site.region.value + ": " +
                     count_text(net.trainings.size()) + ". Kies een training voor de inhoud en hoe je je aanmeldt.");
  auto facet_list = [&](const std::vector<Facet>& facets) {
    mustache::list out;
    for (const Facet& f : facets) {
      mustache::data item = link_data(f.label, r.url(page, f.path));
      item.set("count", std::to_string(f.count));
      out.push_back(item);
    }
    return out;
  };
  d.set("specialisms", facet_list(by_specialism));
  d.set("has_specialisms", !by_specialism.empty());
  d.set("audiences", facet_list(by_audience));
  d.set("has_audiences", !by_audience.empty());
  d.set("providers", facet_list(by_provider));
  d.set("has_providers", !by_provider.empty());
  d.set("has_facets", !by_specialism.empty() || !by_audience.empty() || !by_provider.empty());
  d.set("feed", false);
  d.set("all_feed", feed_links(r, page, trainings_feed_path));
  PageSpec spec;
  spec.path = page;
  spec.title = "Trainingen";
  spec.description = "Trainingen en cursussen over huiselijk geweld en kindermishandeling in " + net.site.region.value +
                     ": wanneer, waar, kosten en aanmelden.";
  spec.body_template = "trainings";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Trainingen", ""}};
  spec.nav_section = "trainingen";
  r.emit(std::move(spec), sink);
}

void training_page(const PageRenderer& r, std::size_t t, OutputSink& sink) {
  const Network& net = r.network();
  const Training& training = net.trainings[t];
  const std::string page = entity_path(EntityKind::training, training.id.value);
  if (!r.context().wants(page)) return;
  const Date today = r.context().settings.today;
  mustache::data d;
  d.set("provider", training.provider ? organisation_link(r, page, training.provider->value) : mustache::data(false));
  d.set("audiences", audience_list(training.audiences));
  d.set("specialisms", specialism_links(r, page, training.specialisms));
  d.set("has_specialisms", !training.specialisms.empty());
  d.set("costs", costs_text(training.costs));
  d.set("accreditation", text_or(training.accreditation));
  std::string open;
  if (training.open_to_external)
    open = training.open_to_external->value ? "Ja, ook voor medewerkers van andere organisaties"
                                            : "Nee, alleen voor medewerkers van de aanbieder";
  d.set("open", open);
  const std::string reg = registration_url(training);
  mustache::data registration(false);
  if (!reg.empty()) {
    std::string scheme = reg.substr(0, 7);
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool email = scheme == "mailto:";
    registration = link_data(email ? reg.substr(7) : reg, reg);
    registration.set("email", email);
  }
  d.set("registration", registration);
  d.set("description_html", r.html(training.description, page, 2));
  d.set("stewardship", stewardship_data(r, training.stewardship));

  nlohmann::ordered_json course;
  course["@context"] = "https://schema.org";
  course["@type"] = "Course";
  course["name"] = training.name.value;
  if (training.provider)
    if (auto it = net.organisation_index.find(training.provider->value); it != net.organisation_index.end())
      course["provider"] = {{"@type", "Organization"}, {"name", net.organisations[it->second].name.value}};
  nlohmann::ordered_json instances = nlohmann::ordered_json::array();

  mustache::list upcoming, past;
  std::vector<std::size_t> order(training.sessions.size());
  for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return training.sessions[a].start.value < training.sessions[b].start.value;
  });
  for (std::size_t s : order) {
    const Session& session = training.sessions[s];
    mustache::data item;
    item.set("when", session_time_text(session));
    item.set("where", session.location ? session.location->value : std::string());
    item.set("online", session_online(session));
    item.set("status", session_status_text(session));
    item.set("cancelled", session.status.value == SessionStatus::cancelled);
    item.set("full", session.status.value == SessionStatus::full);
    item.set("seats", session.seats ? std::to_string(session.seats->value) + " plaatsen" : std::string());
    item.set("ics_url", r.url(page, session_ics_path(training, s)));
    item.set("ics_label", "Zet in agenda: " + session_time_text(session));
    (session_upcoming(session, today) ? upcoming : past).push_back(item);

    nlohmann::ordered_json inst;
    inst["@type"] = "CourseInstance";
    inst["startDate"] = format_datetime(session.start.value).replace(10, 1, "T");
    inst["endDate"] = format_datetime(session.end.value).replace(10, 1, "T");
    inst["courseMode"] = session.location ? (session_online(session) ? "blended" : "onsite") : "online";
    if (session.location) inst["location"] = session.location->value;
    inst["eventStatus"] = session.status.value == SessionStatus::cancelled ? "https://schema.org/EventCancelled"
                                                                           : "https://schema.org/EventScheduled";
    instances.push_back(inst);
  }
  std::reverse(past.begin(), past.end());
  if (!instances.empty()) course["hasCourseInstance"] = instances;
  d.set("upcoming", upcoming);
  d.set("has_upcoming", !upcoming.empty());
  d.set("past", past);
  d.set("has_past", !past.empty());
  d.set("all_feed", feed_links(r, page, trainings_feed_path));
  d.set("calendar_url", r.url(page, "trainingen/index.html"));

  PageSpec spec;
  spec.path = page;
  spec.title = training.name.value;
  spec.description = training.name.value + ": data, locatie, kosten en aanmelden.";
  spec.body_template = "training";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Trainingen", "trainingen/index.html"}, {training.name.value, ""}};
  spec.nav_section = "trainingen";
  spec.structured_data = course.dump();
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_training_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  if (!r.context().wants_any_under("trainingen/")) return;
  const Network& net = r.network();
  const std::size_t trainings = net.trainings.size(), specs = net.specialisms.size();

  SessionRows rows;
  rows.order = sessions_by_start(net);
  rows.index_rows.resize(rows.order.size());
  rows.selection_rows.resize(rows.order.size());
  const std::string selection_sample = training_selection_path("doelgroep", "x");
  parallel_for(rows.order.size(), r.context().settings.threads, [&](std::size_t i) {
    const Theme& theme = r.context().theme;
    rows.index_rows[i] = theme.render("session-row", session_row(r, "trainingen/index.html", rows.order[i]));
    rows.selection_rows[i] = theme.render("session-row", session_row(r, selection_sample, rows.order[i]));
  });

  // Selections. A specialisme holds the trainings of itself and of everything under it.
  std::vector<Selection> selections;
  std::vector<Facet> by_specialism, by_audience, by_provider;
  std::vector<std::size_t> parent(specs, specs);
  for (std::size_t s = 0; s < specs; ++s)
    if (const auto& p = net.specialisms[s].parent)
      if (auto it = net.specialism_index.find(p->value); it != net.specialism_index.end()) parent[s] = it->second;
  std::vector<std::vector<bool>> spec_mask(specs);
  std::vector<std::size_t> spec_count(specs, 0);
  for (std::size_t t = 0; t < trainings; ++t) {
    std::vector<std::size_t> marked;
    for (const auto& id : net.trainings[t].specialisms) {
      auto it = net.specialism_index.find(id.value);
      if (it == net.specialism_index.end()) continue;
      for (std::size_t s = it->second, steps = 0; s < specs && steps <= specs; s = parent[s], ++steps) {
        if (std::find(marked.begin(), marked.end(), s) != marked.end()) continue;
        marked.push_back(s);
        if (spec_mask[s].empty()) spec_mask[s].resize(trainings, false);
        spec_mask[s][t] = true;
        ++spec_count[s];
      }
    }
  }
  for (const SpecialismNode& node : index.specialism_tree) {
    const std::size_t s = node.specialism;
    if (spec_count[s] == 0) continue;
    const Specialism& spec = net.specialisms[s];
    Selection sel;
    sel.path = training_selection_path("specialisme", spec.id.value);
    sel.title = "Trainingen over " + spec.name.value;
    sel.description = "Trainingen over " + spec.name.value + " in " + net.site.region.value + ".";
    sel.intro = index.children_of_specialism[s].empty()
                    ? "Trainingen over " + spec.name.value + ": " + count_text(spec_count[s]) + "."
                    : "Trainingen over " + spec.name.value + " of een specialisme dat eronder valt: " +
                          count_text(spec_count[s]) + ".";
    sel.crumb = spec.name.value;
    sel.related = link_data("Alles over " + spec.name.value, r.url(sel.path, entity_path(EntityKind::specialism, spec.id.value)));
    sel.feed = specialism_feed_path(spec.id.value);
    sel.trainings = std::move(spec_mask[s]);
    by_specialism.push_back({spec.name.value, sel.path, spec_count[s]});
    selections.push_back(std::move(sel));
  }
  for (const auto& n : names_of<Audience>()) {
    std::vector<bool> mask(trainings, false);
    std::size_t count = 0;
    for (std::size_t t = 0; t < trainings; ++t)
      for (const auto& a : net.trainings[t].audiences)
        if (a.value == n.value && !mask[t]) mask[t] = true, ++count;
    if (count == 0) continue;
    Selection sel;
    sel.path = training_selection_path("doelgroep", std::string(n.dutch));
    sel.title = "Trainingen voor " + std::string(n.dutch);
    sel.description = sel.title + " in " + net.site.region.value + ".";
    sel.intro = "Trainingen met als doelgroep " + std::string(n.dutch) + ": " + count_text(count) + ".";
    sel.crumb = "Voor " + std::string(n.dutch);
    sel.trainings = std::move(mask);
    by_audience.push_back({std::string(n.dutch), sel.path, count});
    selections.push_back(std::move(sel));
  }
  std::vector<std::size_t> providers;
  std::vector<std::size_t> provider_count(net.organisations.size(), 0);
  for (std::size_t t = 0; t < trainings; ++t)
    if (const auto& p = net.trainings[t].provider)
      if (auto it = net.organisation_index.find(p->value); it != net.organisation_index.end())
        if (provider_count[it->second]++ == 0) providers.push_back(it->second);
  std::sort(providers.begin(), providers.end(),
            [&](std::size_t a, std::size_t b) { return index.organisation_rank[a] < index.organisation_rank[b]; });
  for (std::size_t o : providers) {
    const Organisation& org = net.organisations[o];
    Selection sel;
    sel.path = training_selection_path("aanbieder", org.id.value);
    sel.title = "Trainingen van " + org.name.value;
    sel.description = sel.title + ".";
    sel.intro = "Trainingen die " + org.name.value + " aanbiedt: " + count_text(provider_count[o]) + ".";
    sel.crumb = org.name.value;
    sel.related = link_data("Over " + org.name.value, r.url(sel.path, entity_path(EntityKind::organisation, org.id.value)));
    sel.trainings.assign(trainings, false);
    for (std::size_t t : index.provided_trainings[o]) sel.trainings[t] = true;
    by_provider.push_back({org.name.value, sel.path, provider_count[o]});
    selections.push_back(std::move(sel));
  }

  trainings_index(r, rows, by_specialism, by_audience, by_provider, sink);
  parallel_for(selections.size(), r.context().settings.threads,
               [&](std::size_t i) { selection_page(r, rows, selections[i], sink); });
  parallel_for(trainings, r.context().settings.threads, [&](std::size_t t) { training_page(r, t, sink); });
}

}  // namespace nk
