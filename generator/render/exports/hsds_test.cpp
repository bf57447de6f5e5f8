#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "render/exports/export_support.h"
#include "render/exports/export_test_data.h"

namespace nk {
namespace {

using json = nlohmann::ordered_json;
using namespace export_test;

std::map<std::string, json> tables_of(const Network& published) {
  std::map<std::string, json> out;
  for (auto& [name, rows] : hsds_tables(published)) out[name] = std::move(rows);
  return out;
}

std::set<std::string> ids_of(const json& rows) {
  std::set<std::string> ids;
  for (const auto& r : rows) ids.insert(r["id"].get<std::string>());
  return ids;
}

TEST(Hsds, CountsMatchThePublishedNetwork) {
  for (Profile profile : {Profile::professionals, Profile::open}) {
    Network net = publish(example_network(), profile, today);
    auto t = tables_of(net);
    std::size_t services = 0, contacts = 0, service_contacts = 0, phones = 0, addresses = 0;
    for (const auto& o : net.organisations) {
      services += o.services.size();
      contacts += o.contacts.size();
      phones += o.phone ? 1 : 0;
      addresses += o.address ? 1 : 0;
      for (const auto& c : o.contacts) phones += c.phone ? 1 : 0;
      for (const auto& s : o.services) {
        if (!s.contact) continue;
        ++service_contacts;
        for (const auto& c : o.contacts)
          if (c.id.value == s.contact->value && c.phone) ++phones;
      }
    }
    EXPECT_EQ(t["organization"].size(), net.organisations.size());
    EXPECT_EQ(t["organization_identifier"].size(), net.organisations.size());
    EXPECT_EQ(t["service"].size(), services);
    EXPECT_EQ(t["contact"].size(), contacts + service_contacts);
    EXPECT_EQ(t["phone"].size(), phones);
    EXPECT_EQ(t["location"].size(), addresses);
    EXPECT_EQ(t["address"].size(), addresses);
    EXPECT_EQ(t["taxonomy"].size(), 4u);
    EXPECT_EQ(t["taxonomy_term"].size(), net.specialisms.size() + net.organisation_kinds.size() +
                                             names_of<ContactRole>().size() + names_of<Audience>().size());
    EXPECT_GT(t["attribute"].size(), 0u);
  }
}

TEST(Hsds, IdsAreUniqueUuidsAndEveryLinkResolves) {
  Network net = publish(example_network(), Profile::professionals, today);
  auto t = tables_of(net);
  std::regex v5("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  std::set<std::string> all;
  std::size_t records = 0;
  for (const auto& [name, rows] : t) {
    ASSERT_TRUE(rows.is_array()) << name;
    for (const auto& r : rows) {
      ++records;
      std::string id = r["id"];
      EXPECT_TRUE(std::regex_match(id, v5)) << name << " " << id;
      all.insert(id);
    }
  }
  EXPECT_EQ(all.size(), records);  // unique across all tables

  auto organizations = ids_of(t["organization"]), services = ids_of(t["service"]), contacts = ids_of(t["contact"]),
       locations = ids_of(t["location"]), terms = ids_of(t["taxonomy_term"]), taxonomies = ids_of(t["taxonomy"]);
  auto resolves = [](const json& r, const char* field, const std::set<std::string>& ids) {
    return !r.contains(field) || ids.contains(r[field].get<std::string>());
  };
  for (const auto& r : t["organization"]) EXPECT_TRUE(resolves(r, "parent_organization_id", organizations));
  for (const auto& r : t["organization_identifier"]) EXPECT_TRUE(resolves(r, "organization_id", organizations));
  for (const auto& r : t["service"]) {
    EXPECT_TRUE(r.contains("organization_id"));
    EXPECT_TRUE(resolves(r, "organization_id", organizations));
    EXPECT_EQ(r["status"], "active");
  }
  for (const auto& r : t["service_area"]) EXPECT_TRUE(resolves(r, "service_id", services));
  for (const auto& r : t["contact"]) {
    EXPECT_NE(r.contains("organization_id"), r.contains("service_id"));
    EXPECT_TRUE(resolves(r, "organization_id", organizations));
    EXPECT_TRUE(resolves(r, "service_id", services));
  }
  for (const auto& r : t["phone"]) {
    EXPECT_EQ(int(r.contains("organization_id")) + int(r.contains("contact_id")), 1);
    EXPECT_TRUE(resolves(r, "organization_id", organizations));
    EXPECT_TRUE(resolves(r, "contact_id", contacts));
    EXPECT_TRUE(r["type"] == "voice" || r["type"] == "cell");
  }
  for (const auto& r : t["location"]) EXPECT_TRUE(resolves(r, "organization_id", organizations));
  for (const auto& r : t["address"]) EXPECT_TRUE(resolves(r, "location_id", locations));
  for (const auto& r : t["taxonomy_term"]) {
    EXPECT_TRUE(resolves(r, "taxonomy_id", taxonomies));
    EXPECT_TRUE(resolves(r, "parent_id", terms));
  }
  std::map<std::string, const std::set<std::string>*> entities = {
      {"organization", &organizations}, {"service", &services}, {"contact", &contacts}};
  for (const auto& r : t["attribute"]) {
    EXPECT_TRUE(resolves(r, "taxonomy_term_id", terms));
    ASSERT_TRUE(entities.contains(r["link_entity"].get<std::string>()));
    EXPECT_TRUE(resolves(r, "link_id", *entities[r["link_entity"].get<std::string>()]));
  }
}

TEST(Hsds, RequiredHsdsFieldsArePresent) {
  Network net = publish(example_network(), Profile::professionals, today);
  auto t = tables_of(net);
  std::map<std::string, std::vector<const char*>> required = {
      {"organization", {"id", "name", "description"}},
      {"organization_identifier", {"id", "identifier_type", "identifier"}},
      {"service", {"id", "name", "status"}},
      {"service_area", {"id"}},
      {"contact", {"id"}},
      {"phone", {"id", "number"}},
      {"location", {"id", "location_type"}},
      {"address", {"id", "address_1", "city", "state_province", "postal_code", "country", "address_type"}},
      {"taxonomy", {"id", "name", "description"}},
      {"taxonomy_term", {"id", "name", "description"}},
      {"attribute", {"id", "link_id", "taxonomy_term_id", "link_entity"}},
  };
  for (const auto& [table, fields] : required)
    for (const auto& r : t[table])
      for (const char* f : fields) EXPECT_TRUE(r.contains(f)) << table << "." << f;
}

TEST(Hsds, ASecretAddressKeepsOnlyItsCity) {
  Network net = publish(example_network(), Profile::professionals, today);
  auto t = tables_of(net);
  std::string xonar_location = record_uuid("locatie", "xonar");
  bool found = false;
  for (const auto& a : t["address"]) {
    if (a["location_id"] != xonar_location) continue;
    found = true;
    EXPECT_EQ(a["address_1"], "");
    EXPECT_EQ(a["postal_code"], "");
    EXPECT_EQ(a["city"], "Maastricht");
  }
  EXPECT_TRUE(found);
}

TEST(Hsds, WithABaseUrlAnOrganisationHasItsPageAsUri) {
  Network net = publish(example_network(), Profile::open, today);
  EXPECT_FALSE(tables_of(net)["organization"][0].contains("uri"));
  net.site.base_url = Located<std::string>{"https://netwerkkaart.example.nl", {}};
  auto t = tables_of(net);
  EXPECT_EQ(t["organization"][0]["uri"],
            "https://netwerkkaart.example.nl/organisaties/" + net.organisations[0].id.value + "/index.html");
}

TEST(Hsds, IdsAreTheSameInBothProfiles) {
  auto pro = tables_of(publish(example_network(), Profile::professionals, today));
  auto open = tables_of(publish(example_network(), Profile::open, today));
  EXPECT_EQ(pro["organization"], open["organization"]);
  EXPECT_EQ(pro["taxonomy_term"], open["taxonomy_term"]);
  auto pro_contacts = ids_of(pro["contact"]);
  for (const auto& id : ids_of(open["contact"])) EXPECT_TRUE(pro_contacts.contains(id));
  EXPECT_LT(open["contact"].size(), pro["contact"].size());
}

TEST(Hsds, TablesArePrintedLikeAnyJsonOfThisSite) {
  Network net = publish(example_network(), Profile::professionals, today);
  auto one = hsds_files(net, 1);
  EXPECT_EQ(one, hsds_files(net, 4));
  for (const auto& [name, bytes] : one) EXPECT_EQ(json_bytes(json::parse(bytes)), bytes) << name;
  for (const auto& [name, bytes] : hsds_files(Network{}, 2)) {
    if (name == "taxonomy" || name == "taxonomy_term") continue;
    EXPECT_EQ(bytes, "[]\n") << name;
  }
}

TEST(Hsds, DatapackageListsEveryTable) {
  Network net = publish(example_network(), Profile::open, today);
  auto files = render_all_exports(net, Profile::open);
  ASSERT_TRUE(files.contains("data/hsds/datapackage.json"));
  json package = json::parse(files["data/hsds/datapackage.json"]);
  EXPECT_EQ(package["profiel"], "openbaar");
  std::set<std::string> listed;
  for (const auto& r : package["resources"]) {
    std::string path = "data/hsds/" + r["path"].get<std::string>();
    listed.insert(path);
    ASSERT_TRUE(files.contains(path)) << path;
    EXPECT_TRUE(json::parse(files[path]).is_array()) << path;
  }
  for (const auto& [path, bytes] : files) {
    if (path.rfind("data/hsds/", 0) == 0 && path != "data/hsds/datapackage.json") {
      EXPECT_TRUE(listed.contains(path)) << path;
    }
  }
  EXPECT_EQ(listed.size(), 11u);
}

}  // namespace
}  // namespace nk
