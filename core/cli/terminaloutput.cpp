// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/terminaloutput.h"

#include "config/diagnostic.h"

#include <cerrno>
#include <unistd.h>

namespace rs::cli {

namespace {

// How many bytes at the end of `b` to hold back: a UTF-8 sequence still missing
// bytes (escaping it now would split a character), or a CR whose LF may follow
// (a line-ending CR stays, a lone one is escaped).
qsizetype heldTail(QByteArrayView b)
{
    for (qsizetype k = 1; k <= 3 && k <= b.size(); ++k) {
        const auto c = uchar(b.at(b.size() - k));
        if ((c & 0xc0) == 0x80)
            continue;  // a continuation byte: look further back for the lead
        const qsizetype need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 1;
        if (need > k && c <= 0xf4)
            return k;
        break;
    }
    return !b.isEmpty() && b.back() == '\r' ? 1 : 0;
}

} // namespace

TerminalOutput::TerminalOutput(int fd)
    : m_fd(fd)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    QByteArray text = m_held + QByteArrayView(data, size);
    const qsizetype keep = heldTail(text);
    m_held = text.right(keep);
    text.chop(keep);
    return writeFully(printableBytes(text, KeepControls::Layout)) ? size : -1;
}

void TerminalOutput::finish()
{
    if (!m_held.isEmpty())
        writeFully(printableBytes(m_held, KeepControls::Layout));
    m_held.clear();
}

bool TerminalOutput::writeVerbatim(QByteArrayView bytes)
{
    finish();
    return writeFully(bytes);
}

bool TerminalOutput::writeFully(QByteArrayView bytes)
{
    if (m_errno != 0)
        return false;  // the output is already incomplete; more would only hide where
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_errno = errno;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

} // namespace rs::cli
