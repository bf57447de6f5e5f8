#include "cli/load_and_check.h"

#include <iostream>
#include <thread>

#include "check/check_network.h"
#include "cli/step_timer.h"
#include "cli/today.h"
#include "load/load_network.h"

namespace nk {

std::optional<CheckedInput> load_and_check(const InputOptions& options, int& exit_code) {
  std::string error;
  auto today = resolve_today(options.today, error);
  if (!today) {
    std::cerr << "netwerkkaart: " << error << "\n";
    exit_code = 2;
    return std::nullopt;
  }
  LoadOptions load;
  load.data_dir = options.data_dir;
  load.content_dir = options.content_dir;
  load.content_required = options.content_given;
  load.threads = options.threads;
  load.cache = options.cache;
  StepTimer timer;
  LoadResult loaded = load_network(load);
  timer.step("lezen");
  if (loaded.fatal) {
    std::cerr << "netwerkkaart: " << *loaded.fatal << "\n";
    exit_code = 3;
    return std::nullopt;
  }
  CheckedInput input{std::move(loaded.network), std::move(loaded.diagnostics), *today};
  if (options.beside_check) {
    // The check on its own thread (it allocates little); the other work here, so that what
    // it allocates comes from this thread's memory, which serve keeps between builds.
    DiagnosticList found;
    std::thread checking([&] { found = check_network(input.network, CheckOptions{*today}); });
    options.beside_check(input.network, input.today);
    checking.join();
    input.diagnostics.append(std::move(found));
  } else {
    input.diagnostics.append(check_network(input.network, CheckOptions{*today}));
  }
  input.diagnostics.sort();
  timer.step("controleren");
  return input;
}

}  // namespace nk
