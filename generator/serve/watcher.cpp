#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>

namespace nk {

namespace fs = std::filesystem;

namespace {
constexpr std::uint32_t kEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                  IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB;
}

DirectoryWatcher::DirectoryWatcher(const std::vector<std::string>& roots) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) return;
  for (const auto& root : roots) add_tree(root);
}

DirectoryWatcher::~DirectoryWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

void DirectoryWatcher::add_tree(const std::string& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return;
  auto add = [&](const std::string& folder) {
    int wd = inotify_add_watch(fd_, folder.c_str(), kEvents | IN_ONLYDIR);
    if (wd >= 0) folders_[wd] = folder;
  };
  add(root);
  for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec))
    if (it->is_directory(ec) && !it->is_symlink(ec)) add(it->path().string());
}

bool DirectoryWatcher::drain(int timeout_ms) {
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, timeout_ms) <= 0) return false;
  alignas(inotify_event) char buffer[16384];
  bool changed = false;
  for (;;) {
    ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n <= 0) break;
    for (char* at = buffer; at < buffer + n;) {
      auto* event = reinterpret_cast<inotify_event*>(at);
      at += sizeof(inotify_event) + event->len;
      if (event->mask & IN_IGNORED) {
        folders_.erase(event->wd);
        continue;
      }
      // Editors' swap and backup files are not data.
      std::string name = event->len ? std::string(event->name) : std::string();
      if (!name.empty() && (name.front() == '.' || name.back() == '~' || name.ends_with(".swp"))) continue;
      changed = true;
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
        auto folder = folders_.find(event->wd);
        if (folder != folders_.end()) add_tree(folder->second + "/" + name);
      }
    }
  }
  return changed;
}

bool DirectoryWatcher::wait_for_change(std::chrono::milliseconds settle, std::chrono::milliseconds timeout) {
  if (fd_ < 0) return false;
  if (!drain(static_cast<int>(timeout.count()))) return false;
  while (drain(static_cast<int>(settle.count()))) {
  }
  return true;
}

}  // namespace nk
