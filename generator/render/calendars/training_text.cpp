#include "render/calendars/training_text.h"

#include <cstdio>

#include "render/calendars/events.h"
#include "values/contact_formats.h"

namespace nk {

std::string costs_text(const Maybe<EuroAmount>& costs) {
  if (!costs) return {};
  const std::int64_t cents = costs->value.cents;
  if (cents == 0) return "gratis";
  char buf[48];
  std::snprintf(buf, sizeof buf, "\u20ac %lld,%02lld", static_cast<long long>(cents / 100),
                static_cast<long long>(cents % 100));
  return buf;
}

bool session_online(const Session& session) { return session.online && session.online->value; }

std::string session_place_text(const Session& session) {
  if (session.location) return session.location->value + (session_online(session) ? ", en online" : "");
  return session_online(session) ? "Online" : "";
}

std::string session_status_text(const Session& session) {
  switch (session.status.value) {
    case SessionStatus::planned: return "";
    case SessionStatus::full: return "Vol";
    case SessionStatus::cancelled: return "Geannuleerd";
  }
  return "";
}

namespace {
std::string clock(const DateTime& t) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
  return buf;
}
}  // namespace

std::string session_time_text(const Session& session) {
  const DateTime& start = session.start.value;
  const DateTime& end = session.end.value;
  if (start.date == end.date) return dutch_weekday_date(start.date) + ", " + clock(start) + " tot " + clock(end);
  return dutch_weekday_date(start.date) + " " + clock(start) + " tot " + dutch_weekday_date(end.date) + " " + clock(end);
}

std::string registration_url(const Training& training) {
  if (!training.registration) return {};
  const std::string& r = training.registration->value;
  // check accepted it as a link (any case of https/http/mailto) or as a bare address.
  return check_url(r) == UrlProblem::none ? r : "mailto:" + r;
}

}  // namespace nk
