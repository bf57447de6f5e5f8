#include "load/load_cache.h"

#include <sys/stat.h>

namespace nk {

std::optional<FileStamp> stamp_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  FileStamp stamp;
  stamp.size = static_cast<std::uint64_t>(st.st_size);
  stamp.inode = static_cast<std::uint64_t>(st.st_ino);
  // ctime as well as mtime: an editor or `touch -d` can set mtime back, never ctime.
  stamp.modified_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  stamp.changed_ns = static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
  return stamp;
}

std::optional<FileResult> LoadCache::find(const std::string& path, std::uint32_t index, const FileStamp& stamp) const {
  const Entry* entry = nullptr;
  {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(path);
    if (it == entries_.end() || it->second.index != index || !(it->second.stamp == stamp)) return std::nullopt;
    ++hits_;
    entry = &it->second;
  }
  // Copied outside the lock, so the loading threads copy side by side. Safe: elements of an
  // unordered_map stay put when others are added, and only the thread that loads a path
  // ever replaces that path's entry.
  return entry->result;
}

void LoadCache::keep(const std::string& path, std::uint32_t index, const FileStamp& stamp, const FileResult& result) {
  std::lock_guard lock(mutex_);
  entries_.insert_or_assign(path, Entry{index, stamp, result});
}

std::size_t LoadCache::hits() const {
  std::lock_guard lock(mutex_);
  return hits_;
}

}  // namespace nk
