// What no export may contain, checked on every byte of every file render_exports writes
// (netwerkkaart.json, its schema, the HSDS tables, the vCards, robots.txt, sitemap.xml).
#include <gtest/gtest.h>

#include "render/exports/export_test_data.h"

namespace nk {
namespace {

using namespace export_test;

// The places a text can be found: as is, JSON-escaped (non-ASCII stays UTF-8 in our JSON),
// and vCard-escaped/folded text is checked on the unfolded bytes.
std::string unfolded(const std::string& bytes) {
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out.push_back(bytes[i]);
  }
  return out;
}

void expect_absent(const std::map<std::string, std::string>& files, const std::string& needle, const std::string& why) {
  for (const auto& [path, bytes] : files) {
    EXPECT_EQ(bytes.find(needle), std::string::npos) << why << ": '" << needle << "' in " << path;
    if (path.ends_with(".vcf")) {
      EXPECT_EQ(unfolded(bytes).find(needle), std::string::npos) << why << ": '" << needle << "' in " << path;
    }
  }
}

TEST(ExportPrivacy, NoSecretStreetOrPostcodeInAnyByte) {
  const Network& raw = example_network();
  // The example really has the secret address, so this test tests something.
  const auto& xonar = raw.organisations.at(raw.organisation_index.at("xonar"));
  ASSERT_TRUE(xonar.address && xonar.address->is_secret());
  ASSERT_EQ(xonar.address->street->value, "Verborgenhof 7");
  ASSERT_EQ(xonar.address->postcode->value, "6221 ZZ");
  for (Profile profile : {Profile::professionals, Profile::open}) {
    auto files = render_all_exports(publish(raw, profile, today), profile);
    ASSERT_TRUE(files.contains("data/netwerkkaart.json"));
    ASSERT_TRUE(files.contains("data/hsds/address.json"));
    for (const auto& o : raw.organisations) {
      if (!o.address || !o.address->is_secret()) continue;
      if (o.address->street) expect_absent(files, o.address->street->value, "secret street");
      if (o.address->postcode) {
        expect_absent(files, o.address->postcode->value, "secret postcode");
        std::string compact = o.address->postcode->value;
        std::erase(compact, ' ');
        expect_absent(files, compact, "secret postcode");
      }
    }
    expect_absent(files, "Verborgenhof", "secret street");
  }
}

TEST(ExportPrivacy, TheOpenProfileHasNoPersonPublishedForProfessionalsOnly) {
  const Network& raw = example_network();
  auto files = render_all_exports(publish(raw, Profile::open, today), Profile::open);
  std::size_t hidden = 0, shown = 0;
  for (const auto& o : raw.organisations) {
    for (const auto& c : o.contacts) {
      if (c.publication.value == Publication::open) {
        ++shown;
        continue;
      }
      ++hidden;
      expect_absent(files, c.name.value, "professionals-only person");
      if (c.email) expect_absent(files, c.email->value, "professionals-only e-mail");
      if (c.phone) expect_absent(files, c.phone->value.tel, "professionals-only phone");
      expect_absent(files, "organisaties/" + o.id.value + "/" + c.id.value + ".vcf", "professionals-only vCard");
      EXPECT_FALSE(files.contains("organisaties/" + o.id.value + "/" + c.id.value + ".vcf"));
    }
  }
  EXPECT_GT(hidden, 0u);
  EXPECT_GT(shown, 0u);
}

TEST(ExportPrivacy, NoPersonWithoutConsentInEitherProfile) {
  Network raw = example_network();
  // One person whose consent lies after today, one without any: neither may appear.
  auto& contacts = raw.organisations.at(raw.organisation_index.at("xonar")).contacts;
  ASSERT_GE(contacts.size(), 2u);
  contacts[0].consent = Located<Date>{Date{2027, 1, 1}, {}};
  contacts[0].publication.value = Publication::open;
  contacts[1].consent.reset();
  contacts[1].publication.value = Publication::open;
  for (Profile profile : {Profile::professionals, Profile::open}) {
    auto files = render_all_exports(publish(raw, profile, today), profile);
    for (int i : {0, 1}) {
      expect_absent(files, contacts[i].name.value, "person without consent");
      if (contacts[i].email) expect_absent(files, contacts[i].email->value, "person without consent");
    }
  }
}

TEST(ExportDeterminism, SameBytesEveryRunAndWithAnyNumberOfThreads) {
  for (Profile profile : {Profile::professionals, Profile::open}) {
    auto a = render_all_exports(publish(example_network(), profile, today), profile, 1);
    auto b = render_all_exports(publish(example_network(), profile, today), profile, 1);
    auto c = render_all_exports(publish(example_network(), profile, today), profile, 8);
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, c);
    // Only settings.today stands for the time of the build.
    for (const auto& [path, bytes] : a) {
      EXPECT_EQ(bytes.find("REV:"), std::string::npos) << path;
      EXPECT_EQ(bytes.find("T00:00:00"), std::string::npos) << path;
    }
  }
}

}  // namespace
}  // namespace nk
