#pragma once

#include "routing/domainpattern.h"

#include <QList>
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
        DomainPattern compiled;
    };
    // The required suffixes, reversed, in a trie: walking a domain from its last
    // character visits exactly the suffixes it ends with, in as many steps as the
    // longest one has characters (no hashing of every tail length).
    struct Node {
        char16_t c = 0;
        int firstChild = -1;
        int nextSibling = -1;
        std::vector<int> entries;  ///< entries whose suffix ends here
    };
    std::vector<Entry> m_entries;
    std::vector<int> m_unindexed;  ///< entries without a required suffix, in order
    std::vector<Node> m_nodes{Node{}};  ///< m_nodes[0] is the root
    int child(int node, char16_t c) const;
};

} // namespace rs
