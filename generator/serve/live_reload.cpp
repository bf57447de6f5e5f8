#include "serve/live_reload.h"

#include <nlohmann/json.hpp>

namespace nk {

void LiveReload::publish(std::string errors) {
  {
    std::lock_guard lock(mutex_);
    ++state_.generation;
    state_.errors = std::move(errors);
  }
  changed_.notify_all();
}

ReloadState LiveReload::current() const {
  std::lock_guard lock(mutex_);
  return state_;
}

ReloadState LiveReload::wait_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return stopped_ || state_.generation > seen; });
  return state_;
}

void LiveReload::stop() {
  {
    std::lock_guard lock(mutex_);
    stopped_ = true;
  }
  changed_.notify_all();
}

bool LiveReload::stopped() const {
  std::lock_guard lock(mutex_);
  return stopped_;
}

std::string LiveReload::event(const ReloadState& state) {
  nlohmann::json j = {{"generatie", state.generation}, {"fouten", state.errors}};
  return "data: " + j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n\n";
}

const char* const live_reload_script = R"JS(// netwerkkaart serve: herlaadt de pagina na een nieuwe build en toont fouten in de gegevens.
(() => {
  'use strict';
  let generation = null;
  let overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement('section');
      overlay.id = 'netwerkkaart-fouten';
      overlay.setAttribute('role', 'alert');
      overlay.setAttribute('aria-labelledby', 'netwerkkaart-fouten-titel');
      const s = overlay.style;
      s.position = 'fixed'; s.inset = '0 0 auto 0'; s.maxHeight = '70vh'; s.overflow = 'auto';
      s.zIndex = '1000'; s.background = '#fff'; s.color = '#000'; s.borderBottom = '4px solid #b00020';
      s.padding = '1rem'; s.boxShadow = '0 2px 12px rgba(0,0,0,.4)';
      const title = document.createElement('h2');
      title.id = 'netwerkkaart-fouten-titel';
      title.textContent = 'Fouten in de gegevens: de site hieronder is de laatste goede versie';
      const pre = document.createElement('pre');
      pre.style.whiteSpace = 'pre-wrap';
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Verbergen';
      close.addEventListener('click', () => { overlay.hidden = true; });
      overlay.append(title, pre, close);
      document.body.prepend(overlay);
    }
    overlay.querySelector('pre').textContent = text;
    overlay.hidden = false;
  }
  // The page names itself, so that serve renders it first after an edit.
  const source = new EventSource('/__netwerkkaart/gebeurtenissen?pagina=' + encodeURIComponent(location.pathname));
  source.addEventListener('message', (e) => {
    const state = JSON.parse(e.data);
    if (state.fouten) {
      generation = state.generatie;
      show(state.fouten);
    } else if (generation !== null && state.generatie !== generation) {
      location.reload();
    } else {
      generation = state.generatie;
      if (overlay) overlay.hidden = true;
    }
  });
})();
)JS";

}  // namespace nk
