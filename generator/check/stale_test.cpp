#include "check/stale.h"

#include <gtest/gtest.h>

namespace nk {
namespace {

Stewardship verified_on(Date d) {
  Stewardship s;
  s.contact.value = "a@b.nl";
  s.verified.value = d;
  return s;
}

TEST(Stale, StaleOnlyAfterTheFullPeriod) {
  // 12 months after 2025-11-22 is 2026-11-22: still fresh that day, stale the next.
  EXPECT_FALSE(is_stale(verified_on({2025, 11, 22}), 12, {2026, 11, 22}));
  EXPECT_TRUE(is_stale(verified_on({2025, 11, 21}), 12, {2026, 11, 22}));
  EXPECT_FALSE(is_stale(verified_on({2026, 11, 23}), 12, {2026, 11, 22}));  // future: NK506, not stale
  EXPECT_FALSE(is_stale(verified_on({0, 0, 0}), 12, {2026, 11, 22}));        // missing: NK102
}

TEST(Stale, CsvQuotesAndNeutralisesFormulas) {
  StaleEntry e{"organisatie", "x", "A, \"B\"", "data/organisaties/x.yaml", {0, 3, 18}, {2024, 1, 31},
               {2025, 1, 31}, "@handle"};
  EXPECT_EQ(format_stale_csv({e}),
            "soort,id,naam,bestand,regel,gecontroleerd,verouderd_sinds,beheer_contact\r\n"
            "organisatie,x,\"A, \"\"B\"\"\",data/organisaties/x.yaml,3,2024-01-31,2025-01-31,'@handle\r\n");
}

}  // namespace
}  // namespace nk
