#pragma once
#include <string>

namespace nk {

struct CheckCommandOptions {
  std::string data_dir = "data";
  std::string content_dir = "content";
  bool content_given = false;
  std::string format = "tekst";
  bool strict = false;
  bool stale = false;  // --verouderd: list entries past their verification date
  std::string today;  // --vandaag
  unsigned threads = 0;
};

// Runs `netwerkkaart check`; returns the exit code (site.md: 0 ok, 1 data errors, 3 I/O).
int run_check(const CheckCommandOptions& options);

}  // namespace nk
