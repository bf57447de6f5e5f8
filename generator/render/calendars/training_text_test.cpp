#include "render/calendars/training_text.h"

#include <gtest/gtest.h>

namespace nk {

TEST(TrainingText, Costs) {
  EXPECT_EQ(costs_text(std::nullopt), "");
  EXPECT_EQ(costs_text(Located<EuroAmount>{{0}, {}}), "gratis");
  EXPECT_EQ(costs_text(Located<EuroAmount>{{4950}, {}}), "\u20ac 49,50");
  EXPECT_EQ(costs_text(Located<EuroAmount>{{39500}, {}}), "\u20ac 395,00");
}

TEST(TrainingText, PlaceOnlineOrBoth) {
  Session s;
  s.location = Located<std::string>{"Gemeentehuis Heerlen", {}};
  EXPECT_EQ(session_place_text(s), "Gemeentehuis Heerlen");
  s.online = Located<bool>{true, {}};
  EXPECT_EQ(session_place_text(s), "Gemeentehuis Heerlen, en online");
  s.location.reset();
  EXPECT_EQ(session_place_text(s), "Online");
}

TEST(TrainingText, TimesOverOneOrMoreDays) {
  Session s;
  s.start.value = {{2027, 1, 19}, 9, 0};
  s.end.value = {{2027, 1, 19}, 16, 30};
  EXPECT_EQ(session_time_text(s), "dinsdag 19 januari 2027, 09:00 tot 16:30");
  s.end.value = {{2027, 1, 20}, 16, 30};
  EXPECT_EQ(session_time_text(s), "dinsdag 19 januari 2027 09:00 tot woensdag 20 januari 2027 16:30");
}

TEST(TrainingText, RegistrationAsALink) {
  Training t;
  EXPECT_EQ(registration_url(t), "");
  t.registration = Located<std::string>{"scholing@mondriaan.example.nl", {}};
  EXPECT_EQ(registration_url(t), "mailto:scholing@mondriaan.example.nl");
  t.registration->value = "mailto:mensenhandel@zvhzl.example.nl";
  EXPECT_EQ(registration_url(t), "mailto:mensenhandel@zvhzl.example.nl");
  t.registration->value = "HTTPS://www.xonar.example.nl/trainingen";  // check accepts any case
  EXPECT_EQ(registration_url(t), "HTTPS://www.xonar.example.nl/trainingen");
}

}  // namespace nk
