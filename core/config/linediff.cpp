// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/linediff.h"

#include <git2.h>

#include <QList>

namespace rs {

namespace {

// libgit2 keeps global state (allocators, TLS); it is set up once per process.
void initGit()
{
    static const int once = git_libgit2_init();
    Q_UNUSED(once)
}

// Byte offset where each line starts, plus the end of the text.
QList<quint32> lineStarts(const QByteArray &text)
{
    QList<quint32> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n' && i + 1 < text.size())
            starts.append(quint32(i + 1));
    }
    if (text.isEmpty())
        starts.clear();
    starts.append(quint32(text.size()));
    return starts;
}

struct Hunk {
    int oldStart, oldLines, newStart, newLines;
};

QList<Hunk> hunks(const QByteArray &before, const QByteArray &after)
{
    initGit();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.flags = GIT_DIFF_FORCE_TEXT;  // a config may hold NUL bytes: still text
    QList<Hunk> out;
    auto onHunk = [](const git_diff_delta *, const git_diff_hunk *h, void *payload) -> int {
        static_cast<QList<Hunk> *>(payload)->append({h->old_start, h->old_lines, h->new_start, h->new_lines});
        return 0;
    };
    git_diff_buffers(before.constData(), size_t(before.size()), nullptr, after.constData(), size_t(after.size()),
                     nullptr, &options, nullptr, nullptr, onHunk, nullptr, &out);
    return out;
}

// The byte offset of the start of 1-based line `line` (one past the last line: the end).
quint32 offsetOf(const QList<quint32> &starts, int line)
{
    const qsizetype i = std::clamp<qsizetype>(line - 1, 0, starts.size() - 1);
    return starts.at(i);
}

// git_merge_file() refuses what looks binary (a NUL byte), which a config may hold:
// NUL is stood in for by a byte none of the texts has, and put back afterwards.
std::optional<char> standIn(const QByteArray &a, const QByteArray &b, const QByteArray &c)
{
    if (!a.contains('\0') && !b.contains('\0') && !c.contains('\0'))
        return std::nullopt;
    bool used[256] = {};
    for (const QByteArray *t : {&a, &b, &c}) {
        for (const char ch : *t)
            used[static_cast<unsigned char>(ch)] = true;
    }
    for (int v = 0xff; v > 0; --v) {
        if (!used[v] && v != '\n' && v != '\r')
            return static_cast<char>(v);
    }
    return '\0';  // every byte value in use: the merge will refuse
}

} // namespace

TextEdits lineEdits(const QByteArray &before, const QByteArray &after)
{
    if (before == after)
        return {};
    const QList<quint32> a = lineStarts(before);
    const QList<quint32> b = lineStarts(after);
    TextEdits edits;
    for (const Hunk &h : hunks(before, after)) {
        // A hunk that adds lines only names the line after which they go.
        const int firstOld = h.oldLines == 0 ? h.oldStart + 1 : h.oldStart;
        const int firstNew = h.newLines == 0 ? h.newStart + 1 : h.newStart;
        const quint32 from = offsetOf(a, firstOld);
        const quint32 to = offsetOf(a, firstOld + h.oldLines);
        const quint32 bFrom = offsetOf(b, firstNew);
        const quint32 bTo = offsetOf(b, firstNew + h.newLines);
        edits.append({from, to, after.mid(bFrom, bTo - bFrom)});
    }
    return edits;
}

LineMerge mergeLines(const QByteArray &baseText, const QByteArray &oursText, const QByteArray &theirsText)
{
    initGit();
    LineMerge m;
    const std::optional<char> nul = standIn(baseText, oursText, theirsText);
    auto masked = [&nul](QByteArray t) { return nul ? t.replace('\0', *nul) : t; };
    const QByteArray base = masked(baseText), ours = masked(oursText), theirs = masked(theirsText);
    git_merge_file_input in[3];
    const QByteArray *texts[3] = {&base, &ours, &theirs};
    for (int i = 0; i < 3; ++i) {
        git_merge_file_input_init(&in[i], GIT_MERGE_FILE_INPUT_VERSION);
        in[i].ptr = texts[i]->constData();
        in[i].size = size_t(texts[i]->size());
    }
    git_merge_file_options options = GIT_MERGE_FILE_OPTIONS_INIT;
    git_merge_file_result result{};
    if (git_merge_file(&result, &in[0], &in[1], &in[2], &options) != 0)
        return m;
    if (result.automergeable) {
        m.clean = true;
        m.text = QByteArray(result.ptr, qsizetype(result.len));
        if (nul)
            m.text.replace(*nul, '\0');
    } else {
        // Where both sides changed the same base lines: the regions to name.
        const QList<Hunk> mine = hunks(base, ours);
        const QList<Hunk> other = hunks(base, theirs);
        auto range = [](const Hunk &h) {
            const int first = h.oldLines == 0 ? h.oldStart + 1 : h.oldStart;
            return std::pair<int, int>(first, first + h.oldLines - 1);
        };
        for (const Hunk &x : mine) {
            const auto [a1, a2] = range(x);
            for (const Hunk &y : other) {
                const auto [b1, b2] = range(y);
                // Overlapping or touching line ranges, as git sees them; an insertion
                // is the empty range [p, p - 1] before line p.
                if (a1 <= b2 + 1 && b1 <= a2 + 1)
                    m.conflicts.append({std::min(a1, b1), std::max(a2, b2)});
            }
        }
    }
    git_merge_file_result_free(&result);
    return m;
}

} // namespace rs
