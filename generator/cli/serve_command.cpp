#include "cli/serve_command.h"

#include <httplib.h>
#include <malloc.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "serve/live_reload.h"
#include "serve/open_pages.h"
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

template <class Work>
BuildReport captured(Work&& work) {
  std::ostringstream text;
  std::streambuf* terminal = std::cerr.rdbuf(text.rdbuf());
  int code = work();
  std::cerr.rdbuf(terminal);
  return {code, text.str()};
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void serve_site(httplib::Server& server, const std::string& root, const LiveReload& live, OpenPages& open) {
  server.Get(kScriptPath, [](const httplib::Request&, httplib::Response& res) {
    res.set_content(live_reload_script, "text/javascript; charset=utf-8");
    res.set_header("Cache-Control", "no-store");
  });
  server.Get(kEventsPath, [&live, &open](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    auto seen = std::make_shared<std::uint64_t>(0);
    auto first = std::make_shared<bool>(true);
    // The page this connection serves is open while the connection lasts.
    std::optional<std::string> page = page_file_of_url(req.get_param_value("pagina"));
    if (page) open.opened(*page);
    res.set_chunked_content_provider(
        "text/event-stream",
        [&live, seen, first](std::size_t, httplib::DataSink& sink) {
          ReloadState state = *first ? live.current() : live.wait_newer(*seen, std::chrono::seconds(15));
          if (live.stopped()) return false;
          std::string message = (*first || state.generation > *seen) ? LiveReload::event(state) : ": wacht\n\n";
          *first = false;
          *seen = state.generation;
          return sink.write(message.data(), message.size());
        },
        [&open, page](bool) {
          if (page) open.closed(*page);
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
  // serve builds again and again: memory freed after one build stays for the next, instead
  // of going back to the system and faulting in anew (a few hundred ms on a national set).
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  setenv("NO_COLOR", "1", 0);  // the report goes to the browser too

  LiveReload live;
  OpenPages open;
  LoadCache cache;  // decoded files: after an edit only the changed ones are read again
  BuildReport first = captured([&] {
    int code = 0;
    auto build = prepare_build(options.build, &cache, code);
    return build ? write_complete_site(options.build, *build) : code;
  });
  std::cerr << first.text;
  if (first.exit_code == 2 || first.exit_code == 3) return first.exit_code;  // usage or I/O: nothing to serve
  live.publish(first.exit_code == 0 ? std::string() : first.text);

  httplib::Server server;
  serve_site(server, options.build.out_dir, live, open);
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
    if (!watcher.wait_for_change(std::chrono::milliseconds(40), std::chrono::milliseconds(300))) continue;
    // First the pages open in a browser, in place, and reload them; then the complete
    // site, as build makes it. On errors the previous site stays (never swapped in).
    const auto start = std::chrono::steady_clock::now();
    PreparedBuildPtr build;
    BuildReport report = captured([&] {
      int code = 0;
      build = prepare_build(options.build, &cache, code);
      return code;
    });
    if (!build) {
      std::cerr << report.text;
      live.publish(report.text);
      continue;
    }
    const std::set<std::string> wanted = open.files();
    std::set<std::string> shown;
    if (!wanted.empty()) {
      BuildReport quick = captured([&] {
        shown = render_pages_in_place(options.build, *build, wanted);
        return 0;
      });
      report.text += quick.text;
      if (!shown.empty()) {
        live.publish(std::string());
        report.text += "netwerkkaart serve: " + std::to_string(shown.size()) + " open pagina('s) bijgewerkt in " +
                       std::to_string(static_cast<long>(milliseconds_since(start))) + " ms; de rest van de site volgt\n";
      }
    }
    std::cerr << report.text;
    BuildReport complete = captured([&] { return write_complete_site(options.build, *build); });
    build.reset();  // freed before saying it is done, so the next edit finds serve waiting
    std::cerr << complete.text;
    if (complete.exit_code != 0) {
      live.publish(complete.text);
      continue;
    }
    // Pages the first pass could not render (the search page, a page that went away) and
    // pages opened since then reload now.
    bool all_shown = !shown.empty();
    for (const auto& page : open.files()) all_shown = all_shown && shown.count(page) > 0;
    if (!all_shown) live.publish(std::string());
  }
  live.stop();
  server.stop();
  listener.join();
  std::cerr << "netwerkkaart serve: gestopt\n";
  return 0;
}

}  // namespace nk
