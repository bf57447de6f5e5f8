#pragma once
#include <string>
#include <vector>

namespace nk {

struct NewCommandOptions {
  std::string kind;  // organisatie, training, agenda, overleg
  std::string id;
  std::string data_dir = "data";
  std::string today;  // --vandaag
};

// `netwerkkaart new`: writes a commented, valid starting file; never overwrites one.
// Exit codes: 0 written, 2 bad kind/id or the file exists, 3 could not write.
int run_new(const NewCommandOptions& options);

// The text of the starting file (for tests and for run_new). `kinds`: the organisation
// kinds of the data set, the first is filled in and all are listed in a comment.
std::string starter_file(const std::string& kind, const std::string& id, const std::string& today,
                         const std::vector<std::string>& kinds);

}  // namespace nk
