// agenda/index.html (the jaaragenda) and agenda/<id>/index.html.
//
// The jaaragenda shows what is coming (from today to the end of next year), then a year
// overview of the current and the next year: twelve months, each listing the days and
// weeks taken by campaign days, weeks and events (an item spanning two months is listed
// in both). Yearly items are expanded for these two years; the feeds carry them as one
// recurring event each.
#include "render/calendars/events.h"
#include "render/pages/calendar_lists.h"
#include "render/pages/page_views.h"
#include "render/site_paths.h"
#include "values/dates.h"

namespace nk {

namespace {

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

void agenda_index(const PageRenderer& r, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "agenda/index.html";
  if (!r.context().wants(page)) return;
  const Date today = r.context().settings.today;
  const Date horizon_end{today.year + 1, 12, 31};
  mustache::data d;
  d.set("region", net.site.region.value);
  mustache::list coming;
  for (const AgendaOccurrence& occ : all_agenda_occurrences(net, today, horizon_end)) {
    coming.push_back(occurrence_item(r, page, occ));
  }
  d.set("coming", coming);
  d.set("has_coming", !coming.empty());

  mustache::list years;
  for (int year = today.year; year <= today.year + 1; ++year) {
    mustache::list months;
    for (int month = 1; month <= 12; ++month) {
      Date first{year, month, 1}, last{year, month, days_in_month(year, month)};
      mustache::list items;
      for (const AgendaOccurrence& occ : all_agenda_occurrences(net, first, last)) {
        mustache::data item = occurrence_item(r, page, occ);
        item.set("past", occ.last < today);
        items.push_back(item);
      }
      mustache::data m;
      m.set("label", capitalised(dutch_month(month)));
      m.set("anchor", "jaar-" + std::to_string(year) + "-" + std::to_string(month));
      m.set("items", items);
      m.set("has_items", !items.empty());
      months.push_back(m);
    }
    mustache::data y;
    y.set("year", std::to_string(year));
    y.set("anchor", "jaar-" + std::to_string(year));
    y.set("months", months);
    years.push_back(y);
  }
  d.set("years", years);
  d.set("feed", feed_links(r, page, agenda_feed_path));
  PageSpec spec;
  spec.path = page;
  spec.title = "Jaaragenda";
  spec.description = "Themadagen, themaweken, campagnes en netwerkbijeenkomsten in " + net.site.region.value + ".";
  spec.body_template = "agenda";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Agenda", ""}};
  spec.nav_section = "agenda";
  r.emit(std::move(spec), sink);
}

void agenda_page(const PageRenderer& r, std::size_t a, OutputSink& sink) {
  const Network& net = r.network();
  const AgendaItem& item = net.agenda[a];
  const std::string page = entity_path(EntityKind::agenda_item, item.id.value);
  if (!r.context().wants(page)) return;
  const Date today = r.context().settings.today;
  mustache::data d;
  d.set("kind", item.kind ? capitalised(std::string(dutch_name(item.kind->value))) : std::string());
  d.set("rule", yearly_rule_text(item));
  mustache::list dates;
  // A yearly item: this year and next. Dated ranges: all of them.
  const Date from = item.yearly ? Date{today.year, 1, 1} : Date{1, 1, 1};
  const Date to = item.yearly ? Date{today.year + 1, 12, 31} : Date{9999, 12, 31};
  for (const AgendaOccurrence& occ : agenda_occurrences(net, a, from, to)) {
    mustache::data dd;
    dd.set("when", dutch_date_range(occ.first, occ.last));
    dd.set("past", occ.last < today);
    dates.push_back(dd);
  }
  d.set("dates", dates);
  d.set("has_dates", !dates.empty());
  d.set("lead", item.lead_organisation ? organisation_link(r, page, item.lead_organisation->value) : mustache::data(false));
  d.set("working_group", text_or(item.working_group));
  d.set("audiences", audience_list(item.audiences));
  d.set("specialisms", specialism_links(r, page, item.specialisms));
  d.set("has_specialisms", !item.specialisms.empty());
  d.set("description_html", r.html(item.description, page, 2));
  d.set("actions_html", r.html(item.actions, page, 3));
  mustache::list materials;
  for (const Material& m : item.materials) materials.push_back(link_data(m.title.value, m.url.value));
  d.set("materials", materials);
  d.set("has_materials", !materials.empty());
  d.set("stewardship", stewardship_data(r, item.stewardship));
  d.set("feed", feed_links(r, page, agenda_feed_path));
  d.set("agenda_url", r.url(page, "agenda/index.html"));
  PageSpec spec;
  spec.path = page;
  spec.title = item.name.value;
  spec.description = item.name.value + ": wanneer, wat je kunt doen en materialen.";
  spec.body_template = "agenda-item";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Agenda", "agenda/index.html"}, {item.name.value, ""}};
  spec.nav_section = "agenda";
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_agenda_pages(const PageRenderer& r, const PageIndex&, OutputSink& sink) {
  agenda_index(r, sink);
  parallel_for(r.network().agenda.size(), r.context().settings.threads,
               [&](std::size_t a) { agenda_page(r, a, sink); });
}

}  // namespace nk
