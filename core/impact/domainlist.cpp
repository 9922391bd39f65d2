// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/domainlist.h"

#include "config/syntaxtree.h"
#include "routing/scoperesolver.h"

#include <QSet>

namespace rs {

QStringList parseDomainList(QByteArrayView bytes, QList<DomainListProblem> *problems)
{
    QStringList domains;
    QSet<QString> seen;
    int number = 0;
    for (qsizetype begin = 0; begin < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', begin);
        if (end < 0)
            end = bytes.size();
        ++number;
        QByteArrayView line = bytes.sliced(begin, end - begin);
        begin = end + 1;
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line = line.first(hash);
        const QString text = decodeText(line).trimmed();  // a CR of a CRLF list goes here too
        if (text.isEmpty())
            continue;
        if (text.contains(u' ') || text.contains(u'\t')) {
            if (problems)
                problems->append({number, text});
            continue;
        }
        const QString domain = normalizeDomain(text);
        if (!domain.isEmpty() && !seen.contains(domain)) {
            seen.insert(domain);
            domains.append(domain);
        }
    }
    return domains;
}

} // namespace rs
