#pragma once
// "netwerkkaart build: 12.345 bestanden ..." on one terminal line while a build takes more
// than a second; nothing in CI, in a pipe or with NO_PROGRESS.
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "render/output.h"

namespace nk {

// Whether stderr is a terminal and no CI runs (CI, NO_PROGRESS unset).
bool progress_wanted();

class ProgressLine {
 public:
  ProgressLine(const OutputSink& sink, bool enabled);
  ~ProgressLine();  // stops and clears the line
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

 private:
  void run();

  const OutputSink& sink_;
  std::mutex mutex_;
  std::condition_variable done_;
  bool stopping_ = false;
  bool shown_ = false;
  std::thread thread_;
};

}  // namespace nk
