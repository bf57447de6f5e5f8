#include "diff/data_diff.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace nk {
namespace {

struct TwoDirs {
  fs::path root = fs::temp_directory_path() / ("nk-diff-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                                "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  TwoDirs() { fs::remove_all(root); }
  ~TwoDirs() { fs::remove_all(root); }
  void write(const std::string& side, const std::string& rel, const std::string& text) {
    fs::create_directories((root / side / rel).parent_path());
    std::ofstream(root / side / rel) << text;
  }
  DataDiff diff() { return diff_data((root / "oud").string(), (root / "nieuw").string(), {}, {}); }
};

std::string sessions(std::initializer_list<const char*> starts) {
  std::string out = "naam: T\nsessies:\n";
  for (const char* s : starts) out += std::string("  - start: \"") + s + "\"\n    eind: \"" + s + "\"\n    locatie: X\n";
  return out;
}

TEST(DataDiff, AMovedSessionIsChangedAndAnInsertedOneAdded) {
  TwoDirs d;
  d.write("oud", "trainingen/t.yaml", sessions({"2027-01-01 09:00", "2027-02-01 09:00", "2027-03-01 09:00"}));
  d.write("nieuw", "trainingen/t.yaml",
          sessions({"2026-12-01 09:00", "2027-01-01 09:00", "2027-02-15 09:00", "2027-03-01 09:00"}));
  DataDiff diff = d.diff();
  ASSERT_EQ(diff.entities.size(), 1u);
  const auto& parts = diff.entities[0].parts;
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].kind, ChangeKind::changed);
  EXPECT_EQ(parts[0].name, "2027-02-01 09:00");
  ASSERT_EQ(parts[0].fields.size(), 2u);  // eind and start
  EXPECT_EQ(parts[0].fields[1].field, "start");
  EXPECT_EQ(parts[0].fields[1].after, "2027-02-15 09:00");
  EXPECT_EQ(parts[1].kind, ChangeKind::added);
  EXPECT_EQ(parts[1].name, "2026-12-01 09:00");
}

TEST(DataDiff, ContactsMatchOnIdOrTheSlugOfTheirName) {
  TwoDirs d;
  d.write("oud", "organisaties/o.yaml", "naam: O\ncontactpersonen:\n  - naam: Ébe Sánchez\n    functie: A\n");
  d.write("nieuw", "organisaties/o.yaml",
          "naam: O\ncontactpersonen:\n  - id: ebe-sanchez\n    naam: Ébe Sánchez\n    functie: B\n");
  DataDiff diff = d.diff();
  ASSERT_EQ(diff.entities.size(), 1u);
  ASSERT_EQ(diff.entities[0].parts.size(), 1u);
  const auto& p = diff.entities[0].parts[0];
  EXPECT_EQ(p.kind, ChangeKind::changed);
  EXPECT_EQ(p.id, "ebe-sanchez");
  ASSERT_EQ(p.fields.size(), 2u);  // functie changed, id added
  EXPECT_EQ(p.fields[0].field, "functie");
  EXPECT_EQ(p.fields[1].field, "id");
  EXPECT_TRUE(p.fields[1].before.empty());
}

TEST(DataDiff, AddedAndRemovedEntitiesAndNoChange) {
  TwoDirs d;
  d.write("oud", "agenda/a.yaml", "naam: A\n");
  d.write("oud", "routes/r.yaml", "naam: R\n");
  d.write("nieuw", "routes/r.yaml", "naam: R\n");
  d.write("nieuw", "overleggen/m.yaml", "naam: M\n");
  DataDiff diff = d.diff();
  ASSERT_EQ(diff.entities.size(), 2u);
  EXPECT_EQ(diff.entities[0].section, "overleggen");
  EXPECT_EQ(diff.entities[0].kind, ChangeKind::added);
  EXPECT_EQ(diff.entities[1].section, "agenda");
  EXPECT_EQ(diff.entities[1].kind, ChangeKind::removed);
  EXPECT_NE(format_diff_markdown(diff).find("| Overleggen | 1 | 0 | 0 |"), std::string::npos);
}

TEST(DataDiff, ARewordedWarningOnTheSameFileIsNeitherNewNorGone) {
  TwoDirs d;
  d.write("oud", "organisaties/o.yaml", "naam: O\n");
  d.write("nieuw", "organisaties/o.yaml", "naam: O2\n");
  const std::string oud = (d.root / "oud").string(), nieuw = (d.root / "nieuw").string();
  DiagnosticList before, after;
  auto warn = [](DiagnosticList& list, Code code, const std::string& file, const std::string& message) {
    list.add(code, file, 1, 1, message).severity = Severity::warning;
  };
  warn(before, Code::partner_without_focal_officer, oud + "/organisaties/o.yaml", "netwerkpartner 'O' heeft geen aandachtsfunctionaris");
  warn(before, Code::partner_without_network_contact, oud + "/organisaties/o.yaml", "netwerkpartner 'O' heeft geen netwerkcontact");
  warn(after, Code::partner_without_focal_officer, nieuw + "/organisaties/o.yaml", "netwerkpartner 'O2' heeft geen aandachtsfunctionaris");
  warn(after, Code::stale_entry, nieuw + "/organisaties/o.yaml", "laatst gecontroleerd op 2020-01-01");
  warn(after, Code::partner_without_focal_officer, nieuw + "/organisaties/p.yaml", "netwerkpartner 'P' heeft geen aandachtsfunctionaris");
  DataDiff diff = diff_data(oud, nieuw, before, after);
  ASSERT_EQ(diff.new_warnings.size(), 2u);  // NK501 on o.yaml, NK502 on p.yaml: the reworded NK502 on o.yaml is not new
  EXPECT_EQ(diff.new_warnings[0].code, Code::stale_entry);
  EXPECT_EQ(diff.new_warnings[1].file, nieuw + "/organisaties/p.yaml");
  ASSERT_EQ(diff.gone_warnings.size(), 1u);
  EXPECT_EQ(diff.gone_warnings[0].code, Code::partner_without_network_contact);
  EXPECT_EQ(diff.gone_warnings[0].file, nieuw + "/organisaties/o.yaml");
}

}  // namespace
}  // namespace nk
