// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configset.h"
#include "routing/routemodel.h"

namespace rs {

/// Every diagnostic for a configuration, in file order: syntax, includes, option
/// values, route entries, and the scope-level rules of routing-model.md.
Diagnostics validate(const ConfigSet &config, const RouteModel &model);

/// The scope-level and entry diagnostics of one routing scope (no syntax ones).
Diagnostics validateScope(const RouteModel &model, int scope);
/// The same for a caller that goes through the scopes in order (see Locator).
Diagnostics validateScope(const RouteModel &model, int scope, Locator &locate);

/// The diagnostics of one placed route entry, positioned in its file.
Diagnostics entryDiagnostics(const RouteModel &model, const PlacedEntry &placed);

} // namespace rs
