// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/domainpattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace rs {

struct DomainPattern::Code {
    pcre2_code *code = nullptr;
    ~Code() { pcre2_code_free(code); }
};

DomainPattern::DomainPattern(const QString &pattern)
{
    const QByteArray utf8 = pattern.toUtf8();
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()),
                                     PCRE2_UTF, &error, &offset, nullptr);
    if (!code) {
        PCRE2_UCHAR buffer[256];
        pcre2_get_error_message(error, buffer, sizeof buffer);
        m_error = QString::fromUtf8(reinterpret_cast<const char *>(buffer));
        m_errorOffset = int(offset);
        return;
    }
    m_code = std::make_shared<Code>();
    m_code->code = code;
}

bool DomainPattern::matches(const QString &subject) const
{
    if (!m_code)
        return false;
    const QByteArray utf8 = subject.toUtf8();
    pcre2_match_data *data = pcre2_match_data_create_from_pattern(m_code->code, nullptr);
    const int rc = pcre2_match(m_code->code, reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()),
                               0, 0, data, nullptr);
    pcre2_match_data_free(data);
    return rc >= 0;
}

} // namespace rs
