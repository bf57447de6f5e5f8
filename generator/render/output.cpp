#include "render/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

namespace nk {

void OutputSink::add(std::string path, std::string bytes) {
  if (directory_.empty()) {
    std::lock_guard lock(mutex_);
    ++count_;
    bytes_ += bytes.size();
    files_.push_back(OutputFile{std::move(path), std::move(bytes)});
    return;
  }
  std::filesystem::path target = std::filesystem::path(directory_) / path;
  {
    // Folders are made under the lock: two threads making one folder must not race.
    std::lock_guard lock(mutex_);
    ++count_;
    bytes_ += bytes.size();
    std::string folder = target.parent_path().string();
    if (made_directories_.insert(folder).second) {
      std::error_code ec;
      std::filesystem::create_directories(folder, ec);
      if (ec && !error_) error_ = "kan de map '" + folder + "' niet maken: " + ec.message();
    }
  }
  if (!reuse_from_.empty() && link_if_unchanged(path, bytes, target.string())) {
    std::lock_guard lock(mutex_);
    ++reused_;
    return;
  }
  std::ofstream out(target, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = "kan '" + target.string() + "' niet schrijven";
  }
}

bool OutputSink::link_if_unchanged(const std::string& path, const std::string& bytes, const std::string& target) const {
  const std::string old = reuse_from_ + "/" + path;
  // Only a plain file that belongs to the old site alone: never a symlink, nor a file
  // linked from elsewhere, whose later changes would then show in the site.
  int fd = ::open(old.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink == 1 &&
              static_cast<std::uint64_t>(st.st_size) == bytes.size();
  std::string buffer;
  if (same) {
    buffer.resize(bytes.size());
    std::size_t done = 0;
    while (done < buffer.size()) {
      ssize_t n = ::read(fd, buffer.data() + done, buffer.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    same = done == buffer.size() && buffer == bytes;
  }
  ::close(fd);
  return same && ::link(old.c_str(), target.c_str()) == 0;
}

std::size_t OutputSink::reused() const {
  std::lock_guard lock(mutex_);
  return reused_;
}

std::size_t OutputSink::count() const {
  std::lock_guard lock(mutex_);
  return count_;
}

std::uint64_t OutputSink::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

std::optional<std::string> OutputSink::error() const {
  std::lock_guard lock(mutex_);
  return error_;
}

std::vector<OutputFile> OutputSink::take_sorted() {
  std::lock_guard lock(mutex_);
  std::sort(files_.begin(), files_.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return std::move(files_);
}

bool OutputSelection::wants_any_under(std::string_view folder) const {
  if (everything_) return true;
  auto it = paths_.lower_bound(std::string(folder));
  return it != paths_.end() && std::string_view(*it).starts_with(folder);
}

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(1, count)));
  std::atomic<std::size_t> next{0};
  auto run = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

}  // namespace nk
