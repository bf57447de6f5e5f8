#include "cli/serve_command.h"

#include <httplib.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "serve/live_reload.h"
#include "serve/static_files.h"
#include "serve/watcher.h"

namespace nk {

namespace {

std::atomic<bool> stop_requested{false};
extern "C" void request_stop(int) { stop_requested = true; }

constexpr const char* kScriptPath = "/__netwerkkaart/herlaad.js";
constexpr const char* kEventsPath = "/__netwerkkaart/gebeurtenissen";

// One build, as `build` would do it; its report (diagnostics with file:line:column) is
// what the terminal and the overlay show.
struct BuildReport {
  int exit_code;
  std::string text;
};

BuildReport build_once(const BuildCommandOptions& options) {
  std::ostringstream captured;
  std::streambuf* terminal = std::cerr.rdbuf(captured.rdbuf());
  int code = run_build(options);
  std::cerr.rdbuf(terminal);
  return {code, captured.str()};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void serve_site(httplib::Server& server, const std::string& root, const LiveReload& live) {
  server.Get(kScriptPath, [](const httplib::Request&, httplib::Response& res) {
    res.set_content(live_reload_script, "text/javascript; charset=utf-8");
    res.set_header("Cache-Control", "no-store");
  });
  server.Get(kEventsPath, [&live](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    auto seen = std::make_shared<std::uint64_t>(0);
    auto first = std::make_shared<bool>(true);
    res.set_chunked_content_provider("text/event-stream", [&live, seen, first](std::size_t, httplib::DataSink& sink) {
      ReloadState state = *first ? live.current() : live.wait_newer(*seen, std::chrono::seconds(15));
      if (live.stopped()) return false;
      std::string message = (*first || state.generation > *seen) ? LiveReload::event(state) : ": wacht\n\n";
      *first = false;
      *seen = state.generation;
      return sink.write(message.data(), message.size());
    });
  });
  server.Get(R"(/.*)", [root](const httplib::Request& req, httplib::Response& res) {
    auto file = resolve_static_file(root, req.path);
    std::string body;
    std::string type = "text/html; charset=utf-8";
    if (file) {
      body = read_file(file->path);
      type = file->content_type;
    } else {
      res.status = 404;
      auto not_found = resolve_static_file(root, "/404.html");
      body = not_found ? read_file(not_found->path)
                       : "<!DOCTYPE html><html lang=\"nl\"><title>Niet gevonden</title><body><p>Niet gevonden.</p></body></html>";
    }
    if (type.starts_with("text/html")) body = inject_script(std::move(body), kScriptPath);
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(body), type);
  });
}

}  // namespace

int run_serve(const ServeCommandOptions& options) {
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  setenv("NO_COLOR", "1", 0);  // the report goes to the browser too

  LiveReload live;
  BuildReport first = build_once(options.build);
  std::cerr << first.text;
  if (first.exit_code == 2 || first.exit_code == 3) return first.exit_code;  // usage or I/O: nothing to serve
  live.publish(first.exit_code == 0 ? std::string() : first.text);

  httplib::Server server;
  serve_site(server, options.build.out_dir, live);
  if (!server.bind_to_port(options.bind, options.port)) {
    std::cerr << "netwerkkaart serve: kan niet luisteren op " << options.bind << ":" << options.port
              << " (is de poort bezet? kies een andere met --port)\n";
    return 3;
  }
  std::thread listener([&] { server.listen_after_bind(); });
  std::cerr << "netwerkkaart serve: http://" << options.bind << ":" << options.port
            << "/ (wijzigingen worden meteen gebouwd; stoppen met Ctrl-C)\n";

  std::vector<std::string> watched = {options.build.data_dir, options.build.content_dir, options.build.theme_dir};
  if (!options.build.default_theme_dir.empty() && options.build.default_theme_dir != options.build.theme_dir)
    watched.push_back(options.build.default_theme_dir);
  DirectoryWatcher watcher(watched);
  if (!watcher.ok()) std::cerr << "netwerkkaart serve: kan de mappen niet volgen; herstart na een wijziging\n";
  while (!stop_requested) {
    if (!watcher.ok()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      continue;
    }
    if (!watcher.wait_for_change(std::chrono::milliseconds(80), std::chrono::milliseconds(300))) continue;
    BuildReport report = build_once(options.build);
    std::cerr << report.text;
    // On errors the previous site stays in place (build never swaps a failed site in).
    live.publish(report.exit_code == 0 ? std::string() : report.text);
  }
  live.stop();
  server.stop();
  listener.join();
  std::cerr << "netwerkkaart serve: gestopt\n";
  return 0;
}

}  // namespace nk
