#pragma once
// What `serve` tells open pages: each build is a new generation, either good (pages
// reload) or with errors in the data (pages show them over the last good site).
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

namespace nk {

struct ReloadState {
  std::uint64_t generation = 0;
  std::string errors;  // the diagnostics as text, file:line:column; empty when good
};

class LiveReload {
 public:
  void publish(std::string errors);
  ReloadState current() const;
  // Waits until a generation newer than `seen` exists, stop() is called, or `timeout`
  // passes; returns the state then.
  ReloadState wait_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const;
  void stop();
  bool stopped() const;

  // The state as a server-sent event: one `data:` line of JSON.
  static std::string event(const ReloadState& state);

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  ReloadState state_;
  bool stopped_ = false;
};

// The script that serve adds to each page: reloads on a new good generation, shows
// errors in an overlay (textContent only, never markup), and takes it away when fixed.
extern const char* const live_reload_script;

}  // namespace nk
