// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/domainpattern.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rs {

/// The literal text every match of a /pcre/ must end with, when the pattern shows
/// it: `(?:^|[.])example[.]com$` ends in "example.com". Empty when it cannot be told
/// safely (no final `$`, an alternation at the top, inline options, escapes other
/// than `\.` and `\-`, ...); then the pattern is always tried.
QString requiredSuffix(QStringView pattern);

/// The /regex/ Domain stanzas of one level, in declaration order, answering "the
/// first one that matches this domain" without running every pattern: a pattern
/// whose matches must end in a known literal is only run for domains ending in it.
/// A file with 12,500 regex stanzas asked for 100,000 domains would otherwise run
/// about a billion matches.
class RegexIndex final
{
public:
    /// Adds the next stanza (declaration order). `suffix` is requiredSuffix() of its
    /// pattern, worked out by the caller (the model's build does it in its threads);
    /// `compiled` may be invalid (it never matches).
    void add(int scope, DomainPattern compiled, const QString &suffix);
    /// The scope of the first stanza whose pattern matches `domain` (already in lower
    /// case), or -1.
    int firstMatch(const QString &domain) const;
    bool isEmpty() const { return m_data->entries.empty(); }
    qsizetype size() const { return qsizetype(m_data->entries.size()); }

private:
    struct Entry {
        int scope;
        DomainPattern compiled;
    };
    // The required suffixes, reversed, in a trie: walking a domain from its last
    // character visits exactly the suffixes it ends with, in as many steps as the
    // longest one has characters (no hashing of every tail length).
    struct Node {
        char16_t c = 0;
        int firstChild = -1;
        int nextSibling = -1;
        int firstEntry = -1;  ///< entries whose suffix ends here: a list through nextInNode
        int lastEntry = -1;
    };
    struct Data {
        std::vector<Entry> entries;
        std::vector<int> nextInNode;       ///< per entry, the next entry of its node, or -1
        std::vector<int> unindexed;        ///< entries without a required suffix, in order
        std::vector<Node> nodes{Node{}};   ///< nodes[0] is the root
    };
    // Shared between copies: a model updated after an edit keeps the index of the
    // one it came from (75,000 trie nodes for 12,500 patterns) without copying it.
    std::shared_ptr<Data> m_data = std::make_shared<Data>();
    Data &data();
    int child(int node, char16_t c) const;
};

} // namespace rs
