#include "routing/regexindex.h"

#include <algorithm>

namespace rs {

namespace {

bool isLiteral(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'@' || c.unicode() >= 0x80;
}

// A backslash at `i` escapes the character after it when the run of backslashes
// ending at `i` is odd.
bool escapedAt(const QString &p, qsizetype i)
{
    qsizetype n = 0;
    while (i - 1 - n >= 0 && p.at(i - 1 - n) == u'\\')
        ++n;
    return n % 2 == 1;
}

// True when the pattern has an alternation outside every group or class, or
// something that changes how literals read (inline options, \Q...\E, verbs).
bool hasTopLevelAlternationOrOptions(const QString &p)
{
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\') {
            if (i + 1 < p.size() && (p.at(i + 1) == u'Q' || p.at(i + 1) == u'E'))
                return true;
            ++i;
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            if (i + 1 < p.size() && p.at(i + 1) == u']')
                ++i;  // `[]...]`: the first ] is a member
            continue;
        }
        if (c == u'(') {
            if (i + 1 < p.size() && p.at(i + 1) == u'*')
                return true;  // (*UTF), (*CRLF): verbs
            if (i + 2 < p.size() && p.at(i + 1) == u'?') {
                const QChar k = p.at(i + 2);
                if (k != u':' && k != u'=' && k != u'!' && k != u'<' && k != u'>' && k != u'#' && k != u'P')
                    return true;  // (?i), (?x-s:...), (?|...): options and resets
            }
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'|' && depth == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

QString requiredSuffix(const QString &p)
{
    if (p.isEmpty() || !p.endsWith(u'$') || escapedAt(p, p.size() - 1) || hasTopLevelAlternationOrOptions(p))
        return {};
    QString reversed;
    qsizetype i = p.size() - 2;  // before the `$`
    while (i >= 0) {
        const QChar c = p.at(i);
        if (i >= 2 && c == u']' && p.at(i - 1) == u'.' && p.at(i - 2) == u'[' && !escapedAt(p, i - 2)) {
            reversed += u'.';  // [.]
            i -= 3;
            continue;
        }
        if ((c == u'.' || c == u'-') && escapedAt(p, i)) {
            reversed += c;  // \. or \-
            i -= 2;
            continue;
        }
        if (c == u'-' && i > 0) {
            reversed += c;  // outside a class `-` is literal
            --i;
            continue;
        }
        if (isLiteral(c) && !escapedAt(p, i)) {
            reversed += c;
            --i;
            continue;
        }
        break;
    }
    // The last literal may carry a quantifier of what follows it only if the
    // walk stopped at one; the walk starts at `$` and stops at any operator, so
    // every collected character is a literal atom that every match contains.
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

void RegexIndex::add(int scope, const QString &pattern, DomainPattern compiled)
{
    const int entry = int(m_entries.size());
    QString suffix = requiredSuffix(pattern);
    if (suffix.isEmpty()) {
        m_unindexed.push_back(entry);
    } else {
        const qsizetype length = suffix.size();
        auto it = std::find_if(m_bySuffix.begin(), m_bySuffix.end(), [length](const auto &b) { return b.first == length; });
        if (it == m_bySuffix.end()) {
            m_bySuffix.append(std::pair<qsizetype, QMultiHash<size_t, int>>(length, {}));
            it = m_bySuffix.end() - 1;
        }
        it->second.insert(qHash(QStringView(suffix)), entry);
    }
    m_entries.push_back({scope, std::move(suffix), std::move(compiled)});
}

int RegexIndex::firstMatch(const QString &domain) const
{
    // The candidates in declaration order: the unindexed ones and those whose
    // suffix the domain ends with; the first that matches wins.
    std::vector<int> candidates;
    const QStringView d(domain);
    for (const auto &[length, byHash] : m_bySuffix) {
        if (length > d.size())
            continue;
        const QStringView tail = d.right(length);
        for (auto it = byHash.constFind(qHash(tail)); it != byHash.cend() && it.key() == qHash(tail); ++it) {
            if (m_entries[size_t(it.value())].suffix == tail)
                candidates.push_back(it.value());
        }
    }
    if (candidates.empty()) {
        for (const int e : m_unindexed) {
            if (m_entries[size_t(e)].compiled.matches(domain))
                return m_entries[size_t(e)].scope;
        }
        return -1;
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<int> merged;
    merged.reserve(candidates.size() + m_unindexed.size());
    std::merge(candidates.begin(), candidates.end(), m_unindexed.begin(), m_unindexed.end(), std::back_inserter(merged));
    for (const int e : merged) {
        if (m_entries[size_t(e)].compiled.matches(domain))
            return m_entries[size_t(e)].scope;
    }
    return -1;
}

} // namespace rs
