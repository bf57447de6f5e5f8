#pragma once
// The boundary every output module works across: it reads a RenderContext and adds files
// to an OutputSink. Outputs know nothing of each other; outputs.cpp lists them.
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "model/network.h"
#include "publish/publish.h"

namespace nk {

class Theme;

struct BuildSettings {
  Profile profile = Profile::professionals;
  Date today;
  unsigned threads = 1;
};

struct OutputFile {
  std::string path;   // relative to the site root, '/'-separated: "organisaties/ggd/index.html"
  std::string bytes;
};

// Collects the files of a build. Safe to add to from several threads; the result is
// sorted by path, so the order of work never shows in the output.
class OutputSink {
 public:
  void add(std::string path, std::string bytes);
  std::vector<OutputFile> take_sorted();

 private:
  std::mutex mutex_;
  std::vector<OutputFile> files_;
};

// Which sections of the portal this build has, so that pages only link to what exists
// (trainingen, agenda, routes, kaart, zoeken and monitor come with their own outputs).
struct Sections {
  bool trainings = false, agenda = false, routes = false, map = false, search = false, monitor = false;
};

struct RenderContext {
  const Network& network;  // the published network (publish.h), never the raw one
  const BuildSettings& settings;
  const Theme& theme;
  Sections sections;
};

// Runs `work(i)` for i in [0, count) on `threads` threads.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

}  // namespace nk
