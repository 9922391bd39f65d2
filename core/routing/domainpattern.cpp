// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/domainpattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <mutex>

namespace rs {

namespace {

pcre2_code *compile(QStringView pattern, int &error, PCRE2_SIZE &offset)
{
    const QByteArray utf8 = pattern.toUtf8();
    return pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()), PCRE2_UTF, &error,
                         &offset, nullptr);
}

bool isPlainChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

} // namespace

bool isPlainDomainPattern(QStringView p)
{
    // Within PCRE2's limits with room to spare: 250 nested groups, 64 KiB of code.
    constexpr qsizetype maxLength = 1000;
    constexpr int maxDepth = 32;
    if (p.size() > maxLength)
        return false;
    int depth = 0;
    bool repeatable = false;  // the last item is an atom a quantifier may follow
    const auto at = [p](qsizetype k) { return k < p.size() ? p.at(k).unicode() : char16_t(0); };
    for (qsizetype i = 0; i < p.size(); ++i) {
        const char16_t c = p.at(i).unicode();
        if (isPlainChar(c) || c == u'.') {
            repeatable = true;
        } else if (c == u'\\' && (at(i + 1) == u'.' || at(i + 1) == u'-')) {
            repeatable = true;
            i += 1;
        } else if (c == u'[' && (at(i + 1) == u'.' || at(i + 1) == u'-') && at(i + 2) == u']') {
            repeatable = true;
            i += 2;
        } else if (c == u'*' || c == u'+' || c == u'?') {
            if (!repeatable)
                return false;  // `*x`, `x**`, `(?:x)*`, `^*`: not in the subset
            repeatable = false;
        } else if (c == u'^' || c == u'$' || c == u'|') {
            repeatable = false;
        } else if (c == u'(') {
            if (++depth > maxDepth)
                return false;
            if (at(i + 1) == u'?' && at(i + 2) == u':')
                i += 2;
            repeatable = false;
        } else if (c == u')') {
            if (--depth < 0)
                return false;
            repeatable = false;
        } else {
            return false;
        }
    }
    return depth == 0;
}

struct DomainPattern::Code {
    QString text;             ///< the pattern, or the `/pcre/` name holding it
    bool slashed = false;
    QStringView pattern() const { return slashed ? patternOf(text) : QStringView(text); }
    std::once_flag compiled;  ///< set once `code` is made (plain patterns: on first match)
    pcre2_code *code = nullptr;
    ~Code() { pcre2_code_free(code); }
};

DomainPattern::DomainPattern(const QString &text, bool slashed)
{
    auto code = std::make_shared<Code>();
    code->text = text;
    code->slashed = slashed;
    if (!isPlainDomainPattern(code->pattern())) {
        int error = 0;
        PCRE2_SIZE offset = 0;
        pcre2_code *compiled = compile(code->pattern(), error, offset);
        if (!compiled) {
            PCRE2_UCHAR buffer[256];
            pcre2_get_error_message(error, buffer, sizeof buffer);
            m_error = QString::fromUtf8(reinterpret_cast<const char *>(buffer));
            m_errorOffset = int(offset);
            return;
        }
        std::call_once(code->compiled, [&] { code->code = compiled; });
    }
    m_code = std::move(code);
}

bool DomainPattern::matches(const QString &subject) const
{
    Code *const c = m_code.get();
    if (!c)
        return false;
    std::call_once(c->compiled, [c] {
        int error = 0;
        PCRE2_SIZE offset = 0;
        c->code = compile(c->pattern(), error, offset);  // a plain pattern always compiles
    });
    if (!c->code)
        return false;
    const QByteArray utf8 = subject.toUtf8();
    pcre2_match_data *data = pcre2_match_data_create_from_pattern(c->code, nullptr);
    const int rc = pcre2_match(c->code, reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()), 0, 0,
                               data, nullptr);
    pcre2_match_data_free(data);
    return rc >= 0;
}

} // namespace rs
