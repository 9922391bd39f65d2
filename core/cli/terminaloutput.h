// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace rs::cli {

/// Standard output or error of routescope-cli as a QIODevice for a QTextStream.
///
/// - Text written through it reaches the descriptor with control characters escaped
///   (printable(), KeepControls::Layout): a configuration holding ESC or U+009B cannot
///   retitle the terminal or move its cursor, whichever command prints it.
///   writeVerbatim() is for data (the new file `set` prints), which stays byte-exact.
/// - It remembers the first write error (ENOSPC, EIO...), so that the program can exit
///   non-zero when its output is incomplete instead of losing the error in a buffer.
class TerminalOutput final : public QIODevice
{
public:
    explicit TerminalOutput(int fd);

    /// Writes bytes unchanged, after any text already written.
    bool writeVerbatim(QByteArrayView bytes);
    /// Writes what is held back (an incomplete UTF-8 sequence, a CR waiting for its
    /// LF) once nothing more will follow.
    void finish();

    bool failed() const { return m_errno != 0; }
    int errorNumber() const { return m_errno; }  ///< errno of the first failed write

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool writeFully(QByteArrayView bytes);

    int m_fd;
    int m_errno = 0;
    QByteArray m_held;  ///< the tail of the last text write that needs the next byte to decide
};

} // namespace rs::cli
