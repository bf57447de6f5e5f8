#pragma once
#include <chrono>
#include <cstdlib>
#include <iostream>

namespace nk {

// NETWERKKAART_TIJDEN=1: how long each step takes, for scripts/bench.
class StepTimer {
 public:
  StepTimer() : on_(std::getenv("NETWERKKAART_TIJDEN") != nullptr), last_(std::chrono::steady_clock::now()) {}
  void step(const char* name) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    std::cerr << "netwerkkaart build: stap '" << name << "' "
              << std::chrono::duration<double, std::milli>(now - last_).count() << " ms\n";
    last_ = now;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace nk
