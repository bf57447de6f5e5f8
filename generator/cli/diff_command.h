#pragma once
#include <string>

namespace nk {

struct DiffCommandOptions {
  std::string old_data_dir;  // the data before the change (e.g. the main branch)
  std::string data_dir = "data";
  std::string content_dir = "content";
  bool content_given = false;
  std::string today;  // --vandaag
};

// `netwerkkaart diff`: a Dutch Markdown summary of what the change from old_data_dir to
// data_dir does, for a pull-request comment. Exit 0 whatever changed; 2 usage, 3 I/O.
int run_diff(const DiffCommandOptions& options);

}  // namespace nk
