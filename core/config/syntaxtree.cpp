// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/syntaxtree.h"

#include "config/parser.h"

#include <QStringDecoder>

#include <algorithm>

namespace rs {

SyntaxTree SyntaxTree::parse(QByteArray bytes, const QString &path, const std::atomic_bool *cancel)
{
    SyntaxTree tree;
    tree.m_source = SourceText(std::move(bytes), path);
    Parser(tree, cancel).run();
    return tree;
}

QByteArray SyntaxTree::serialize() const
{
    // Top-level nodes and the trivia between them partition the file; each node's
    // span holds its descendants, so the walk needs only the first level.
    const QByteArray &src = bytes();
    QByteArray out;
    out.reserve(src.size());
    quint32 pos = 0;
    for (NodeId id = node(root()).firstChild; id != kNoNode; id = node(id).nextSibling) {
        const Span s = node(id).span;
        out.append(src.constData() + pos, qsizetype(s.begin - pos));  // trivia before
        out.append(src.constData() + s.begin, qsizetype(s.size()));
        pos = s.end;
    }
    out.append(src.constData() + pos, src.size() - qsizetype(pos));
    return out;
}

// Widens `bytes` into `out` as Latin-1 and tells whether they were all ASCII.
static bool widenAscii(QByteArrayView bytes, char16_t *out)
{
    unsigned char any = 0;
    for (const char c : bytes) {
        any |= static_cast<unsigned char>(c);
        *out++ = char16_t(static_cast<unsigned char>(c));
    }
    return any < 0x80;
}

QString decodeText(QByteArrayView bytes)
{
    // Nearly all configuration text is ASCII: widened in one pass into the string's
    // own storage (every scope name of a file comes through here), and decoded as
    // UTF-8 only when it was not.
    if (bytes.isEmpty())
        return QString::fromLatin1(bytes);  // null or empty, as the bytes are
    QString text(bytes.size(), Qt::Uninitialized);
    if (widenAscii(bytes, reinterpret_cast<char16_t *>(text.data())))
        return text;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

QStringView decodeText(QByteArrayView bytes, QString &buffer)
{
    // Widened as if ASCII, in one pass; redone by the decoder when it was not.
    buffer.resize(bytes.size());  // keeps its capacity
    if (!widenAscii(bytes, reinterpret_cast<char16_t *>(buffer.data())))
        buffer = decodeText(bytes);
    return buffer;
}

QString SyntaxTree::name(NodeId id) const
{
    return decodeText(text(node(id).name));
}

bool SyntaxTree::instanceIsQuoted(NodeId id) const
{
    const Span s = node(id).instance;
    return !s.isEmpty() && bytes().at(s.begin) == '"';
}

static QByteArrayView unquote(QByteArrayView raw)
{
    if (raw.startsWith("\xe2\x80\x9c")) {  // “typographic”
        raw = raw.sliced(3);
        if (raw.endsWith("\xe2\x80\x9d"))
            raw.chop(3);
        else if (raw.endsWith('"'))
            raw.chop(1);
        return raw;
    }
    if (raw.size() >= 1 && raw.front() == '"') {
        raw = raw.sliced(1);
        if (!raw.isEmpty() && raw.back() == '"')
            raw.chop(1);
        else if (raw.endsWith("\xe2\x80\x9d"))
            raw.chop(3);
    }
    return raw;
}

QString SyntaxTree::instance(NodeId id) const
{
    return decodeText(unquote(text(node(id).instance)));
}

QString SyntaxTree::scalar(NodeId id) const
{
    return decodeText(scalarBytes(id));
}

QByteArrayView SyntaxTree::scalarBytes(NodeId id) const
{
    return unquote(text(id));
}

std::vector<NodeId> SyntaxTree::children(NodeId id) const
{
    std::vector<NodeId> out;
    for (NodeId c = node(id).firstChild; c != kNoNode; c = node(c).nextSibling)
        out.push_back(c);
    return out;
}

std::vector<NodeId> SyntaxTree::items(NodeId value) const
{
    std::vector<NodeId> out;
    forEachItem(value, [&out](NodeId id) { out.push_back(id); });
    return out;
}

bool SyntaxTree::nameIs(NodeId id, QLatin1StringView expected) const
{
    return sameName(text(node(id).name), QByteArrayView(expected.data(), expected.size()));
}

} // namespace rs
