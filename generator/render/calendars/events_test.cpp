#include "render/calendars/events.h"

#include <gtest/gtest.h>

namespace nk {

namespace {

AgendaItem yearly_item(std::string id, int month, std::optional<int> day, std::optional<Weekday> weekday,
                       std::optional<int> nth, int days) {
  AgendaItem item;
  item.id.value = id;
  item.name.value = id;
  YearlyRule rule;
  rule.month.value = month;
  if (day) rule.day = Located<int>{*day, {}};
  if (weekday) rule.weekday = Located<Weekday>{*weekday, {}};
  if (nth) rule.nth = Located<int>{*nth, {}};
  item.yearly = rule;
  item.duration_days = Located<int>{days, {}};
  return item;
}

Network agenda_network() {
  Network net;
  net.agenda.push_back(yearly_item("orange-the-world", 11, 25, std::nullopt, std::nullopt, 16));
  net.agenda.push_back(yearly_item("week-tegen-kindermishandeling", 11, std::nullopt, Weekday::monday, 3, 7));
  AgendaItem dated;
  dated.id.value = "netwerkevenement";
  dated.name.value = "Netwerkevenement";
  dated.dates.push_back(DateRange{{Date{2027, 6, 3}, {}}, std::nullopt, {}});
  dated.dates.push_back(DateRange{{Date{2026, 6, 4}, {}}, Located<Date>{Date{2026, 6, 5}, {}}, {}});
  net.agenda.push_back(dated);
  return net;
}

}  // namespace

TEST(Events, NthWeekdayOfMonth) {
  EXPECT_EQ(nth_weekday_of_month(2026, 11, Weekday::monday, 3), (Date{2026, 11, 16}));
  EXPECT_EQ(nth_weekday_of_month(2027, 11, Weekday::monday, 3), (Date{2027, 11, 15}));
  EXPECT_EQ(nth_weekday_of_month(2027, 11, Weekday::monday, 1), (Date{2027, 11, 1}));
  EXPECT_EQ(nth_weekday_of_month(2026, 3, Weekday::sunday, -1), (Date{2026, 3, 29}));
  EXPECT_EQ(nth_weekday_of_month(2026, 10, Weekday::sunday, -1), (Date{2026, 10, 25}));
  EXPECT_EQ(nth_weekday_of_month(2026, 5, Weekday::sunday, -1), (Date{2026, 5, 31}));  // the last day itself
}

TEST(Events, YearlyItemsExpandToTheRightDays) {
  Network net = agenda_network();
  auto week = agenda_occurrences(net, 1, {2026, 1, 1}, {2027, 12, 31});
  ASSERT_EQ(week.size(), 2u);
  EXPECT_EQ(week[0].first, (Date{2026, 11, 16}));
  EXPECT_EQ(week[0].last, (Date{2026, 11, 22}));
  EXPECT_EQ(week[1].first, (Date{2027, 11, 15}));
  EXPECT_EQ(week[1].last, (Date{2027, 11, 21}));
  auto orange = agenda_occurrences(net, 0, {2026, 1, 1}, {2026, 12, 31});
  ASSERT_EQ(orange.size(), 1u);
  EXPECT_EQ(orange[0].first, (Date{2026, 11, 25}));
  EXPECT_EQ(orange[0].last, (Date{2026, 12, 10}));
}

TEST(Events, AnOccurrenceFromLastYearStillRunningIsIncluded) {
  Network net = agenda_network();
  auto orange = agenda_occurrences(net, 0, {2027, 1, 1}, {2027, 1, 31});
  EXPECT_TRUE(orange.empty());
  orange = agenda_occurrences(net, 0, {2027, 12, 5}, {2027, 12, 31});
  ASSERT_EQ(orange.size(), 1u);
  EXPECT_EQ(orange[0].first, (Date{2027, 11, 25}));
  net.agenda[0].duration_days->value = 60;  // into the next year
  orange = agenda_occurrences(net, 0, {2027, 1, 10}, {2027, 1, 31});
  ASSERT_EQ(orange.size(), 1u);
  EXPECT_EQ(orange[0].first, (Date{2026, 11, 25}));
}

TEST(Events, DatedRangesInDateOrderWithInclusiveEnd) {
  Network net = agenda_network();
  auto dates = agenda_occurrences(net, 2, {2026, 6, 5}, {2027, 12, 31});
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].first, (Date{2026, 6, 4}));  // its last day, 5 June, is in range
  EXPECT_EQ(dates[1].first, (Date{2027, 6, 3}));
  EXPECT_EQ(dates[1].last, (Date{2027, 6, 3}));
  EXPECT_TRUE(agenda_occurrences(net, 2, {2026, 6, 6}, {2027, 6, 2}).empty());
}

TEST(Events, AllOccurrencesSortedByFirstDay) {
  Network net = agenda_network();
  auto all = all_agenda_occurrences(net, {2026, 11, 22}, {2027, 11, 30});
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(net.agenda[all[0].item].id.value, "week-tegen-kindermishandeling");  // 16-22 Nov, still running
  EXPECT_EQ(net.agenda[all[1].item].id.value, "orange-the-world");
  EXPECT_EQ(net.agenda[all[2].item].id.value, "netwerkevenement");
  EXPECT_EQ(all[3].first, (Date{2027, 11, 15}));
  EXPECT_EQ(all[4].first, (Date{2027, 11, 25}));
}

TEST(Events, SessionKeysAreStableAndUnique) {
  Training t;
  t.id.value = "af-training";
  auto session = [](Date d, int hour) {
    Session s;
    s.start.value = DateTime{d, hour, 0};
    s.end.value = DateTime{d, hour + 2, 0};
    return s;
  };
  t.sessions = {session({2027, 1, 19}, 9), session({2027, 1, 19}, 13), session({2027, 2, 1}, 9)};
  EXPECT_EQ(session_key(t, 0), "2027-01-19");
  EXPECT_EQ(session_key(t, 1), "2027-01-19-2");
  EXPECT_EQ(session_key(t, 2), "2027-02-01");
  EXPECT_EQ(session_ics_path(t, 1), "trainingen/af-training/2027-01-19-2.ics");
  // A session that runs today is still upcoming; one that ended yesterday is not.
  EXPECT_TRUE(session_upcoming(t.sessions[0], {2027, 1, 19}));
  EXPECT_FALSE(session_upcoming(t.sessions[0], {2027, 1, 20}));
}

TEST(Events, DutchTexts) {
  EXPECT_EQ(dutch_date_range({2026, 11, 16}, {2026, 11, 22}), "16 t/m 22 november 2026");
  EXPECT_EQ(dutch_date_range({2026, 11, 25}, {2026, 12, 10}), "25 november t/m 10 december 2026");
  EXPECT_EQ(dutch_date_range({2026, 12, 28}, {2027, 1, 3}), "28 december 2026 t/m 3 januari 2027");
  EXPECT_EQ(dutch_date_range({2027, 2, 6}, {2027, 2, 6}), "6 februari 2027");
  EXPECT_EQ(dutch_weekday_date({2026, 11, 22}), "zondag 22 november 2026");
  Network net = agenda_network();
  EXPECT_EQ(yearly_rule_text(net.agenda[0]), "Jaarlijks op 25 november, 16 dagen");
  EXPECT_EQ(yearly_rule_text(net.agenda[1]), "Jaarlijks in de week vanaf de derde maandag van november");
}

}  // namespace nk
