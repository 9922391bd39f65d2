#pragma once

#include "routing/domainpattern.h"

#include <QList>
#include <QMultiHash>
#include <QString>

#include <vector>

namespace rs {

/// The literal text every match of a /pcre/ must end with, when the pattern shows
/// it: `(?:^|[.])example[.]com$` ends in "example.com". Empty when it cannot be told
/// safely (no final `$`, an alternation at the top, inline options, escapes other
/// than `\.` and `\-`, ...); then the pattern is always tried.
QString requiredSuffix(const QString &pattern);

/// The /regex/ Domain stanzas of one level, in declaration order, answering "the
/// first one that matches this domain" without running every pattern: a pattern
/// whose matches must end in a known literal is only run for domains ending in it.
/// A file with 12,500 regex stanzas asked for 100,000 domains would otherwise run
/// about a billion matches.
class RegexIndex final
{
public:
    /// Adds the next stanza (declaration order). `pattern` is the text between the
    /// slashes; `compiled` may be invalid (it never matches).
    void add(int scope, const QString &pattern, DomainPattern compiled);
    /// The scope of the first stanza whose pattern matches `domain` (already in lower
    /// case), or -1.
    int firstMatch(const QString &domain) const;
    bool isEmpty() const { return m_entries.empty(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry {
        int scope;
        QString suffix;  ///< requiredSuffix() of the pattern; empty: always tried
        DomainPattern compiled;
    };
    std::vector<Entry> m_entries;
    std::vector<int> m_unindexed;  ///< entries without a required suffix, in order
    /// Per suffix length in use: hash of the suffix -> entries with it.
    QList<std::pair<qsizetype, QMultiHash<size_t, int>>> m_bySuffix;
};

} // namespace rs
