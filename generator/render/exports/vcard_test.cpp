#include "render/exports/vcard.h"

#include <gtest/gtest.h>

#include "render/exports/export_support.h"
#include "render/exports/export_test_data.h"

namespace nk {
namespace {

// Lines of a card without their CRLF; fails on a bare CR or LF.
std::vector<std::string> physical_lines(const std::string& card) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < card.size()) {
    auto end = card.find("\r\n", pos);
    EXPECT_NE(end, std::string::npos) << "card does not end in CRLF";
    if (end == std::string::npos) break;
    std::string line = card.substr(pos, end - pos);
    EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos) << "bare CR or LF in: " << line;
    lines.push_back(line);
    pos = end + 2;
  }
  return lines;
}

// Unfolding (RFC 6350 3.2): a line that starts with a space continues the previous one.
std::vector<std::string> logical_lines(const std::string& card) {
  std::vector<std::string> out;
  for (auto& line : physical_lines(card)) {
    if (!line.empty() && line[0] == ' ' && !out.empty()) out.back() += line.substr(1);
    else out.push_back(line);
  }
  return out;
}

bool utf8_starts_cleanly(const std::string& s) {
  return s.empty() || (static_cast<unsigned char>(s[0]) & 0xC0) != 0x80;
}

TEST(VcardEscape, EscapesTextSpecialsAndLineBreaks) {
  EXPECT_EQ(vcard_escape("Jansen, J.; AF\\GGD"), "Jansen\\, J.\\; AF\\\\GGD");
  EXPECT_EQ(vcard_escape("een\r\ntwee\ndrie\rvier"), "een\\ntwee\\ndrie\\nvier");
  EXPECT_EQ(vcard_escape(std::string("a\0b\x1b\x7f" "c\td", 8)), "abc\td");
  EXPECT_EQ(vcard_escape("Loïs Yılmaz"), "Loïs Yılmaz");
}

TEST(VcardFold, FoldsAt75OctetsAndUnfoldsToTheSame) {
  std::string line = "NOTE:" + std::string(300, 'x');
  std::string folded = vcard_fold(line);
  auto lines = physical_lines(folded);
  ASSERT_EQ(lines.size(), 5u);  // 75 + 74 + 74 + 74 + 8
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_LE(lines[i].size(), 75u);
    if (i) {
      EXPECT_EQ(lines[i][0], ' ');
    }
  }
  EXPECT_EQ(lines[0].size(), 75u);
  EXPECT_EQ(lines[1].size(), 75u);
  EXPECT_EQ(logical_lines(folded), std::vector<std::string>{line});
  EXPECT_EQ(vcard_fold("FN:kort"), "FN:kort\r\n");
  EXPECT_EQ(vcard_fold(std::string(75, 'a')), std::string(75, 'a') + "\r\n");
  EXPECT_EQ(physical_lines(vcard_fold(std::string(76, 'a'))).size(), 2u);
}

TEST(VcardFold, NeverSplitsAUtf8Sequence) {
  // Shift two- three- and four-byte characters over every position around the fold.
  for (std::string ch : {"é", "ı", "€", "😀"}) {
    for (std::size_t prefix = 60; prefix < 80; ++prefix) {
      std::string line = "FN:" + std::string(prefix, 'a');
      for (int i = 0; i < 40; ++i) line += ch;
      std::string folded = vcard_fold(line);
      for (const auto& l : physical_lines(folded)) {
        EXPECT_LE(l.size(), 75u);
        EXPECT_TRUE(utf8_starts_cleanly(l[0] == ' ' ? l.substr(1) : l)) << ch << " " << prefix;
        // Every line ends on a whole character: the last lead byte has all its bytes.
        std::size_t k = l.size();
        while (k > 0 && (static_cast<unsigned char>(l[k - 1]) & 0xC0) == 0x80) --k;
        if (k > 0) {
          auto lead = static_cast<unsigned char>(l[k - 1]);
          std::size_t need = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
          EXPECT_EQ(l.size() - (k - 1), need) << ch << " " << prefix;
        }
      }
      EXPECT_EQ(logical_lines(folded), std::vector<std::string>{line});
    }
  }
}

Network one_contact_network(const std::string& name) {
  Network net;
  net.site.title.value = "Test";
  net.site.region.value = "Testregio";
  Organisation org;
  org.id.value = "org";
  org.name.value = "Org; met, tekens";
  Contact c;
  c.id.value = "persoon";
  c.name.value = name;
  c.function = Located<std::string>{"AF, GGD", {}};
  c.roles.push_back({ContactRole::focal_officer, {}});
  c.roles.push_back({ContactRole::fixed_contact, {}});
  c.email = Located<std::string>{"a@b.nl", {}};
  c.phone = Located<PhoneNumber>{{"043 123 4567", "+31431234567"}, {}};
  c.availability = Located<std::string>{"ma-vr\n9-17", {}};
  org.contacts.push_back(c);
  net.organisations.push_back(org);
  net.organisation_index["org"] = 0;
  return net;
}

TEST(VcardCard, HasTheRfc6350Structure) {
  Network net = one_contact_network("Anna van der Berg");
  std::string card = vcard_for_contact(net, net.organisations[0], net.organisations[0].contacts[0]);
  auto lines = logical_lines(card);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines.front(), "BEGIN:VCARD");
  EXPECT_EQ(lines[1], "VERSION:4.0");
  EXPECT_EQ(lines.back(), "END:VCARD");
  auto has = [&](const std::string& l) { return std::find(lines.begin(), lines.end(), l) != lines.end(); };
  EXPECT_TRUE(has("FN:Anna van der Berg"));
  EXPECT_TRUE(has("N:van der Berg;Anna;;;"));
  EXPECT_TRUE(has("ORG:Org\\; met\\, tekens"));
  EXPECT_TRUE(has("TITLE:AF\\, GGD"));
  EXPECT_TRUE(has("EMAIL;TYPE=work:a@b.nl"));
  EXPECT_TRUE(has("TEL;VALUE=uri;TYPE=work,voice:tel:+31431234567"));
  EXPECT_TRUE(has("NOTE:Rollen: aandachtsfunctionaris\\, aanspreekpunt\\nBereikbaarheid: ma-vr\\n9-17"));
  EXPECT_TRUE(has("UID:urn:uuid:" + record_uuid("contactpersoon", "org/persoon")));
  for (const auto& l : physical_lines(card)) EXPECT_LE(l.size(), 75u);
  // No basis_url: no URL. With one: the organisation's page.
  EXPECT_EQ(card.find("URL:"), std::string::npos);
  net.site.base_url = Located<std::string>{"https://netwerk.example.nl", {}};
  card = vcard_for_contact(net, net.organisations[0], net.organisations[0].contacts[0]);
  EXPECT_NE(card.find("URL:https://netwerk.example.nl/organisaties/org/index.html\r\n"), std::string::npos);
}

TEST(VcardCard, ANameWithLineBreaksAndEndVcardStaysOneProperty) {
  Network net = one_contact_network("Evil\r\nEND:VCARD\r\nBEGIN:VCARD\nFN:Mallory;x,y\\");
  std::string card = vcard_for_contact(net, net.organisations[0], net.organisations[0].contacts[0]);
  auto physical = physical_lines(card);
  auto count = [&](const std::string& l) { return std::count(physical.begin(), physical.end(), l); };
  EXPECT_EQ(count("END:VCARD"), 1);
  EXPECT_EQ(count("BEGIN:VCARD"), 1);
  EXPECT_EQ(physical.back(), "END:VCARD");
  auto lines = logical_lines(card);
  int fn = 0;
  for (const auto& l : lines) {
    if (l.rfind("FN:", 0) == 0) {
      ++fn;
      EXPECT_EQ(l, "FN:Evil\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Mallory\\;x\\,y\\\\");
    }
  }
  EXPECT_EQ(fn, 1);
}

TEST(VcardCard, LocalNumbersGetAPhoneContextAndMobilesAreCells) {
  Network net = one_contact_network("Piet");
  auto& c = net.organisations[0].contacts[0];
  c.phone = Located<PhoneNumber>{{"14 043", "14043"}, {}};
  std::string card = vcard_for_contact(net, net.organisations[0], c);
  EXPECT_NE(card.find("TEL;VALUE=uri;TYPE=work,voice:tel:14043;phone-context=+31\r\n"), std::string::npos);
  EXPECT_NE(card.find("N:Piet;;;;\r\n"), std::string::npos);
  c.phone = Located<PhoneNumber>{{"06 1234 5678", "+31612345678"}, {}};
  card = vcard_for_contact(net, net.organisations[0], c);
  EXPECT_NE(card.find("TEL;VALUE=uri;TYPE=work,cell:tel:+31612345678\r\n"), std::string::npos);
}

TEST(VcardExport, OneCardPerPublishedContact) {
  using namespace export_test;
  for (Profile profile : {Profile::professionals, Profile::open}) {
    Network published = publish(example_network(), profile, today);
    auto files = render_all_exports(published, profile);
    std::size_t contacts = 0;
    for (const auto& org : published.organisations) {
      for (const auto& c : org.contacts) {
        ++contacts;
        auto it = files.find("organisaties/" + org.id.value + "/" + c.id.value + ".vcf");
        ASSERT_NE(it, files.end()) << c.id.value;
        EXPECT_EQ(it->second, vcard_for_contact(published, org, c));
      }
    }
    std::size_t cards = 0;
    for (const auto& [path, bytes] : files)
      if (path.ends_with(".vcf")) ++cards;
    EXPECT_EQ(cards, contacts);
    EXPECT_GT(cards, 0u);
  }
}

}  // namespace
}  // namespace nk
