#include "render/maps/layout_pool.h"

#include <poll.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace nk {

namespace {

namespace fs = std::filesystem;

fs::path cache_file(const std::string& dir, const std::string& key) {
  return fs::path(dir) / key.substr(0, 2) / (key + ".layout");
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Written beside and renamed into place, so a reader never sees half a file.
void write_cache(const std::string& dir, const std::string& key, const std::string& text) {
  std::error_code ec;
  fs::path target = cache_file(dir, key);
  fs::create_directories(target.parent_path(), ec);
  if (ec) return;
  fs::path temp = target;
  temp += ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temp, std::ios::binary);
    out << text;
    if (!out) return;
  }
  fs::rename(temp, target, ec);
  if (ec) fs::remove(temp, ec);
}

bool write_all(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// A worker: takes the next job from the shared counter until none are left, and writes
// "<job> <length>\n<layout>" per job (length 0: Graphviz failed). Never returns.
[[noreturn]] void worker(int fd, std::atomic<std::size_t>* next, const std::vector<std::size_t>& jobs,
                         const std::vector<const MapGraph*>& graphs) {
  for (std::size_t j = next->fetch_add(1); j < jobs.size(); j = next->fetch_add(1)) {
    auto layout = run_layout(*graphs[jobs[j]]);
    std::string text = layout ? serialise_layout(*layout) : std::string();
    if (!write_all(fd, std::to_string(j) + " " + std::to_string(text.size()) + "\n" + text)) break;
  }
  ::close(fd);
  _exit(0);  // no atexit handlers, no flushing of the parent's buffers
}

// Parses the records a worker sent.
void take_records(const std::string& data, const std::vector<std::size_t>& jobs,
                  std::vector<std::optional<std::string>>& texts) {
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string::npos) return;
    std::size_t job = 0, length = 0;
    if (std::sscanf(data.c_str() + pos, "%zu %zu", &job, &length) != 2) return;
    pos = eol + 1;
    if (job >= jobs.size() || pos + length > data.size()) return;
    if (length > 0) texts[job] = data.substr(pos, length);
    pos += length;
  }
}

}  // namespace

std::vector<std::optional<MapLayout>> layout_all(const std::vector<const MapGraph*>& graphs, unsigned workers,
                                                 const std::string& cache_dir, LayoutStats& stats) {
  std::vector<std::optional<MapLayout>> out(graphs.size());
  std::vector<std::string> keys(graphs.size());
  std::vector<std::size_t> jobs;
  stats.maps = graphs.size();
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    keys[i] = layout_key(*graphs[i]);
    if (!cache_dir.empty())
      if (auto text = read_file(cache_file(cache_dir, keys[i])))
        if ((out[i] = parse_layout(*text, *graphs[i]))) {
          ++stats.from_cache;
          continue;
        }
    jobs.push_back(i);
  }

  // Layouts as text, by job: the same text goes to the cache and is parsed for this
  // build, so a map drawn from the cache is byte-identical to one laid out now.
  std::vector<std::optional<std::string>> texts(jobs.size());
  workers = static_cast<unsigned>(std::min<std::size_t>(std::max(1u, workers), jobs.size()));
  // A handful of maps is not worth a fork.
  if (workers <= 1 || jobs.size() < 8) {
    stats.workers = jobs.empty() ? 0 : 1;
    for (std::size_t j = 0; j < jobs.size(); ++j)
      if (auto layout = run_layout(*graphs[jobs[j]])) texts[j] = serialise_layout(*layout);
  } else {
    stats.workers = workers;
    void* shared = mmap(nullptr, sizeof(std::atomic<std::size_t>), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                        -1, 0);
    auto* next = shared == MAP_FAILED ? nullptr : new (shared) std::atomic<std::size_t>(0);
    std::vector<pid_t> pids;
    std::vector<int> fds;
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    for (unsigned w = 0; next && w < workers; ++w) {
      int pipe_fds[2];
      if (pipe(pipe_fds) != 0) break;
      pid_t pid = fork();
      if (pid < 0) {
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        break;
      }
      if (pid == 0) {
        ::close(pipe_fds[0]);
        for (int fd : fds) ::close(fd);
        worker(pipe_fds[1], next, jobs, graphs);
      }
      ::close(pipe_fds[1]);
      pids.push_back(pid);
      fds.push_back(pipe_fds[0]);
    }
    // Read every pipe as data comes, so no worker blocks on a full pipe.
    std::vector<std::string> received(fds.size());
    std::vector<pollfd> polls;
    for (int fd : fds) polls.push_back({fd, POLLIN, 0});
    std::size_t open = fds.size();
    char buffer[1 << 16];
    while (open > 0) {
      if (poll(polls.data(), polls.size(), -1) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (std::size_t k = 0; k < polls.size(); ++k) {
        if (polls[k].fd < 0 || !(polls[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        ssize_t n = ::read(polls[k].fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n > 0) {
          received[k].append(buffer, static_cast<std::size_t>(n));
        } else {
          ::close(polls[k].fd);
          polls[k].fd = -1;
          --open;
        }
      }
    }
    for (pid_t pid : pids) {
      int status = 0;
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
    }
    for (const auto& data : received) take_records(data, jobs, texts);
    if (next) munmap(shared, sizeof(std::atomic<std::size_t>));
    // Jobs a worker did not finish (it crashed or could not start) are laid out here.
    if (pids.empty())
      for (std::size_t j = 0; j < jobs.size(); ++j)
        if (auto layout = run_layout(*graphs[jobs[j]])) texts[j] = serialise_layout(*layout);
  }
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    const std::size_t i = jobs[j];
    if (texts[j]) out[i] = parse_layout(*texts[j], *graphs[i]);
    if (!out[i]) {
      ++stats.failed;
      continue;
    }
    ++stats.laid_out;
    if (!cache_dir.empty()) write_cache(cache_dir, keys[i], *texts[j]);
  }
  return out;
}

}  // namespace nk
