#pragma once
// The boundary every output module works across: it reads a RenderContext and adds files
// to an OutputSink. Outputs know nothing of each other; outputs.cpp lists them.
#include <functional>
#include <cstdint>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/network.h"
#include "publish/publish.h"

namespace nk {

class Theme;
struct PageIndex;

struct BuildSettings {
  Profile profile = Profile::professionals;
  Date today;
  unsigned threads = 1;
  std::string cache_dir;  // the maps' layout cache (docs/maps.md); empty: none
};

struct OutputFile {
  std::string path;   // relative to the site root, '/'-separated: "organisaties/ggd/index.html"
  std::string bytes;
};

// Where the files of a build go. Safe to add to from several threads. Given a directory,
// it writes each file there at once, so a national site (close to a gigabyte) never sits
// in memory; without one it keeps the files for take_sorted(), for tests. Either way the
// order of work never shows in the output.
class OutputSink {
 public:
  OutputSink() = default;
  explicit OutputSink(std::string directory) : directory_(std::move(directory)) {}
  // A file whose bytes equal those of the same path under `reuse_from` (the site being
  // replaced) is hard-linked from there instead of written: an unchanged file keeps its
  // inode and mtime, and a rebuild creates new inodes only for what changed.
  OutputSink(std::string directory, std::string reuse_from)
      : directory_(std::move(directory)), reuse_from_(std::move(reuse_from)) {}

  void add(std::string path, std::string bytes);
  std::vector<OutputFile> take_sorted();  // in-memory sinks only
  std::size_t count() const;
  std::uint64_t bytes() const;
  std::size_t reused() const;  // files linked from reuse_from
  // The first file that could not be written, if any.
  std::optional<std::string> error() const;

 private:
  bool link_if_unchanged(const std::string& path, const std::string& bytes, const std::string& target) const;

  std::string directory_;
  std::string reuse_from_;
  mutable std::mutex mutex_;
  std::vector<OutputFile> files_;
  std::set<std::string> made_directories_;
  std::size_t count_ = 0, reused_ = 0;
  std::uint64_t bytes_ = 0;
  std::optional<std::string> error_;
};

// Which sections of the portal this build has, so that pages only link to what exists
// (trainingen, agenda, routes, kaart, zoeken and monitor come with their own outputs).
struct Sections {
  bool trainings = false, agenda = false, routes = false, map = false, search = false, monitor = false;
};

// Blocks an output prepares before the pages are rendered, for pages it does not render
// itself (the maps output: the map of an organisation, specialisme, gemeente or overleg
// page), looked up by the page's site-root-relative path.
class PageEmbeds {
 public:
  virtual ~PageEmbeds() = default;
  virtual std::string html(const std::string& page) const = 0;  // empty: nothing for that page
};

// Which files a render is to produce: all of them (the default), or only some: serve's
// first pass renders just the pages open in a browser, so an edit shows within a moment
// and the complete build follows. Outputs that can render selectively (pages, maps) skip
// unwanted files before building their view-models; the others are not run in such a pass.
class OutputSelection {
 public:
  OutputSelection() = default;  // everything
  explicit OutputSelection(std::set<std::string> paths) : paths_(std::move(paths)), everything_(false) {}

  bool everything() const { return everything_; }
  bool wants(const std::string& path) const { return everything_ || paths_.count(path) > 0; }
  // Whether any wanted file lies under `folder` ("gemeenten/"): work shared by the pages of
  // one folder is skipped when none of them is wanted.
  bool wants_any_under(std::string_view folder) const;
  const std::set<std::string>& paths() const { return paths_; }

 private:
  std::set<std::string> paths_;
  bool everything_ = true;
};

struct RenderContext {
  const Network& network;  // the published network (publish.h), never the raw one
  const BuildSettings& settings;
  const Theme& theme;
  Sections sections;
  const PageEmbeds* embeds = nullptr;
  const OutputSelection* selection = nullptr;  // null: everything
  // The relations turned around (render/pages/page_index.h), built once for the outputs
  // that need it (pages and maps: three times 0.15 s on a national set); null: each
  // output builds its own.
  const PageIndex* page_index = nullptr;

  bool wants(const std::string& path) const { return !selection || selection->wants(path); }
  bool wants_any_under(std::string_view folder) const { return !selection || selection->wants_any_under(folder); }
};

// Runs `work(i)` for i in [0, count) on `threads` threads.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

}  // namespace nk
