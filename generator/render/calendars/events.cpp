#include "render/calendars/events.h"

#include <algorithm>

#include "values/dates.h"

namespace nk {

namespace {

const char* const month_names[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                   "juli",    "augustus", "september", "oktober", "november", "december"};
const char* const weekday_names[] = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
const char* const ordinals[] = {"eerste", "tweede", "derde", "vierde"};

}  // namespace

Date nth_weekday_of_month(int year, int month, Weekday weekday, int nth) {
  const int wanted = static_cast<int>(weekday);
  if (nth < 0) {
    Date last{year, month, days_in_month(year, month)};
    return add_days(last, -((weekday_of(last) - wanted + 7) % 7));
  }
  Date first{year, month, 1};
  return add_days(first, (wanted - weekday_of(first) + 7) % 7 + 7L * (nth - 1));
}

std::optional<Date> yearly_start(const YearlyRule& rule, int year) {
  const int month = rule.month.value;
  if (month < 1 || month > 12) return std::nullopt;
  if (rule.day) {
    Date d{year, month, rule.day->value};
    if (!is_real_date(d)) return std::nullopt;
    return d;
  }
  if (rule.weekday && rule.nth) return nth_weekday_of_month(year, month, rule.weekday->value, rule.nth->value);
  return std::nullopt;
}

int agenda_duration(const AgendaItem& item) {
  return item.duration_days ? std::max(1, item.duration_days->value) : 1;
}

std::vector<AgendaOccurrence> agenda_occurrences(const Network& net, std::size_t index, Date from, Date to) {
  const AgendaItem& item = net.agenda[index];
  std::vector<AgendaOccurrence> out;
  if (item.yearly) {
    // An occurrence lasts at most 366 days, so one starting the year before may still run.
    for (int year = from.year - 1; year <= to.year; ++year) {
      auto first = yearly_start(*item.yearly, year);
      if (!first) continue;
      Date last = add_days(*first, agenda_duration(item) - 1);
      if (last < from || to < *first) continue;
      out.push_back({index, static_cast<std::size_t>(year), *first, last, true});
    }
  } else {
    for (std::size_t r = 0; r < item.dates.size(); ++r) {
      const DateRange& range = item.dates[r];
      Date first = range.from.value;
      Date last = range.to ? range.to->value : first;
      if (last < from || to < first) continue;
      out.push_back({index, r, first, last, false});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const AgendaOccurrence& a, const AgendaOccurrence& b) { return a.first < b.first; });
  }
  return out;
}

std::vector<AgendaOccurrence> all_agenda_occurrences(const Network& net, Date from, Date to) {
  std::vector<AgendaOccurrence> out;
  for (std::size_t i = 0; i < net.agenda.size(); ++i) {
    auto some = agenda_occurrences(net, i, from, to);
    out.insert(out.end(), some.begin(), some.end());
  }
  std::sort(out.begin(), out.end(), [&](const AgendaOccurrence& a, const AgendaOccurrence& b) {
    if (a.first != b.first) return a.first < b.first;
    const AgendaItem &x = net.agenda[a.item], &y = net.agenda[b.item];
    if (x.name.value != y.name.value) return x.name.value < y.name.value;
    return x.id.value < y.id.value;
  });
  return out;
}

std::vector<SessionRef> sessions_by_start(const Network& net) {
  std::vector<SessionRef> out;
  for (std::size_t t = 0; t < net.trainings.size(); ++t)
    for (std::size_t s = 0; s < net.trainings[t].sessions.size(); ++s) out.push_back({t, s});
  // Trainings are sorted by id already, so a stable sort on start keeps the tie order.
  std::stable_sort(out.begin(), out.end(), [&](const SessionRef& a, const SessionRef& b) {
    return net.trainings[a.training].sessions[a.session].start.value <
           net.trainings[b.training].sessions[b.session].start.value;
  });
  return out;
}

bool session_upcoming(const Session& session, const Date& today) { return !(session.end.value.date < today); }

std::string session_key(const Training& training, std::size_t session) {
  const Date day = training.sessions[session].start.value.date;
  int same = 1;
  for (std::size_t i = 0; i < session; ++i)
    if (training.sessions[i].start.value.date == day) ++same;
  std::string key = format_date(day);
  if (same > 1) {
    key += '-';
    key += std::to_string(same);
  }
  return key;
}

std::string session_ics_path(const Training& training, std::size_t session) {
  return "trainingen/" + training.id.value + "/" + session_key(training, session) + ".ics";
}

std::string specialism_feed_path(const std::string& specialism_id) { return "specialismen/" + specialism_id + ".ics"; }

std::string dutch_month(int month) { return month >= 1 && month <= 12 ? month_names[month - 1] : std::string(); }

std::string dutch_month_year(int year, int month) { return dutch_month(month) + " " + std::to_string(year); }

std::string dutch_weekday_date(const Date& date) {
  return std::string(weekday_names[weekday_of(date)]) + " " + std::to_string(date.day) + " " +
         dutch_month_year(date.year, date.month);
}

std::string dutch_date_range(const Date& first, const Date& last) {
  if (!(first < last)) return std::to_string(first.day) + " " + dutch_month_year(first.year, first.month);
  std::string end = std::to_string(last.day) + " " + dutch_month_year(last.year, last.month);
  if (first.year != last.year) return std::to_string(first.day) + " " + dutch_month_year(first.year, first.month) + " t/m " + end;
  if (first.month != last.month) return std::to_string(first.day) + " " + dutch_month(first.month) + " t/m " + end;
  return std::to_string(first.day) + " t/m " + end;
}

std::string yearly_rule_text(const AgendaItem& item) {
  if (!item.yearly) return {};
  const YearlyRule& rule = *item.yearly;
  const int days = agenda_duration(item);
  std::string out;
  if (rule.day) {
    out = "Jaarlijks op " + std::to_string(rule.day->value) + " " + dutch_month(rule.month.value);
    if (days > 1) out += ", " + std::to_string(days) + " dagen";
    return out;
  }
  if (!rule.weekday || !rule.nth) return "Jaarlijks";
  const int nth = rule.nth->value;
  std::string which = nth < 0 ? "laatste" : (nth >= 1 && nth <= 4 ? ordinals[nth - 1] : std::to_string(nth) + "e");
  std::string day = std::string(weekday_names[static_cast<int>(rule.weekday->value)]);
  if (days == 7) return "Jaarlijks in de week vanaf de " + which + " " + day + " van " + dutch_month(rule.month.value);
  out = "Jaarlijks op de " + which + " " + day + " van " + dutch_month(rule.month.value);
  if (days > 1) out += ", " + std::to_string(days) + " dagen";
  return out;
}

}  // namespace nk
