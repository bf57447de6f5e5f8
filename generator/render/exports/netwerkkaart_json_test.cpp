#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "render/exports/export_support.h"
#include "render/exports/export_test_data.h"
#include "text/utf8.h"

namespace nk {
namespace {

using json = nlohmann::ordered_json;
using namespace export_test;

// A validator for exactly the JSON Schema keywords netwerkkaart_schema() uses. An unknown
// keyword is an error, so the schema cannot start to use one this test does not check.
// It also records which declared properties an instance used (`covered`).
class MiniValidator {
 public:
  explicit MiniValidator(const json& schema) : root_(schema) {}

  std::vector<std::string> validate(const json& instance) {
    errors_.clear();
    check("", instance, "$");
    return errors_;
  }
  std::set<std::string> covered;

 private:
  const json& root_;
  std::vector<std::string> errors_;

  void fail(const std::string& where, const std::string& what) { errors_.push_back(where + ": " + what); }

  static bool has_type(const json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    if (type == "number") return v.is_number();
    if (type == "integer")
      return v.is_number_integer() || (v.is_number_float() && v.get<double>() == static_cast<long long>(v.get<double>()));
    return false;
  }

  void check(const std::string& pointer, const json& v, const std::string& where) {
    const json& s = pointer.empty() ? root_ : root_.at(json::json_pointer(pointer));
    static const std::set<std::string> keywords = {
        "$schema", "$id",      "$defs",     "$ref",       "title",      "description",          "type",
        "enum",    "const",    "pattern",   "maxLength",  "minimum",    "maximum",              "properties",
        "required", "additionalProperties", "items",      "anyOf"};
    for (const auto& [key, value] : s.items())
      if (!keywords.contains(key)) fail(pointer, "keyword not supported by the test: " + key);
    if (s.contains("$ref")) {
      std::string ref = s["$ref"];
      if (ref.rfind("#", 0) != 0) fail(where, "only local $ref: " + ref);
      else check(ref.substr(1), v, where);
    }
    if (s.contains("type")) {
      bool ok = false;
      if (s["type"].is_array()) {
        for (const auto& t : s["type"]) ok = ok || has_type(v, t.get<std::string>());
      } else {
        ok = has_type(v, s["type"].get<std::string>());
      }
      if (!ok) fail(where, "not of type " + s["type"].dump() + ": " + v.dump());
    }
    if (s.contains("enum")) {
      bool found = false;
      for (const auto& e : s["enum"]) found = found || e == v;
      if (!found) fail(where, v.dump() + " not in " + s["enum"].dump());
    }
    if (s.contains("const") && s["const"] != v) fail(where, v.dump() + " is not " + s["const"].dump());
    if (v.is_string()) {
      const std::string& text = v.get_ref<const std::string&>();
      if (s.contains("pattern") && !std::regex_search(text, compiled(s["pattern"].get<std::string>())))
        fail(where, "'" + text + "' does not match " + s["pattern"].get<std::string>());
      if (s.contains("maxLength") && count_code_points(text) > s["maxLength"].get<std::size_t>())
        fail(where, "too long: " + text);
    }
    if (v.is_number()) {
      if (s.contains("minimum") && v.get<double>() < s["minimum"].get<double>()) fail(where, "below minimum");
      if (s.contains("maximum") && v.get<double>() > s["maximum"].get<double>()) fail(where, "above maximum");
    }
    if (v.is_object()) {
      if (s.contains("required"))
        for (const auto& key : s["required"])
          if (!v.contains(key.get<std::string>())) fail(where, "missing " + key.get<std::string>());
      for (const auto& [key, value] : v.items()) {
        std::string property = pointer + "/properties/" + escape(key);
        if (s.contains("properties") && s["properties"].contains(key)) {
          covered.insert(property);
          check(property, value, where + "." + key);
        } else if (s.contains("additionalProperties") && s["additionalProperties"] == false) {
          fail(where, "key not allowed: " + key);
        }
      }
    }
    if (v.is_array() && s.contains("items"))
      for (std::size_t i = 0; i < v.size(); ++i) check(pointer + "/items", v[i], where + "[" + std::to_string(i) + "]");
    if (s.contains("anyOf")) {
      bool any = false;
      for (std::size_t i = 0; i < s["anyOf"].size() && !any; ++i) {
        MiniValidator branch(root_);
        any = branch.check_at(pointer + "/anyOf/" + std::to_string(i), v).empty();
        if (any) covered.insert(branch.covered.begin(), branch.covered.end());
      }
      if (!any) fail(where, "matches no branch of anyOf: " + v.dump());
    }
  }

  std::vector<std::string> check_at(const std::string& pointer, const json& v) {
    check(pointer, v, "$");
    return errors_;
  }

  static const std::regex& compiled(const std::string& pattern) {
    static std::map<std::string, std::regex> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) it = cache.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
    return it->second;
  }

  static std::string escape(const std::string& key) {
    std::string out;
    for (char c : key) {
      if (c == '~') out += "~0";
      else if (c == '/') out += "~1";
      else out.push_back(c);
    }
    return out;
  }
};

// Every property the schema declares, as a JSON pointer into the schema.
void declared_properties(const json& s, const std::string& pointer, std::set<std::string>& out) {
  if (s.is_object()) {
    for (const auto& [key, value] : s.items()) {
      std::string child = pointer + "/" + key;
      if (key == "properties")
        for (const auto& [name, sub] : value.items()) out.insert(child + "/" + name);
      declared_properties(value, child, out);
    }
  } else if (s.is_array()) {
    for (std::size_t i = 0; i < s.size(); ++i) declared_properties(s[i], pointer + "/" + std::to_string(i), out);
  }
}

json document(const Network& published, Profile profile) {
  return netwerkkaart_document(published, settings_for(profile));
}

// The example, with the optional values it happens not to use filled in, so that every
// key of the schema is produced at least once.
Network filled_example() {
  Network net = example_network();
  auto text = [](const char* t) { return Located<std::string>{t, {}}; };
  net.site.base_url = text("https://netwerkkaart.example.nl");
  net.municipalities[0].subregion = text("Westelijke Mijnstreek");
  net.terms[0].abbreviation = text("XX");
  for (auto& o : net.organisations) {
    if (!o.address) o.address = Address{text("Straat 1"), text("1234 AB"), text("Plaats"), Located<bool>{false, {}}, {}};
    o.abbreviation = o.abbreviation ? o.abbreviation : text("AFK");
    o.availability = o.availability ? o.availability : text("altijd");
    for (auto& c : o.contacts) {
      c.availability = c.availability ? c.availability : text("ma-vr");
      c.recognised = Located<bool>{true, {}};
    }
  }
  for (auto& m : net.meetings) {
    if (!m.registration) m.registration = Registration{};
    m.registration->contact = text("monique-stassen");  // published in both profiles
    m.registration->email = text("a@b.nl");
    m.registration->website = text("https://a.nl");
    m.registration->organisation = text("xonar");
  }
  for (auto& a : net.agenda) {
    a.working_group = text("werkgroep");
    a.lead_organisation = text("xonar");
  }
  net.agenda[0].yearly = YearlyRule{{11, {}}, {}, Located<Weekday>{Weekday::monday, {}}, Located<int>{-1, {}}, {}};
  net.agenda[1].yearly = YearlyRule{{11, {}}, Located<int>{25, {}}, {}, {}, {}};
  net.agenda[1].duration_days = Located<int>{16, {}};
  net.agenda[2].dates = {DateRange{{Date{2026, 1, 1}, {}}, Located<Date>{Date{2026, 1, 2}, {}}, {}}};
  for (auto& t : net.trainings)
    for (auto& s : t.sessions) {
      s.online = Located<bool>{true, {}};
      s.location = text("Zaal");
      s.seats = Located<int>{10, {}};
    }
  for (auto& r : net.routes)
    for (auto& s : r.steps)
      for (auto& n : s.next) n.condition = text("als");
  return net;
}

TEST(NetwerkkaartSchema, IsADraft202012Schema) {
  json schema = netwerkkaart_schema();
  EXPECT_EQ(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(schema["type"], "object");
  EXPECT_EQ(schema["additionalProperties"], false);
  // The closed vocabularies come from enums.h.
  EXPECT_EQ(schema["$defs"]["organisatie"]["properties"]["ring"]["enum"], json::array({"keten", "tweede-ring"}));
  EXPECT_EQ(schema["$defs"]["doelgroep"]["items"]["enum"].size(), names_of<Audience>().size());
  EXPECT_EQ(schema["$defs"]["id"]["pattern"], "^[a-z0-9]+(-[a-z0-9]+)*$");
}

TEST(NetwerkkaartSchema, TheValidatorCatchesWhatTheSchemaForbids) {
  json schema = netwerkkaart_schema();
  Network published = publish(example_network(), Profile::professionals, today);
  json good = document(published, Profile::professionals);
  MiniValidator validator(schema);
  ASSERT_TRUE(validator.validate(good).empty());
  auto broken = [&](auto change) {
    json doc = good;
    change(doc);
    return !validator.validate(doc).empty();
  };
  EXPECT_TRUE(broken([](json& d) { d["extra"] = 1; }));
  EXPECT_TRUE(broken([](json& d) { d.erase("gegenereerd_op"); }));
  EXPECT_TRUE(broken([](json& d) { d["gegenereerd_op"] = "22-11-2026"; }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["ring"] = "buiten"; }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["id"] = "Met Hoofdletter"; }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["id"] = std::string(81, 'a'); }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["werkgebied"] = "overal"; }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["adres"] = json{{"plaats", "X"}, {"huisnummer", "7"}, {"geheim", false}}; }));
  // The schema itself says that a secret address has no street or postcode.
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["adres"] = json{{"straat", "Verborgenhof 7"}, {"geheim", true}}; }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["adres"] = json{{"postcode", "6221 ZZ"}, {"geheim", true}}; }));
  EXPECT_FALSE(broken([](json& d) { d["organisaties"][0]["adres"] = json{{"plaats", "Maastricht"}, {"geheim", true}}; }));
  EXPECT_FALSE(broken([](json& d) { d["organisaties"][0]["adres"] = json{{"straat", "Markt 1"}, {"geheim", false}}; }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["contactpersonen"][0]["rollen"] = json::array({"baas"}); }));
  EXPECT_TRUE(broken([](json& d) { d["organisaties"][0]["contactpersonen"][0]["regel"] = 3; }));
  EXPECT_TRUE(broken([](json& d) { d["site"]["verouderd_na_maanden"] = "12"; }));
  EXPECT_TRUE(broken([](json& d) { d["trainingen"][0]["sessies"][0]["start"] = "2026-01-01 09:00"; }));
  EXPECT_FALSE(broken([](json& d) { d["organisaties"][0]["werkgebied"] = json::array({"maastricht"}); }));
}

TEST(NetwerkkaartJson, TheExampleMatchesTheSchemaInBothProfiles) {
  json schema = netwerkkaart_schema();
  for (Profile profile : {Profile::professionals, Profile::open}) {
    Network published = publish(example_network(), profile, today);
    MiniValidator validator(schema);
    auto errors = validator.validate(document(published, profile));
    EXPECT_TRUE(errors.empty()) << profile_name(profile) << ": " << errors.size() << " errors, first: "
                                << (errors.empty() ? "" : errors[0]);
  }
}

TEST(NetwerkkaartJson, EveryKeyOfTheSchemaIsProduced) {
  json schema = netwerkkaart_schema();
  MiniValidator validator(schema);
  Network published = publish(filled_example(), Profile::professionals, today);
  auto errors = validator.validate(document(published, Profile::professionals));
  ASSERT_TRUE(errors.empty()) << errors[0];
  std::set<std::string> declared;
  declared_properties(schema, "", declared);
  std::vector<std::string> unused;
  for (const auto& p : declared)
    if (!validator.covered.contains(p)) unused.push_back(p);
  EXPECT_TRUE(unused.empty()) << unused.size() << " unused, first: " << (unused.empty() ? "" : unused[0]);
}

TEST(NetwerkkaartJson, CountsMatchThePublishedNetwork) {
  const Network& raw = example_network();
  for (Profile profile : {Profile::professionals, Profile::open}) {
    Network published = publish(raw, profile, today);
    json doc = document(published, profile);
    EXPECT_EQ(doc["profiel"], std::string(profile_name(profile)));
    EXPECT_EQ(doc["gegenereerd_op"], "2026-11-22");
    EXPECT_EQ(doc["gemeenten"].size(), published.municipalities.size());
    EXPECT_EQ(doc["soorten"].size(), published.organisation_kinds.size());
    EXPECT_EQ(doc["specialismen"].size(), published.specialisms.size());
    EXPECT_EQ(doc["begrippen"].size(), published.terms.size());
    EXPECT_EQ(doc["organisaties"].size(), published.organisations.size());
    EXPECT_EQ(doc["overleggen"].size(), published.meetings.size());
    EXPECT_EQ(doc["trainingen"].size(), published.trainings.size());
    EXPECT_EQ(doc["agenda"].size(), published.agenda.size());
    EXPECT_EQ(doc["routes"].size(), published.routes.size());
    std::size_t contacts = 0, services = 0, published_contacts = 0, published_services = 0;
    for (const auto& o : doc["organisaties"]) {
      contacts += o["contactpersonen"].size();
      services += o["aanbod"].size();
      if (profile == Profile::open) {
        for (const auto& c : o["contactpersonen"]) EXPECT_EQ(c["publicatie"], "openbaar") << c["id"];
      }
    }
    for (const auto& o : published.organisations) {
      published_contacts += o.contacts.size();
      published_services += o.services.size();
    }
    EXPECT_EQ(contacts, published_contacts);
    EXPECT_EQ(services, published_services);
    EXPECT_GT(contacts, 0u);
  }
  // The open profile publishes fewer persons than the professionals profile.
  std::size_t open = 0, all = 0;
  json open_doc = document(publish(raw, Profile::open, today), Profile::open);
  json all_doc = document(publish(raw, Profile::professionals, today), Profile::professionals);
  for (const auto& o : open_doc["organisaties"]) open += o["contactpersonen"].size();
  for (const auto& o : all_doc["organisaties"]) all += o["contactpersonen"].size();
  EXPECT_LT(open, all);
}

TEST(NetwerkkaartJson, ValuesKeepTheirDataForm) {
  Network published = publish(example_network(), Profile::professionals, today);
  json doc = document(published, Profile::professionals);
  const json* xonar = nullptr;
  for (const auto& o : doc["organisaties"])
    if (o["id"] == "xonar") xonar = &o;
  ASSERT_TRUE(xonar);
  EXPECT_EQ((*xonar)["telefoon"], json({{"weergave", "043 123 4800"}, {"tel", "+31431234800"}}));
  EXPECT_EQ((*xonar)["adres"], json({{"plaats", "Maastricht"}, {"geheim", true}}));
  EXPECT_EQ((*xonar)["werkgebied"], "regio");
  EXPECT_NE((*xonar)["omschrijving"].get<std::string>().find("**geheim**"), std::string::npos);  // Markdown
  EXPECT_EQ((*xonar)["beheer"], json({{"gecontroleerd", "2026-09-30"}}));
  // No source positions: no file name, line or column anywhere.
  std::string bytes = json_bytes(doc);
  EXPECT_EQ(bytes.find(".yaml"), std::string::npos);
  EXPECT_EQ(bytes.find("\"regel\""), std::string::npos);
  EXPECT_EQ(bytes.find("\"kolom\""), std::string::npos);
  // Not exported: the consent date.
  EXPECT_EQ(bytes.find("\"toestemming\":"), std::string::npos);
}

TEST(NetwerkkaartJson, IsDeterministic) {
  Network published = publish(example_network(), Profile::professionals, today);
  auto a = render_all_exports(published, Profile::professionals, 1);
  auto b = render_all_exports(publish(example_network(), Profile::professionals, today), Profile::professionals, 4);
  ASSERT_TRUE(a.contains("data/netwerkkaart.json"));
  ASSERT_TRUE(a.contains("data/netwerkkaart.schema.json"));
  EXPECT_EQ(a, b);
  EXPECT_EQ(a["data/netwerkkaart.schema.json"], json_bytes(netwerkkaart_schema()));
}

TEST(NetwerkkaartJson, PrintedPieceByPieceItIsTheSameAsTheWholeTree) {
  for (Profile profile : {Profile::professionals, Profile::open}) {
    Network published = publish(filled_example(), profile, today);
    for (unsigned threads : {1u, 3u}) {
      BuildSettings settings = settings_for(profile, threads);
      EXPECT_EQ(netwerkkaart_json_bytes(published, settings), json_bytes(netwerkkaart_document(published, settings)));
    }
  }
  Network empty;
  BuildSettings settings = settings_for(Profile::open);
  EXPECT_EQ(netwerkkaart_json_bytes(empty, settings), json_bytes(netwerkkaart_document(empty, settings)));
}

}  // namespace
}  // namespace nk
