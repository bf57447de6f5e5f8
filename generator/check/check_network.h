#pragma once
#include "diagnostics/diagnostic.h"
#include "model/network.h"

namespace nk {

struct CheckOptions {
  Date today;
};

// The rules that span more than one value: identity, references, hierarchies, meaning,
// coverage warnings. Reads the network, never changes it.
DiagnosticList check_network(const Network& network, const CheckOptions& options);

}  // namespace nk
