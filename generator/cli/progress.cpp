#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace nk {

bool progress_wanted() {
  return isatty(STDERR_FILENO) && !std::getenv("CI") && !std::getenv("NO_PROGRESS");
}

ProgressLine::ProgressLine(const OutputSink& sink, bool enabled) : sink_(sink) {
  if (enabled) thread_ = std::thread([this] { run(); });
}

ProgressLine::~ProgressLine() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  done_.notify_all();
  thread_.join();
  if (shown_) std::fprintf(stderr, "\r\033[K");
}

void ProgressLine::run() {
  std::unique_lock lock(mutex_);
  // Short builds stay silent. NETWERKKAART_VOORTGANG_NA (milliseconds) is for tests.
  const char* after = std::getenv("NETWERKKAART_VOORTGANG_NA");
  const auto delay = std::chrono::milliseconds(after ? std::atoi(after) : 1000);
  if (done_.wait_for(lock, delay, [&] { return stopping_; })) return;
  do {
    std::fprintf(stderr, "\rnetwerkkaart build: %zu bestanden, %.0f MB\033[K", sink_.count(),
                 static_cast<double>(sink_.bytes()) / 1e6);
    std::fflush(stderr);
    shown_ = true;
  } while (!done_.wait_for(lock, std::chrono::milliseconds(200), [&] { return stopping_; }));
}

}  // namespace nk
