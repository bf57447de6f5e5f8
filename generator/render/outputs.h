#pragma once
// The outputs of a build, as data: adding an output adds a line to the table in
// outputs.cpp and a module of its own, and touches no other output.
#include <memory>
#include <string>
#include <vector>

#include "render/output.h"

namespace nk {

struct OutputModule {
  const char* name;
  void (*render)(const RenderContext&, OutputSink&);
  std::vector<std::string> (*templates)();  // templates it needs from the theme
  // Whether it honours RenderContext::selection (renders only the wanted files); outputs
  // that do not are left out of a pass that wants only some files.
  bool selective = false;
};

const std::vector<OutputModule>& output_modules();

// The sections the registered outputs provide, for links between them.
Sections available_sections();

// What outputs prepare for the pages of others before any renders (the maps), or null.
std::unique_ptr<PageEmbeds> prepare_embeds(const RenderContext& context);

}  // namespace nk
