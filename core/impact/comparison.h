// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/impactclass.h"
#include "routing/explanation.h"

namespace rs {

/// The files of one side, named so that they compare with the other side's: the opened
/// file as "", an included file by its path relative to the opened file's folder.
/// `old.conf` against `new.conf`, or a file against its git revision, then agree on
/// which stanza is "the same".
class FileKeys final
{
public:
    static FileKeys of(const ConfigSet &config);
    const QString &at(int fileIndex) const;

private:
    QStringList m_keys;
};

/// The same stanza on both sides, wherever its lines moved: the same option at the
/// same level, in scopes of the same kinds and names, in the same file.
bool sameSource(const OptionSource &a, const FileKeys &filesA, const OptionSource &b, const FileKeys &filesB);

/// One side of a comparison: a model with its file keys.
struct ComparedModel {
    const RouteModel *model = nullptr;
    const FileKeys *files = nullptr;
};

/// True when two resolutions of one domain (each in its own model) make the same plan
/// but for lines: the same Routes/Gateway choice and, for it and for the port and the
/// domain limit, the same option statement (same text) of the same stanza. With the
/// same Host chain (sameHostChain()) explain() then gives both sides the same answer,
/// so one explanation serves both: this is what lets an impact review of 100,000
/// domains plan and explain each of them once.
bool sameRouting(ComparedModel a, const ScopeResolution &ra, ComparedModel b, const ScopeResolution &rb);

/// True when the Host stanzas that mail through the binding meets (in the binding, in
/// its group, at the top level) are the same text in the same order on both sides,
/// in bindings and groups of the same names.
bool sameHostChain(ComparedModel a, BindingChoice ba, ComparedModel b, BindingChoice bb);

/// The classes of the change from `before` to `after`, two explanations of one domain
/// and binding (see ImpactClass).
ImpactClasses classify(const Explanation &before, const FileKeys &filesBefore, const Explanation &after,
                       const FileKeys &filesAfter);

} // namespace rs
