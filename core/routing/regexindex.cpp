// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/regexindex.h"

#include <QVarLengthArray>

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
bool escapedAt(const char16_t *c, qsizetype i)
{
    if (i == 0 || c[i - 1] != u'\\')
        return false;  // nearly always: the scan below is for runs like `\\\\.`
    qsizetype n = 0;
    while (i - 1 - n >= 0 && c[i - 1 - n] == u'\\')
        ++n;
    return n % 2 == 1;
}

// The characters hasTopLevelAlternationOrOptions() looks at.
constexpr auto makeStructural()
{
    struct Table { bool is[128] = {}; } t;
    for (const char ch : {'\\', '[', ']', '(', ')', '|'})
        t.is[int(ch)] = true;
    return t;
}
constexpr auto kStructural = makeStructural();

// True when the pattern has an alternation outside every group or class, or
// something that changes how literals read (inline options, \Q...\E, verbs).
bool hasTopLevelAlternationOrOptions(QStringView p)
{
    const char16_t *const c = p.utf16();
    const qsizetype size = p.size();
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t ch = c[i];
        if (ch >= 0x80 || !kStructural.is[ch])
            continue;  // most of a pattern: letters, digits, dots
        if (ch == u'\\') {
            if (i + 1 < size && (c[i + 1] == u'Q' || c[i + 1] == u'E'))
                return true;
            ++i;
            continue;
        }
        if (inClass) {
            if (ch == u']')
                inClass = false;
            continue;
        }
        if (ch == u'[') {
            inClass = true;
            if (i + 1 < size && c[i + 1] == u']')
                ++i;  // `[]...]`: the first ] is a member
            continue;
        }
        if (ch == u'(') {
            if (i + 1 < size && c[i + 1] == u'*')
                return true;  // (*UTF), (*CRLF): verbs
            if (i + 2 < size && c[i + 1] == u'?') {
                const char16_t k = c[i + 2];
                if (k != u':' && k != u'=' && k != u'!' && k != u'<' && k != u'>' && k != u'#' && k != u'P')
                    return true;  // (?i), (?x-s:...), (?|...): options and resets
            }
            ++depth;
        } else if (ch == u')') {
            --depth;
        } else if (ch == u'|' && depth == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

QString requiredSuffix(QStringView p)
{
    const char16_t *const c = p.utf16();
    if (p.isEmpty() || p.back() != u'$' || escapedAt(c, p.size() - 1) || hasTopLevelAlternationOrOptions(p))
        return {};
    // Collected backwards into the end of a buffer as long as the pattern.
    QVarLengthArray<char16_t, 128> out(p.size());
    qsizetype at = out.size();
    qsizetype i = p.size() - 2;  // before the `$`
    while (i >= 0) {
        if (i >= 2 && c[i] == u']' && c[i - 1] == u'.' && c[i - 2] == u'[' && !escapedAt(c, i - 2)) {
            out[--at] = u'.';  // [.]
            i -= 3;
        } else if ((c[i] == u'.' || c[i] == u'-') && escapedAt(c, i)) {
            out[--at] = c[i];  // \. or \-
            i -= 2;
        } else if ((c[i] == u'-' && i > 0) || (isLiteral(QChar(c[i])) && !escapedAt(c, i))) {
            out[--at] = c[i];  // outside a class `-` is literal
            --i;
        } else {
            break;
        }
    }
    // Every collected character is a literal atom that every match ends with: the
    // walk starts at `$` and stops at the first operator.
    return QString(reinterpret_cast<const QChar *>(out.constData() + at), out.size() - at);
}

RegexIndex::Data &RegexIndex::data()
{
    if (m_data.use_count() > 1)
        m_data = std::make_shared<Data>(*m_data);  // only while adding; shared once built
    return *m_data;
}

int RegexIndex::child(int node, char16_t c) const
{
    const std::vector<Node> &nodes = m_data->nodes;
    for (int n = nodes[size_t(node)].firstChild; n >= 0; n = nodes[size_t(n)].nextSibling) {
        if (nodes[size_t(n)].c == c)
            return n;
    }
    return -1;
}

void RegexIndex::add(int scope, DomainPattern compiled, const QString &suffix)
{
    Data &d = data();
    const int entry = int(d.entries.size());
    d.entries.push_back({scope, std::move(compiled)});
    d.nextInNode.push_back(-1);
    if (suffix.isEmpty()) {
        d.unindexed.push_back(entry);
        return;
    }
    int node = 0;
    for (qsizetype i = suffix.size() - 1; i >= 0; --i) {
        const char16_t c = suffix.at(i).unicode();
        int next = child(node, c);
        if (next < 0) {
            next = int(d.nodes.size());
            Node n;
            n.c = c;
            n.nextSibling = d.nodes[size_t(node)].firstChild;
            d.nodes.push_back(std::move(n));
            d.nodes[size_t(node)].firstChild = next;
        }
        node = next;
    }
    Node &end = d.nodes[size_t(node)];
    if (end.lastEntry < 0)
        end.firstEntry = entry;
    else
        d.nextInNode[size_t(end.lastEntry)] = entry;
    end.lastEntry = entry;
}

int RegexIndex::firstMatch(const QString &domain) const
{
    // The candidates: the entries whose suffix the domain ends with (met walking the
    // domain backwards through the trie), and the unindexed ones; in declaration
    // order, the first that matches wins.
    const Data &d = *m_data;
    int best = -1;
    auto consider = [&](int e) {
        if ((best < 0 || e < best) && d.entries[size_t(e)].compiled.matches(domain))
            best = e;
    };
    std::vector<int> found;
    int node = 0;
    for (qsizetype i = domain.size() - 1; i >= 0 && node >= 0; --i) {
        node = child(node, domain.at(i).unicode());
        if (node < 0)
            break;
        for (int e = d.nodes[size_t(node)].firstEntry; e >= 0; e = d.nextInNode[size_t(e)])
            found.push_back(e);
    }
    if (found.empty() && d.unindexed.empty())
        return -1;
    std::sort(found.begin(), found.end());
    // Declaration order across both lists, stopping at the first match.
    auto a = found.cbegin();
    auto b = d.unindexed.cbegin();
    while (a != found.cend() || b != d.unindexed.cend()) {
        const int e = (b == d.unindexed.cend() || (a != found.cend() && *a < *b)) ? *a++ : *b++;
        consider(e);
        if (best >= 0)
            return d.entries[size_t(best)].scope;
    }
    return -1;
}

} // namespace rs
