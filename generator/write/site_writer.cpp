#include "write/site_writer.h"

#include <unistd.h>

#include <filesystem>

namespace nk {

namespace fs = std::filesystem;

SiteWriter::SiteWriter(const std::string& out_dir) {
  fs::path out = fs::absolute(fs::path(out_dir)).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();
  std::string suffix = "." + std::to_string(::getpid());
  out_ = out.string();
  staging_ = (out.parent_path() / ("." + out.filename().string() + ".nieuw" + suffix)).string();
  previous_ = (out.parent_path() / ("." + out.filename().string() + ".oud" + suffix)).string();
  std::error_code ec;
  fs::remove_all(staging_, ec);
  fs::create_directories(staging_, ec);
}

SiteWriter::~SiteWriter() {
  std::error_code ec;
  if (!committed_) fs::remove_all(staging_, ec);
}

std::string SiteWriter::current() const {
  std::error_code ec;
  return fs::is_directory(fs::symlink_status(out_, ec)) ? out_ : std::string();
}

std::optional<std::string> SiteWriter::commit() {
  std::error_code ec;
  bool had_previous = fs::exists(out_, ec);
  if (had_previous) {
    fs::rename(out_, previous_, ec);
    if (ec) return "kan de vorige site '" + out_ + "' niet opzij zetten: " + ec.message();
  }
  fs::rename(staging_, out_, ec);
  if (ec) {
    std::string message = ec.message();
    if (had_previous) fs::rename(previous_, out_, ec);  // put the old site back
    return "kan de nieuwe site niet op '" + out_ + "' zetten: " + message;
  }
  committed_ = true;
  if (had_previous) fs::remove_all(previous_, ec);
  return std::nullopt;
}

}  // namespace nk
