// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/impact.h"

#include <QCoreApplication>
#include <QIcon>

namespace rs::ui {

/// The editor's words for change impact (core/impact states the facts; the CLI has
/// its own English in cli/wording.cpp).
class ImpactText final
{
    Q_DECLARE_TR_FUNCTIONS(ImpactText)

public:
    /// "Hosts removed", short: a list's cell.
    static QString className(ImpactClass c);
    /// What the class means, a sentence: a tooltip.
    static QString classDescription(ImpactClass c);
    /// An icon per class: the list shows shape and text, not colour alone.
    static QIcon classIcon(ImpactClass c);
    /// 0 for the most serious class (undeliverable), up to kImpactClassCount - 1.
    static int seriousness(ImpactClass c);
    /// The most serious class of a set (undeliverable first), for the row's icon.
    static std::optional<ImpactClass> mostSerious(ImpactClasses classes);
    /// "3 of 120 domains change: 1 undeliverable, 2 hosts removed" (counts of
    /// (domain, binding)s when bindings are compared).
    static QString summary(const ImpactResult &result);
    static QString errorText(const ImpactError &error);
    static QString progressText(const ImpactProgress &progress);
    /// "[10] mx1 mx2 | [20] hub", the hosts of each preference tier: a tooltip.
    static QString tiersText(const Explanation &ex);
    /// The binding, or "no binding".
    static QString bindingText(const QString &binding);
};

} // namespace rs::ui
