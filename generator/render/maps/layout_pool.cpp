#include "render/maps/layout_pool.h"

#include "render/output.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <algorithm>
#include <iterator>

namespace nk {

namespace {

namespace fs = std::filesystem;

// The cache is one file: a warm national build would otherwise open thousands of small
// files, which costs more system time than everything else the maps do.
fs::path pack_file(const std::string& dir) { return fs::path(dir) / "kaarten.cache"; }

// The cache file, read in one go; entries are views into `data` (no copy per map).
struct Pack {
  std::string data;
  std::unordered_map<std::string_view, std::string_view> by_key;
};

// Empty when the file is missing or not ours; stops at the first damaged record.
void read_pack(const std::string& dir, Pack& pack) {
  const int fd = ::open(pack_file(dir).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st{};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    pack.data.resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < pack.data.size()) {
      ssize_t n = ::read(fd, pack.data.data() + done, pack.data.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    pack.data.resize(done);
  }
  ::close(fd);
  const std::string_view data = pack.data;
  const std::string_view magic = "netwerkkaart-kaartcache 1\n";
  if (data.substr(0, magic.size()) != magic) return;
  pack.by_key.reserve(data.size() / 1000);
  std::size_t pos = magic.size();
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos || eol - pos > 60) break;
    std::size_t space = data.find(' ', pos);
    if (space == std::string_view::npos || space > eol) break;
    std::size_t length = 0;
    for (std::size_t k = space + 1; k < eol; ++k) {
      if (data[k] < '0' || data[k] > '9') return;
      length = length * 10 + static_cast<std::size_t>(data[k] - '0');
    }
    const std::string_view key = data.substr(pos, space - pos);
    pos = eol + 1;
    if (length > data.size() - pos) break;
    pack.by_key.emplace(key, data.substr(pos, length));
    pos += length;
  }
}

// Written beside and renamed into place, so a reader never sees half a file. Holds the
// layouts of this build only: what no map uses any more drops out.
void write_pack(const std::string& dir, const std::vector<std::pair<std::string, std::string_view>>& entries) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return;
  fs::path target = pack_file(dir), temp = target;
  temp += ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temp, std::ios::binary);
    out << "netwerkkaart-kaartcache 1\n";
    for (const auto& [key, text] : entries) out << key << ' ' << text.size() << '\n' << text;
    if (!out) {
      out.close();
      fs::remove(temp, ec);
      return;
    }
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

std::string record(std::size_t job, const std::string& payload) {
  return std::to_string(job) + " " + std::to_string(payload.size()) + "\n" + payload;
}

// Takes the first complete record "<job> <length>\n<payload>" off the front of `buffer`.
bool take_record(std::string& buffer, std::size_t& job, std::string& payload) {
  std::size_t eol = buffer.find('\n');
  if (eol == std::string::npos) return false;
  std::size_t length = 0;
  if (std::sscanf(buffer.c_str(), "%zu %zu", &job, &length) != 2) {
    buffer.clear();  // not our format: drop it, the jobs count as failed
    return false;
  }
  if (buffer.size() < eol + 1 + length) return false;
  payload = buffer.substr(eol + 1, length);
  buffer.erase(0, eol + 1 + length);
  return true;
}

struct Service {
  pid_t pid = -1;
  int to = -1, from = -1;  // its stdin and stdout
  std::string received;
  bool busy = false;
  std::size_t next = 0, end = 0;  // its own queue, in ordered mode
};

std::optional<Service> start_service() {
  int in[2], out[2];
  if (pipe(in) != 0) return std::nullopt;
  if (pipe(out) != 0) {
    ::close(in[0]), ::close(in[1]);
    return std::nullopt;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addclose(&actions, in[1]);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  std::string self = "/proc/self/exe";
  char* argv[] = {const_cast<char*>("netwerkkaart"), const_cast<char*>(layout_service_argument), nullptr};
  pid_t pid = -1;
  int rc = posix_spawn(&pid, self.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  ::close(out[1]);
  if (rc != 0) {
    ::close(in[1]), ::close(out[0]);
    return std::nullopt;
  }
  fcntl(in[1], F_SETFD, FD_CLOEXEC);
  fcntl(out[0], F_SETFD, FD_CLOEXEC);
  Service s;
  s.pid = pid;
  s.to = in[1];
  s.from = out[0];
  return s;
}

// Runs the jobs through `count` services, one job at a time each; returns the layouts as
// text by job (nullopt: failed, or no service could be started). The first `in_order`
// jobs all go to the first service, one after the other, so what each of those layouts
// comes after depends on the jobs alone (not on -j); after them that service, like the
// others, takes whichever job is next.
std::vector<std::optional<std::string>> run_services(const std::vector<std::string>& inputs, unsigned count,
                                                     std::size_t in_order) {
  std::vector<std::optional<std::string>> texts(inputs.size());
  // A service that dies must not take the build with it through SIGPIPE.
  struct sigaction ignore{}, previous{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous);
  std::vector<Service> services;
  for (unsigned i = 0; i < count; ++i)
    if (auto s = start_service()) services.push_back(*s);
  std::size_t next = in_order;
  if (!services.empty()) services[0].end = in_order;
  auto feed = [&](Service& s) {
    std::size_t& n = s.next < s.end ? s.next : next;
    if (n < inputs.size()) {
      s.busy = write_all(s.to, record(n, inputs[n]));
      ++n;
    }
    if (!s.busy && s.to >= 0) ::close(s.to), s.to = -1;  // no more work: the service ends
  };
  for (auto& s : services) feed(s);
  char buffer[1 << 16];
  for (;;) {
    std::vector<pollfd> polls;
    std::vector<Service*> owners;
    for (auto& s : services)
      if (s.from >= 0) polls.push_back({s.from, POLLIN, 0}), owners.push_back(&s);
    if (polls.empty()) break;
    if (poll(polls.data(), polls.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t k = 0; k < polls.size(); ++k) {
      if (!(polls[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Service& s = *owners[k];
      ssize_t n = ::read(s.from, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ::close(s.from);
        s.from = -1;
        if (s.to >= 0) ::close(s.to), s.to = -1;
        continue;
      }
      s.received.append(buffer, static_cast<std::size_t>(n));
      std::size_t job = 0;
      std::string payload;
      while (take_record(s.received, job, payload)) {
        if (job < texts.size() && !payload.empty()) texts[job] = std::move(payload);
        s.busy = false;
        feed(s);
      }
    }
  }
  for (auto& s : services) {
    if (s.to >= 0) ::close(s.to);
    int status = 0;
    while (waitpid(s.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  sigaction(SIGPIPE, &previous, nullptr);
  return texts;
}

// Reads exactly `length` bytes (or to the end) from fd 0 into `out`, after what `pending` holds.
bool read_stdin(std::string& pending) {
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(0, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    pending.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
}

bool service_enabled = false;

}  // namespace

void enable_layout_service() { service_enabled = true; }

// Whether Graphviz lays the map out the same whatever it laid out before in the process
// (dot without clusters; measured, docs/maps.md). The others are laid out in a child
// process forked from the service's untouched state (layout_service).
static bool stateless(const MapGraph& g) { return g.engine == MapEngine::dot && g.clusters.empty(); }

namespace {
double since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

std::vector<std::optional<MapLayout>> layout_all(const std::vector<const MapGraph*>& graphs, unsigned workers,
                                                 const std::string& cache_dir, LayoutStats& stats, bool keep_unused) {
  std::vector<std::optional<MapLayout>> out(graphs.size());
  std::vector<std::string> keys(graphs.size());
  stats.maps = graphs.size();
  // Every layout depends on its input alone (stateful ones are laid out from one fixed
  // Graphviz state), so every map is cached, by the hash of what Graphviz sees.
  auto start = std::chrono::steady_clock::now();
  Pack pack;
  if (!cache_dir.empty()) read_pack(cache_dir, pack);
  stats.read_seconds = since(start);
  start = std::chrono::steady_clock::now();
  std::vector<std::string_view> texts_of(graphs.size());  // for the new pack
  parallel_for(graphs.size(), workers, [&](std::size_t i) {
    keys[i] = layout_key(*graphs[i]);
    if (auto it = pack.by_key.find(keys[i]); it != pack.by_key.end())
      if ((out[i] = parse_layout(it->second, *graphs[i]))) texts_of[i] = it->second;
  });
  stats.lookup_seconds = since(start);
  start = std::chrono::steady_clock::now();
  // The stateful layouts go first, in order, all to the first service, which forks a
  // child for each from the state it started in (run_layout_service); the others to
  // whichever service is free.
  std::vector<std::size_t> free_jobs, ordered_jobs;
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    if (out[i]) ++stats.from_cache;
    else (stateless(*graphs[i]) ? free_jobs : ordered_jobs).push_back(i);
  }
  workers = std::max(1u, workers);
  std::vector<std::size_t> jobs = ordered_jobs;
  jobs.insert(jobs.end(), free_jobs.begin(), free_jobs.end());
  stats.workers = jobs.empty() ? 0 : static_cast<unsigned>(std::min<std::size_t>(workers, jobs.size()));
  if (jobs.empty()) return out;
  std::cout.flush();
  std::cerr.flush();

  // Layouts as text, by job: the same text goes to the cache and is parsed for this
  // build, so a map drawn from the cache is byte-identical to one laid out now.
  std::vector<std::optional<std::string>> texts;
  if (!service_enabled) {
    texts.resize(jobs.size());
    for (std::size_t j = 0; j < jobs.size(); ++j)
      if (auto layout = run_layout(*graphs[jobs[j]])) texts[j] = serialise_layout(*layout);
  } else {
    std::vector<std::string> inputs;
    for (std::size_t i : jobs) inputs.push_back(layout_input(*graphs[i]));
    texts = run_services(inputs, stats.workers, ordered_jobs.size());
  }
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    const std::size_t i = jobs[j];
    if (texts[j]) out[i] = parse_layout(*texts[j], *graphs[i]);
    if (!out[i]) {
      ++stats.failed;
      continue;
    }
    ++stats.laid_out;
    texts_of[i] = *texts[j];
  }
  if (!cache_dir.empty()) {
    std::vector<std::pair<std::string, std::string_view>> entries;
    for (std::size_t i = 0; i < graphs.size(); ++i)
      if (!texts_of[i].empty()) entries.emplace_back(keys[i], texts_of[i]);
    // A pass over a few pages keeps the layouts of all the others.
    if (keep_unused)
      for (const auto& [key, text] : pack.by_key) entries.emplace_back(std::string(key), text);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }),
                  entries.end());
    write_pack(cache_dir, entries);
  }
  stats.layout_seconds = since(start);
  return out;
}

}  // namespace nk

namespace nk {

int run_layout_service() {
  // NK_LAYOUT_FRESH=1: every layout in a child process of its own, from the very same
  // Graphviz state; for checking that no layout depends on the one before (docs/maps.md).
  const bool fork_each = std::getenv("NK_LAYOUT_FRESH") != nullptr;
  prepare_layout_engine();  // once, inherited by every child in the same state
  // A fixed warm-up layout per engine: binds the library calls and grows the heap once
  // here instead of in every child. Every child starts from the state it leaves.
  for (MapEngine engine : {MapEngine::dot, MapEngine::fdp, MapEngine::osage}) {
    MapGraph warm;
    warm.engine = engine;
    warm.clusters.push_back({"warm", ""});
    for (int i = 0; i < 4; ++i) {
      MapNode n;
      n.width = 60, n.height = 30, n.cluster = i < 2 ? 0 : -1;
      warm.nodes.push_back(n);
    }
    warm.edges.push_back({0, 2, "", "a", 1, true});
    warm.edges.push_back({1, 3, "", "", 1, false});
    warm.edges.push_back({2, 3, "", "b", 1, true});
    warm.same_rank.push_back({2, 3});
    run_layout(warm);
  }
  std::string pending;
  bool touched = false;  // whether this process has laid out anything since the warm-up
  for (;;) {
    std::size_t job = 0;
    std::string input;
    while (!take_record(pending, job, input))
      if (!read_stdin(pending)) return 0;  // the build closed our stdin: done
    auto graph = parse_layout_input(input);
    if (!graph) {
      if (!write_all(1, record(job, std::string()))) return 1;
      continue;
    }
    if (!fork_each && stateless(*graph)) {
      std::string text;
      if (auto layout = run_layout(*graph)) text = serialise_layout(*layout);
      touched = true;
      if (!write_all(1, record(job, text))) return 1;
      continue;
    }
    // A layout that depends on Graphviz's state: in a child, from the state right after
    // the warm-up. The build sends these before anything else (layout_all); one after an
    // in-process layout would start from another state, so it fails instead of differing.
    if (touched) {
      if (!write_all(1, record(job, std::string()))) return 1;
      continue;
    }
    pid_t pid = fork();
    if (pid == 0) {
      std::string text;
      if (auto layout = run_layout(*graph)) text = serialise_layout(*layout);
      _exit(write_all(1, record(job, text)) ? 0 : 1);
    }
    int status = 0;
    if (pid > 0)
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
    if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
      if (!write_all(1, record(job, std::string()))) return 1;
  }
}

std::optional<MapGraph> parse_layout_input(const std::string& text) {
  std::size_t pos = 0;
  auto word = [&]() -> std::optional<std::string> {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n')) ++pos;
    std::size_t start = pos;
    while (pos < text.size() && text[pos] != ' ' && text[pos] != '\n') ++pos;
    if (start == pos) return std::nullopt;
    return text.substr(start, pos - start);
  };
  auto number = [&]() -> std::optional<double> {
    auto w = word();
    if (!w) return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(w->c_str(), &end);
    if (end != w->c_str() + w->size()) return std::nullopt;
    return v;
  };
  auto index = [&](std::size_t limit) -> std::optional<std::size_t> {
    auto v = number();
    if (!v || *v < 0 || *v >= static_cast<double>(limit)) return std::nullopt;
    return static_cast<std::size_t>(*v);
  };
  auto label = [&]() -> std::optional<std::string> {  // "<length>:<text>"
    while (pos < text.size() && text[pos] == ' ') ++pos;
    std::size_t colon = text.find(':', pos);
    if (colon == std::string::npos) return std::nullopt;
    std::size_t length = std::strtoul(text.c_str() + pos, nullptr, 10);
    if (colon + 1 + length > text.size()) return std::nullopt;
    pos = colon + 1 + length;
    return text.substr(colon + 1, length);
  };
  MapGraph g;
  if (word() != "netwerkkaart-layout" || !word() || word() != "graphviz" || !word()) return std::nullopt;
  auto engine = word();
  if (engine == "dot") g.engine = MapEngine::dot;
  else if (engine == "fdp") g.engine = MapEngine::fdp;
  else if (engine == "osage") g.engine = MapEngine::osage;
  else return std::nullopt;
  auto rankdir = word();
  auto ranksep = number(), nodesep = number();
  if (!rankdir || !ranksep || !nodesep) return std::nullopt;
  g.rankdir = *rankdir;
  g.ranksep = *ranksep;
  g.nodesep = *nodesep;
  while (auto tag = word()) {
    if (*tag == "c") {
      auto l = label();
      if (!l) return std::nullopt;
      g.clusters.push_back({*l, ""});
    } else if (*tag == "n") {
      MapNode n;
      auto w = number(), h = number(), c = number();
      if (!w || !h || !c || *c >= static_cast<double>(g.clusters.size())) return std::nullopt;
      n.width = *w, n.height = *h, n.cluster = static_cast<int>(*c);
      g.nodes.push_back(std::move(n));
    } else if (*tag == "e") {
      MapEdge e;
      auto from = index(g.nodes.size()), to = index(g.nodes.size());
      auto minlen = number(), constraint = number();
      auto l = label();
      if (!from || !to || !minlen || !constraint || !l) return std::nullopt;
      e.from = *from, e.to = *to, e.min_length = static_cast<int>(*minlen), e.constraint = *constraint != 0;
      e.label = *l;
      g.edges.push_back(std::move(e));
    } else if (*tag == "r") {
      std::vector<std::size_t> rank;
      while (pos < text.size() && text[pos] == ' ') {
        auto n = index(g.nodes.size());
        if (!n) return std::nullopt;
        rank.push_back(*n);
      }
      g.same_rank.push_back(std::move(rank));
    } else {
      return std::nullopt;
    }
  }
  return g;
}

}  // namespace nk
