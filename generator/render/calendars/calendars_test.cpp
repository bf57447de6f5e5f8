// The feeds of the example data set at 2026-11-22: which files, the 90-day window, one
// recurring event per yearly item, stable UIDs, line form, determinism, and that text
// from the data cannot add a component.
#include "render/calendars/calendars.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "render/calendars/events.h"
#include "render/exports/export_test_data.h"
#include "render/theme.h"

namespace nk {

namespace {

std::map<std::string, std::string> render_feeds(const Network& net, unsigned threads = 1, Date today = {2026, 11, 22}) {
  BuildSettings settings = export_test::settings_for(Profile::professionals, threads);
  settings.today = today;
  Theme theme;
  RenderContext context{net, settings, theme, Sections{}};
  OutputSink sink;
  render_calendars(context, sink);
  std::map<std::string, std::string> files;
  for (auto& f : sink.take_sorted()) files[f.path] = std::move(f.bytes);
  return files;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::vector<std::string> uids(const std::string& feed) {
  std::vector<std::string> out;
  for (std::size_t at = feed.find("\r\nUID:"); at != std::string::npos; at = feed.find("\r\nUID:", at + 1))
    out.push_back(feed.substr(at + 6, feed.find("\r\n", at + 6) - at - 6));
  return out;
}

}  // namespace

TEST(Calendars, FeedsOfTheExample) {
  const Network& net = export_test::example_network();
  auto files = render_feeds(net);
  ASSERT_TRUE(files.contains("trainingen.ics"));
  ASSERT_TRUE(files.contains("agenda.ics"));
  for (const auto& s : net.specialisms) EXPECT_TRUE(files.contains("specialismen/" + s.id.value + ".ics")) << s.id.value;
  std::size_t sessions = 0, in_window = 0;
  const Date cutoff{2026, 8, 24};  // 90 days before 22 November 2026
  for (const auto& t : net.trainings)
    for (std::size_t s = 0; s < t.sessions.size(); ++s) {
      ++sessions;
      EXPECT_TRUE(files.contains(session_ics_path(t, s))) << t.id.value;
      if (!(t.sessions[s].end.value.date < cutoff)) ++in_window;
    }
  EXPECT_EQ(files.size(), 2 + net.specialisms.size() + sessions);
  const std::string& trainings = files["trainingen.ics"];
  EXPECT_EQ(count(trainings, "BEGIN:VEVENT\r\n"), in_window);
  EXPECT_LT(in_window, sessions);  // the example has sessions that ended longer ago
  // Envida's session of 15 June 2026 ended more than 90 days ago; GGD's of 27 August did not.
  EXPECT_EQ(trainings.find("signaleren-ouderenmishandeling-2026-06-15@"), std::string::npos);
  EXPECT_NE(trainings.find("handle-with-care-voor-scholen-2026-08-27@zuid-limburg.netwerkkaart"), std::string::npos);
  EXPECT_EQ(count(trainings, "STATUS:CANCELLED\r\n"), 1u);  // mensenhandel-herkennen, 14 January 2027

  const std::string& agenda = files["agenda.ics"];
  // Five yearly items (one recurring event each), and of the dated ones those ending after
  // the cutoff: Voorlichtingsronde twice, Netwerkevenement and Week van de Regiovisie 2027.
  const std::string agenda_events = agenda.substr(agenda.find("END:VTIMEZONE"));  // past the DST rules
  EXPECT_EQ(count(agenda_events, "RRULE:FREQ=YEARLY;BYMONTH="), 5u);
  EXPECT_EQ(count(agenda, "BEGIN:VEVENT\r\n"), 9u);
  EXPECT_NE(agenda.find("UID:week-tegen-kindermishandeling@zuid-limburg.netwerkkaart\r\nDTSTAMP:20261014T000000Z\r\n"
                        "LAST-MODIFIED:20261014T000000Z\r\nDTSTART;VALUE=DATE:20261116\r\nDTEND;VALUE=DATE:20261123\r\n"
                        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=3MO\r\n"),
            std::string::npos);
  EXPECT_NE(agenda.find("DTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261211\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25\r\n"),
            std::string::npos);
  // The day against elder abuse (15 June) passed more than 90 days ago: it starts in 2027.
  EXPECT_NE(agenda.find("DTSTART;VALUE=DATE:20270615\r\n"), std::string::npos);

  for (const auto& [path, text] : files) {
    EXPECT_EQ(text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u) << path;
    EXPECT_TRUE(text.ends_with("END:VCALENDAR\r\n")) << path;
    EXPECT_EQ(count(text, "BEGIN:VTIMEZONE\r\n"), 1u) << path;
    EXPECT_NE(text.find("X-WR-CALNAME:"), std::string::npos) << path;
    EXPECT_NE(text.find("\r\nNAME:"), std::string::npos) << path;
    EXPECT_EQ(count(text, "\n"), count(text, "\r\n")) << path << ": a bare LF";
    std::size_t start = 0;
    for (std::size_t end = text.find("\r\n"); end != std::string::npos; start = end + 2, end = text.find("\r\n", start))
      EXPECT_LE(end - start, 75u) << path << ": " << text.substr(start, end - start);
    auto ids = uids(text);
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << path << ": a UID twice";
    EXPECT_EQ(ids.size(), count(text, "BEGIN:VEVENT\r\n")) << path;
  }
}

TEST(Calendars, SameInputSameBytesWhateverTheThreads) {
  const Network& net = export_test::example_network();
  EXPECT_EQ(render_feeds(net, 1), render_feeds(net, 4));
}

TEST(Calendars, UidsDoNotDependOnTheDay) {
  const Network& net = export_test::example_network();
  auto now = render_feeds(net, 1, {2026, 11, 22});
  auto later = render_feeds(net, 1, {2027, 1, 10});
  auto a = uids(now["trainingen.ics"]), b = uids(later["trainingen.ics"]);
  std::set<std::string> before(a.begin(), a.end());
  for (const auto& uid : b)
    if (uid.find("2027-") != std::string::npos) {
      EXPECT_TRUE(before.contains(uid)) << uid;
    }
  // A session file does not change with the day.
  EXPECT_EQ(now["trainingen/af-training/2027-01-19.ics"], later["trainingen/af-training/2027-01-19.ics"]);
}

TEST(Calendars, TextFromTheDataCannotStartAComponent) {
  Network net = export_test::example_network();
  Training& t = net.trainings.front();
  t.name.value = "Training\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:nep@evil\nSUMMARY:nep";
  t.sessions.front().location = Located<std::string>{"Zaal 1; Heerlen, \\ \nBEGIN:VALARM", {}};
  auto files = render_feeds(net);
  const std::string& feed = files[session_ics_path(t, 0)];
  // As a line of its own only once; inside escaped values (SUMMARY, NAME ...) it is text.
  EXPECT_EQ(count(feed, "\r\nBEGIN:VEVENT\r\n"), 1u);
  EXPECT_EQ(count(feed, "\r\nEND:VEVENT\r\n"), 1u);
  EXPECT_EQ(count(feed, "\r\nBEGIN:VALARM"), 0u);
  EXPECT_NE(feed.find("SUMMARY:Training\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:nep@evil\\nSUMMARY:nep\r\n"), std::string::npos);
  EXPECT_NE(feed.find("LOCATION:Zaal 1\\; Heerlen\\, \\\\ \\nBEGIN:VALARM\r\n"), std::string::npos);
  EXPECT_EQ(uids(feed).size(), 1u);
}

TEST(Calendars, HostAndLinksFromBasisUrl) {
  Network net = export_test::example_network();
  net.site.base_url = Located<std::string>{"https://kaart.example.nl/portaal", {}};
  auto files = render_feeds(net);
  const std::string& feed = files["trainingen.ics"];
  EXPECT_NE(feed.find("@kaart.example.nl\r\n"), std::string::npos);
  EXPECT_NE(feed.find("SOURCE;VALUE=URI:https://kaart.example.nl/portaal/trainingen.ics\r\n"), std::string::npos);
  EXPECT_NE(feed.find("URL:https://kaart.example.nl/portaal/trainingen/af-training/index.html\r\n"), std::string::npos);
}

}  // namespace nk
