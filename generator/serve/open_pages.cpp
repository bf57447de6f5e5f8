#include "serve/open_pages.h"

namespace nk {

std::optional<std::string> page_file_of_url(const std::string& url_path) {
  if (url_path.empty() || url_path.front() != '/' || url_path.size() > 1024) return std::nullopt;
  std::string file = url_path.substr(1);
  // Only plain segments: no "..", ".", empty segments, backslashes or control characters.
  std::size_t start = 0;
  while (start < file.size()) {
    std::size_t end = file.find('/', start);
    if (end == std::string::npos) end = file.size();
    std::string segment = file.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return std::nullopt;
    for (unsigned char c : segment)
      if (c < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
    start = end + 1;
  }
  if (file.empty() || file.back() == '/') file += "index.html";
  if (!file.ends_with(".html")) return std::nullopt;
  return file;
}

void OpenPages::opened(const std::string& file) {
  std::lock_guard lock(mutex_);
  auto it = open_.find(file);
  if (it != open_.end()) ++it->second;
  else if (open_.size() < max_pages) open_.emplace(file, 1);
}

void OpenPages::closed(const std::string& file) {
  std::lock_guard lock(mutex_);
  auto it = open_.find(file);
  if (it != open_.end() && --it->second == 0) open_.erase(it);
}

std::set<std::string> OpenPages::files() const {
  std::lock_guard lock(mutex_);
  std::set<std::string> files;
  for (const auto& [file, count] : open_) files.insert(file);
  return files;
}

}  // namespace nk
