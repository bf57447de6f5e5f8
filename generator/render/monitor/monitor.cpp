// monitor/index.html. Charts are inline SVG drawn from numbers computed here; the
// template only places them. Every chart has a table beside it with the same figures,
// which is also what screen readers and the test read.
#include "render/monitor/monitor.h"

#include <algorithm>

#include "render/pages/page_frame.h"
#include "render/site_paths.h"
#include "values/dates.h"

namespace nk {

namespace {

const std::string page = "monitor/index.html";

// Bar chart geometry (SVG user units; the SVG scales to the column width).
constexpr int chart_width = 480, label_width = 190, bar_space = 230, row_height = 30, bar_height = 20;

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "0";
  return std::to_string((part * 100 + whole / 2) / whole);
}

// One bar per row: `value` of `max`, labelled; `text` is shown after the bar.
mustache::data bar(std::size_t row, const std::string& label, std::size_t value, std::size_t max,
                   const std::string& text) {
  mustache::data d;
  int width = max == 0 ? 0 : static_cast<int>((value * bar_space + max / 2) / max);
  int y = static_cast<int>(row) * row_height;
  d.set("label", label);
  d.set("label_x", std::to_string(label_width - 8));
  d.set("text_y", std::to_string(y + row_height / 2 + 5));
  d.set("bar_x", std::to_string(label_width));
  d.set("bar_y", std::to_string(y + (row_height - bar_height) / 2));
  d.set("bar_width", std::to_string(std::max(width, value ? 2 : 0)));
  d.set("bar_height", std::to_string(bar_height));
  d.set("value_x", std::to_string(label_width + std::max(width, value ? 2 : 0) + 6));
  d.set("value", text);
  return d;
}

mustache::data chart(const std::string& id, const std::string& title, const std::string& description,
                     mustache::list bars, std::size_t rows) {
  mustache::data d;
  d.set("id", id);
  d.set("title", title);
  d.set("description", description);
  d.set("width", std::to_string(chart_width));
  d.set("height", std::to_string(std::max<std::size_t>(rows, 1) * row_height));
  d.set("axis_x", std::to_string(label_width));
  d.set("bars", bars);
  return d;
}

// Short labels for inside a chart (the table beside it has the full ones).
const char* short_label(const std::string& key) {
  if (key == "aandachtsfunctionaris") return "aandachtsfunctionaris";
  if (key == "getrainde-af") return "getrainde AF";
  if (key == "basiskennis") return "AF met basiskennis";
  if (key == "netwerkcontact") return "netwerkcontact";
  if (key == "intentieverklaring") return "intentieverklaring";
  return "meldcodeprotocol";
}

std::string truncate_label(const std::string& text, std::size_t max_code_points) {
  std::size_t count = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (count == max_code_points) return text.substr(0, i) + "…";
      ++count;
    }
  }
  return text;
}

}  // namespace

std::vector<std::string> monitor_templates() { return {"monitor", "monitor-bar-chart"}; }

void render_monitor(const RenderContext& context, OutputSink& sink) {
  const Network& net = context.network;
  const Date today = context.settings.today;
  PageRenderer r(context);
  MonitorFigures f = monitor_figures(net, today);
  auto org_link = [&](std::size_t i) {
    const Organisation& o = net.organisations[i];
    return link_data(o.name.value, r.url(page, entity_path(EntityKind::organisation, o.id.value)));
  };
  auto specialism_link = [&](std::size_t s) {
    return link_data(net.specialisms[s].name.value,
                     r.url(page, entity_path(EntityKind::specialism, net.specialisms[s].id.value)));
  };

  mustache::data d;
  d.set("date", format_dutch_date(today));
  d.set("partners", std::to_string(f.partners.size()));
  d.set("organisations", std::to_string(net.organisations.size()));
  d.set("profile_open", context.settings.profile == Profile::open);

  // 1. Netwerkpartners per indicator.
  mustache::list indicators, bars;
  for (std::size_t k = 0; k < f.indicators.size(); ++k) {
    const auto& ind = f.indicators[k];
    mustache::data item;
    item.set("key", ind.key);
    item.set("label", ind.label);
    item.set("with_count", std::to_string(ind.with.size()));
    item.set("without_count", std::to_string(ind.without.size()));
    item.set("total", std::to_string(f.partners.size()));
    item.set("percent", percent(ind.with.size(), f.partners.size()));
    mustache::list with, without;
    for (std::size_t i : ind.with) with.push_back(org_link(i));
    for (std::size_t i : ind.without) without.push_back(org_link(i));
    item.set("with", with);
    item.set("without", without);
    item.set("has_with", !with.empty());
    item.set("has_without", !without.empty());
    indicators.push_back(item);
    bars.push_back(bar(k, short_label(ind.key), ind.with.size(), f.partners.size(),
                       std::to_string(ind.with.size()) + " (" + percent(ind.with.size(), f.partners.size()) + "%)"));
  }
  d.set("indicators", indicators);
  d.set("indicator_chart",
        chart("grafiek-indicatoren", "Netwerkpartners per indicator",
              "Staafdiagram: aantal netwerkpartners van de " + std::to_string(f.partners.size()) +
                  " dat aan elke indicator voldoet. Dezelfde cijfers staan in de tabel eronder.",
              bars, f.indicators.size()));

  // 2. Specialismen zonder aanspreekpunt.
  mustache::list without_contact;
  for (std::size_t s : f.specialisms_without_contact) without_contact.push_back(specialism_link(s));
  d.set("without_contact", without_contact);
  d.set("without_contact_count", std::to_string(f.specialisms_without_contact.size()));
  d.set("specialism_count", std::to_string(net.specialisms.size()));
  d.set("has_without_contact", !without_contact.empty());

  // 3. Dekking gemeente x specialisme: a grid of squares, specialismen down (their names
  // are long), gemeenten across with slanted labels; the table has the same orientation.
  constexpr int cell = 18, row_label = 230, header = 110, right_margin = 70;
  mustache::list columns, rows;
  for (std::size_t m = 0; m < net.municipalities.size(); ++m) {
    mustache::data c;
    c.set("name", net.municipalities[m].name.value);
    int x = row_label + static_cast<int>(m) * cell + cell / 2 + 4;
    c.set("x", std::to_string(x));
    c.set("y", std::to_string(header - 6));
    std::size_t covered = 0;
    for (std::size_t s = 0; s < net.specialisms.size(); ++s) covered += f.coverage[m][s];
    c.set("covered", std::to_string(covered));
    columns.push_back(c);
  }
  for (std::size_t s = 0; s < net.specialisms.size(); ++s) {
    mustache::data row = specialism_link(s);
    row.set("id", net.specialisms[s].id.value);
    row.set("short", truncate_label(net.specialisms[s].name.value, 34));
    int y = header + static_cast<int>(s) * cell;
    row.set("text_y", std::to_string(y + cell - 5));
    row.set("label_x", std::to_string(row_label - 6));
    mustache::list cells;
    for (std::size_t m = 0; m < net.municipalities.size(); ++m) {
      mustache::data c;
      bool yes = f.coverage[m][s];
      c.set("covered", yes);
      c.set("x", std::to_string(row_label + static_cast<int>(m) * cell + 1));
      c.set("y", std::to_string(y + 1));
      c.set("size", std::to_string(cell - 2));
      cells.push_back(c);
    }
    row.set("cells", cells);
    rows.push_back(row);
  }
  d.set("matrix_columns", columns);
  d.set("matrix_rows", rows);
  d.set("matrix_width", std::to_string(row_label + static_cast<int>(net.municipalities.size()) * cell + right_margin));
  d.set("matrix_height", std::to_string(header + static_cast<int>(net.specialisms.size()) * cell + 4));
  d.set("has_matrix", !net.municipalities.empty() && !net.specialisms.empty());

  // 4. Verouderde gegevens (without beheer.contact: that may be a person; check --verouderd has it).
  mustache::list stale;
  for (const auto& e : f.stale) {
    mustache::data item;
    item.set("kind", e.kind);
    item.set("name", e.name);
    EntityKind kind = e.kind == "organisatie" ? EntityKind::organisation
                      : e.kind == "overleg"   ? EntityKind::meeting
                      : e.kind == "training"  ? EntityKind::training
                      : e.kind == "agenda"    ? EntityKind::agenda_item
                                              : EntityKind::route;
    bool has_page = kind == EntityKind::organisation || kind == EntityKind::meeting ||
                    (kind == EntityKind::training && context.sections.trainings) ||
                    (kind == EntityKind::agenda_item && context.sections.agenda) ||
                    (kind == EntityKind::route && context.sections.routes);
    item.set("url", has_page ? r.url(page, entity_path(kind, e.id)) : std::string());
    item.set("verified", format_dutch_date(e.verified));
    item.set("stale_since", format_dutch_date(e.stale_since));
    stale.push_back(item);
  }
  d.set("stale", stale);
  d.set("stale_count", std::to_string(f.stale.size()));
  d.set("has_stale", !stale.empty());
  d.set("stale_months", std::to_string(net.site.stale_after_months.value));

  // 5. Komende trainingssessies per specialisme.
  mustache::list sessions, session_bars, no_sessions;
  std::size_t max_sessions = 0, row = 0;
  for (std::size_t n : f.upcoming_sessions) max_sessions = std::max(max_sessions, n);
  for (std::size_t s = 0; s < net.specialisms.size(); ++s) {
    std::size_t n = f.upcoming_sessions[s];
    if (n == 0) {
      no_sessions.push_back(specialism_link(s));
      continue;
    }
    mustache::data item = specialism_link(s);
    item.set("count", std::to_string(n));
    sessions.push_back(item);
    session_bars.push_back(bar(row++, truncate_label(net.specialisms[s].name.value, 26), n, max_sessions,
                               std::to_string(n)));
  }
  d.set("sessions", sessions);
  d.set("has_sessions", !sessions.empty());
  d.set("no_sessions", no_sessions);
  d.set("has_no_sessions", !no_sessions.empty());
  d.set("session_chart", chart("grafiek-sessies", "Komende trainingssessies per specialisme",
                               "Staafdiagram: aantal komende, niet geannuleerde trainingssessies per specialisme. "
                               "Dezelfde cijfers staan in de tabel eronder.",
                               session_bars, row));

  PageSpec spec;
  spec.path = page;
  spec.title = "Monitor netwerk in beeld";
  spec.description = "Dekking van het netwerk: aandachtsfunctionarissen, aanspreekpunten, aanbod per gemeente, "
                     "verouderde gegevens en komende trainingen.";
  spec.body_template = "monitor";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Monitor", ""}};
  spec.nav_section = "monitor";
  r.emit(std::move(spec), sink);
}

}  // namespace nk
