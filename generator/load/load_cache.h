#pragma once
// Decoded input files kept between the builds of one process (serve): after an edit only
// the files that changed are read and decoded again, which on a national data set is the
// difference between seconds and milliseconds.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "load/load_file.h"

namespace nk {

// What identifies one version of a file without reading it.
struct FileStamp {
  std::uint64_t size = 0, inode = 0;
  std::int64_t modified_ns = 0, changed_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of `path`, or nothing when it cannot be looked at (then it is always read).
std::optional<FileStamp> stamp_file(const std::string& path);

class LoadCache {
 public:
  // A copy of what `path` gave when it had this stamp and this place in the input list
  // (positions in diagnostics and the model refer to that place), if kept.
  std::optional<FileResult> find(const std::string& path, std::uint32_t index, const FileStamp& stamp) const;
  void keep(const std::string& path, std::uint32_t index, const FileStamp& stamp, const FileResult& result);
  std::size_t hits() const;

 private:
  struct Entry {
    std::uint32_t index;
    FileStamp stamp;
    FileResult result;
  };
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  mutable std::size_t hits_ = 0;
};

}  // namespace nk
