#include "render/output.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace nk {

void OutputSink::add(std::string path, std::string bytes) {
  std::lock_guard lock(mutex_);
  files_.push_back(OutputFile{std::move(path), std::move(bytes)});
}

std::vector<OutputFile> OutputSink::take_sorted() {
  std::lock_guard lock(mutex_);
  std::sort(files_.begin(), files_.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return std::move(files_);
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
