#include "write/replace_file.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace nk {

std::optional<std::string> replace_file(const std::string& path, const std::string& bytes, bool* changed) {
  if (changed) *changed = false;
  {
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (old == bytes) return std::nullopt;
    }
  }
  std::filesystem::path target(path);
  std::error_code ec;
  std::filesystem::create_directories(target.parent_path(), ec);
  const std::string temporary =
      (target.parent_path() / ("." + target.filename().string() + ".nieuw." + std::to_string(::getpid()))).string();
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::filesystem::remove(temporary, ec);
      return "kan '" + temporary + "' niet schrijven";
    }
  }
  std::filesystem::rename(temporary, target, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return "kan '" + path + "' niet vervangen: " + ec.message();
  }
  if (changed) *changed = true;
  return std::nullopt;
}

}  // namespace nk
