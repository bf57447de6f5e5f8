#include "write/site_writer.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace nk {

namespace fs = std::filesystem;

std::optional<std::string> write_site(const std::string& out_dir, const std::vector<OutputFile>& files) {
  fs::path out = fs::absolute(fs::path(out_dir)).lexically_normal();
  if (out.has_filename() == false) out = out.parent_path();
  std::string suffix = "." + std::to_string(::getpid());
  fs::path staging = out.parent_path() / ("." + out.filename().string() + ".nieuw" + suffix);
  fs::path previous = out.parent_path() / ("." + out.filename().string() + ".oud" + suffix);
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  fs::remove_all(staging, ec);
  for (const auto& file : files) {
    fs::path target = staging / fs::path(file.path);
    fs::create_directories(target.parent_path(), ec);
    std::ofstream stream(target, std::ios::binary);
    stream.write(file.bytes.data(), static_cast<std::streamsize>(file.bytes.size()));
    if (!stream) {
      fs::remove_all(staging, ec);
      return "kan '" + target.string() + "' niet schrijven";
    }
  }
  bool had_previous = fs::exists(out, ec);
  if (had_previous) {
    fs::rename(out, previous, ec);
    if (ec) {
      fs::remove_all(staging, ec);
      return "kan de vorige site '" + out.string() + "' niet opzij zetten: " + ec.message();
    }
  }
  fs::rename(staging, out, ec);
  if (ec) {
    std::string message = ec.message();
    if (had_previous) fs::rename(previous, out, ec);  // put the old site back
    return "kan de nieuwe site niet op '" + out.string() + "' zetten: " + message;
  }
  if (had_previous) fs::remove_all(previous, ec);
  return std::nullopt;
}

}  // namespace nk
