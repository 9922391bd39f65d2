// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace rs {

/// True when `pattern` is in a small subset of PCRE syntax that always compiles:
/// letters, digits, `_` and `-`, `.`, `\.`, `\-`, `[.]`, `[-]`, each optionally followed by
/// one of `*`, `+`, `?`; `^`, `$` and `|`; groups `(...)` and `(?:...)`, balanced and at most
/// 32 deep; at most 1,000 characters. Almost every domain regex an operator writes
/// (`(?:^|[.])example[.]com$`) is in it.
bool isPlainDomainPattern(QStringView pattern);

/// The pattern of a scope name written `/pcre/`: the name without its slashes.
inline QStringView patternOf(const QString &slashedName)
{
    return slashedName.size() < 2 ? QStringView() : QStringView(slashedName).sliced(1, slashedName.size() - 2);
}

/// A `/pcre/` scope name (Domain or Host), compiled with PCRE2 as Momentum does.
/// Compiled without JIT: a config holds thousands of these and each is matched a
/// few times, so JIT compilation (QRegularExpression's default) costs far more
/// than it saves (about 15x the whole parse of a 100,000-domain file).
///
/// A plain pattern (isPlainDomainPattern()) is known to be valid without compiling it
/// and is compiled on its first match: a 100,000-domain file has some 12,500 regex
/// stanzas, only a few of which are ever matched, and compiling them all took a third
/// of building the route model. Copies share the compiled code; matching is safe
/// from several threads.
class DomainPattern final
{
public:
    DomainPattern() = default;
    explicit DomainPattern(const QString &pattern) : DomainPattern(pattern, false) {}
    /// The pattern of a scope name written `/pcre/`, compiled. The name is kept as it
    /// is (shared, not copied) and its slashes dropped only when it is compiled.
    static DomainPattern fromScopeName(const QString &slashed) { return DomainPattern(slashed, true); }

    bool isValid() const { return m_code != nullptr; }
    QString errorString() const { return m_error; }
    int errorOffset() const { return m_errorOffset; }
    /// True when the pattern matches somewhere in `subject` (unanchored, like PCRE).
    bool matches(const QString &subject) const;

private:
    DomainPattern(const QString &text, bool slashed);
    struct Code;
    std::shared_ptr<Code> m_code;
    QString m_error;
    int m_errorOffset = -1;
};

} // namespace rs
