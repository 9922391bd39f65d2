// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace rs {

/// A line of a domain list that names no domain.
struct DomainListProblem {
    int line = 0;     ///< 1-based
    QString text;     ///< the line as read (an interface quotes at most a few characters)
};

/// The domains of a list such as the top recipient domains from an MTA's logs: one per
/// line; `#` starts a comment, blank lines are ignored; each domain normalised
/// (trimmed, lower case, no final dot) and kept once, in the order first listed. A line
/// with spaces inside a name is a problem, not guessed at.
QStringList parseDomainList(QByteArrayView bytes, QList<DomainListProblem> *problems = nullptr);

} // namespace rs
