#pragma once
// When things happen: training sessions and agenda items as dated events, with yearly
// agenda items expanded for a range of dates. Shared by the calendar pages, the home and
// specialisme pages and the iCalendar feeds, so that every output agrees on the dates.
#include <optional>
#include <string>
#include <vector>

#include "model/network.h"

namespace nk {

// The date of the `nth` (1..4, or -1 for the last) `weekday` of a month.
Date nth_weekday_of_month(int year, int month, Weekday weekday, int nth);

// The first day of a yearly item in `year`; nullopt when the rule has no day that year
// (check refuses such rules, so only for incomplete data).
std::optional<Date> yearly_start(const YearlyRule& rule, int year);

// How many days an agenda item's occurrence lasts (duur_dagen, default 1).
int agenda_duration(const AgendaItem& item);

// One stretch of days of an agenda item; `last` is inclusive.
struct AgendaOccurrence {
  std::size_t item;    // index into Network::agenda
  std::size_t range;   // index into AgendaItem::dates, or the year for a yearly item
  Date first, last;
  bool yearly = false;
};

// The occurrences of agenda item `item` that overlap [from, to], in date order.
std::vector<AgendaOccurrence> agenda_occurrences(const Network& net, std::size_t item, Date from, Date to);
// Those of every agenda item, ordered by first day, then name, then id.
std::vector<AgendaOccurrence> all_agenda_occurrences(const Network& net, Date from, Date to);

struct SessionRef {
  std::size_t training;
  std::size_t session;
};

// Every session of every training in start order (ties: training id, then data order).
std::vector<SessionRef> sessions_by_start(const Network& net);

// A session is upcoming until its end has passed: one still running today counts.
bool session_upcoming(const Session& session, const Date& today);

// A stable key for a session within its training: its start date ("2027-01-19"), with
// "-2", "-3" ... for later sessions that start on the same day. Used for the session's
// .ics file name and UID, so a corrected start time keeps both.
std::string session_key(const Training& training, std::size_t session);

// Site paths of the calendar files.
std::string session_ics_path(const Training& training, std::size_t session);  // trainingen/<id>/<key>.ics
std::string specialism_feed_path(const std::string& specialism_id);           // specialismen/<id>.ics
inline constexpr const char* trainings_feed_path = "trainingen.ics";
inline constexpr const char* agenda_feed_path = "agenda.ics";

// "maandag 16 november 2026" / "16 t/m 22 november 2026" / "25 november t/m 10 december 2026".
std::string dutch_weekday_date(const Date& date);
std::string dutch_date_range(const Date& first, const Date& last);
std::string dutch_month_year(int year, int month);  // "november 2026"
std::string dutch_month(int month);                 // "november"
// "Jaarlijks op 25 november, 16 dagen" / "Jaarlijks in de week vanaf de derde maandag van november".
std::string yearly_rule_text(const AgendaItem& item);

}  // namespace nk
