#pragma once
// Watches folders (and every folder below them) for changed files, through inotify.
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace nk {

class DirectoryWatcher {
 public:
  explicit DirectoryWatcher(const std::vector<std::string>& roots);
  ~DirectoryWatcher();
  DirectoryWatcher(const DirectoryWatcher&) = delete;
  DirectoryWatcher& operator=(const DirectoryWatcher&) = delete;

  bool ok() const { return fd_ >= 0; }
  // Waits up to `timeout` for a change; after one, waits until nothing more has changed
  // for `settle` (an editor saves in steps) and returns true.
  bool wait_for_change(std::chrono::milliseconds settle, std::chrono::milliseconds timeout);

 private:
  void add_tree(const std::string& root);
  bool drain(int timeout_ms);  // reads what is there; true if anything was a change

  int fd_ = -1;
  std::map<int, std::string> folders_;  // watch descriptor -> folder
};

}  // namespace nk
