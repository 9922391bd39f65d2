// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configset.h"

#include "config/diagnosticcodes.h"
#include "config/reparse.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace rs {

namespace {

// Where an included file stops reading as a configuration: binary (a NUL byte), or
// syntax errors from its first statement on or outnumbering the statements that
// parse. /etc/shadow, a key or a one-line password file all fail from line 1; an
// included configuration with a typo further down still reads as one, and its
// errors are reported as usual.
bool readsAsConfiguration(const SyntaxTree &t)
{
    if (!t.hasSyntaxErrors())
        return true;
    if (t.bytes().contains('\0'))
        return false;
    std::vector<quint32> errors;
    for (const Diagnostic &d : t.syntaxDiagnostics()) {
        if (d.severity == Severity::Error)
            errors.push_back(d.offset);
    }
    std::sort(errors.begin(), errors.end());
    qsizetype good = 0;
    bool firstIsGood = false, first = true;
    for (NodeId c = t.node(SyntaxTree::root()).firstChild; c != kNoNode; c = t.node(c).nextSibling) {
        const Span s = t.node(c).span;
        const auto e = std::lower_bound(errors.begin(), errors.end(), s.begin);
        const bool clean = t.node(c).kind != NodeKind::Error && (e == errors.end() || *e >= s.end);
        good += clean ? 1 : 0;
        if (first)
            firstIsGood = clean;
        first = false;
    }
    return firstIsGood && qsizetype(errors.size()) <= good;
}

// The `fileType` argument of include-not-regular (see diagnosticcodes.h).
QString fileTypeArg(FileType type)
{
    switch (type) {
    case FileType::Directory: return QStringLiteral("directory");
    case FileType::Fifo: return QStringLiteral("fifo");
    case FileType::CharacterDevice: return QStringLiteral("character-device");
    case FileType::BlockDevice: return QStringLiteral("block-device");
    case FileType::Socket: return QStringLiteral("socket");
    case FileType::SymbolicLink: return QStringLiteral("symbolic-link");
    case FileType::Unknown:
    case FileType::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace

// Follows the includes of a set once its main file is parsed.
struct ConfigSet::Loader {
    Loader(ConfigSet &s, const LoadOptions &o) : set(s), options(o) {}

    ConfigSet &set;
    const LoadOptions &options;
    int includedFiles = 0;
    qint64 includedBytes = 0;
    bool stopped = false;  // the file-count or byte limit was reached: nothing more is read
    QHash<QPair<quint64, quint64>, int> read;  // (device, inode) -> file index, -1: not a configuration

    static QPair<quint64, quint64> identity(const io::FileStamp &s) { return {s.device, s.inode}; }

    bool cancelled()
    {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            set.m_cancelled = true;
        return set.m_cancelled;
    }

    void report(DiagnosticKind kind, QStringList args, int fileIndex, NodeId inc)
    {
        const SyntaxTree &t = set.tree(fileIndex);
        const quint32 at = t.node(inc).span.begin;
        const LineColumn pos = t.position(at);
        Diagnostic d = makeDiagnostic(kind, std::move(args));
        d.file = t.path();
        d.line = pos.line;
        d.column = pos.column;
        d.offset = at;
        set.m_includeDiagnostics.append(std::move(d));
    }

    // The repeat warning names where file `index` was first included.
    void reportRepeat(const QString &path, int index, int fileIndex, NodeId inc)
    {
        if (index < 0)
            return report(DiagnosticKind::IncludeRepeatedNotConfiguration, {path}, fileIndex, inc);
        const NodeRef by = set.file(index).includedBy;
        if (!by.isValid())
            return report(DiagnosticKind::IncludeRepeatedMain, {path}, fileIndex, inc);
        const SyntaxTree &t = set.tree(by.file);
        report(DiagnosticKind::IncludeRepeated,
               {path, t.path(), QString::number(t.position(t.node(by.node).span.begin).line)}, fileIndex, inc);
    }

    bool onChain(int index, int fileIndex) const
    {
        for (int f = fileIndex; f >= 0; f = set.file(f).includedBy.file) {
            if (f == index)
                return true;
        }
        return false;
    }

    FileSource::Kind kindOf(const QString &path) const
    {
        if (options.files)
            return options.files->kind(path);
        const QFileInfo info(path);
        return info.isDir() ? FileSource::Kind::Directory : info.exists() ? FileSource::Kind::File : FileSource::Kind::Missing;
    }

    QStringList filesIn(const QString &directory) const
    {
        if (options.files)
            return options.files->files(directory);
        // A directory includes its regular files in lexical order; hidden files and
        // subfolders are skipped, as Momentum does (QDir::Files without System
        // lists no FIFO, socket or device).
        const QDir dir(directory);
        QStringList paths;
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
        return paths;
    }

    void follow(int fileIndex, int depth);
    void readOne(const QString &path, int fileIndex, NodeId inc, int depth, QList<int> &added);
};

void ConfigSet::Loader::follow(int fileIndex, int depth)
{
    // Collect include nodes first: m_files grows below and invalidates references.
    std::vector<NodeId> includeNodes;
    {
        const SyntaxTree &t = set.tree(fileIndex);
        for (NodeId id = 0; id < NodeId(t.nodes().size()); ++id) {
            if (t.node(id).kind == NodeKind::Include)
                includeNodes.push_back(id);
        }
    }
    for (const NodeId inc : includeNodes) {
        if (cancelled() || stopped)
            return;
        const SyntaxTree &t = set.tree(fileIndex);
        const QString target = t.instance(inc);
        const QString resolved = QDir::isAbsolutePath(target)
            ? target
            : QDir(QFileInfo(t.path()).absolutePath()).filePath(target);
        QStringList paths;
        const FileSource::Kind kind = kindOf(resolved);
        if (kind == FileSource::Kind::Directory) {
            paths = filesIn(resolved);
        } else if (kind == FileSource::Kind::File) {
            paths.append(resolved);
        } else {
            report(DiagnosticKind::IncludeMissing, {target}, fileIndex, inc);
            continue;
        }
        if (depth >= options.limits.maxDepth) {
            report(DiagnosticKind::IncludeTooDeep, {QString::number(options.limits.maxDepth), target}, fileIndex, inc);
            continue;
        }
        QList<int> added;
        for (const QString &p : std::as_const(paths)) {
            if (cancelled() || stopped)
                break;
            readOne(p, fileIndex, inc, depth, added);
        }
        set.m_files[size_t(fileIndex)]->includes.insert(inc, added);
    }
}

void ConfigSet::Loader::readOne(const QString &p, int fileIndex, NodeId inc, int depth, QList<int> &added)
{
    // Each file is read once, however often and by whatever path it is included: a
    // tree that includes every file three times stays as small as its files.
    const IoResult<io::FileStamp> stamp = options.files ? options.files->stamp(p) : io::stampOf(p);
    if (stamp) {
        if (const auto seen = read.constFind(identity(*stamp)); seen != read.constEnd()) {
            if (*seen >= 0 && onChain(*seen, fileIndex))
                report(DiagnosticKind::IncludeCycle, {p}, fileIndex, inc);
            else
                reportRepeat(p, *seen, fileIndex, inc);
            return;
        }
    }
    if (includedFiles >= options.limits.maxFiles) {
        report(DiagnosticKind::IncludeTooMany, {QString::number(options.limits.maxFiles), p}, fileIndex, inc);
        stopped = true;
        return;
    }
    const qint64 budget = options.limits.maxTotalBytes - includedBytes;
    IoResult<io::FileContent> content = Unexpected{IoError{}};
    if (const auto held = options.overlay ? options.overlay->constFind(p) : QHash<QString, QByteArray>::const_iterator();
        options.overlay && held != options.overlay->cend()) {
        content = io::FileContent{*held, stamp ? *stamp : io::FileStamp{}};
    } else if (options.files) {
        content = options.files->read(p, std::min(io::kMaxFileBytes, budget));
    } else {
        content = io::readRegularFile(p, {std::min(io::kMaxFileBytes, budget), options.cancel});
    }
    if (!content) {
        const IoError &e = content.error();
        switch (e.code) {
        case IoErrorCode::Cancelled:
            set.m_cancelled = true;
            return;
        case IoErrorCode::NotRegularFile:
            report(DiagnosticKind::IncludeNotRegular, {p, fileTypeArg(e.fileType)}, fileIndex, inc);
            return;
        case IoErrorCode::TooLarge:
            if (budget < io::kMaxFileBytes) {
                report(DiagnosticKind::IncludeTooLargeTogether,
                       {QString::number(options.limits.maxTotalBytes), p, stamp ? QString::number(stamp->size) : QString()},
                       fileIndex, inc);
                stopped = true;
            } else {
                report(DiagnosticKind::IncludeTooLarge, {p, QString::number(io::kMaxFileBytes)}, fileIndex, inc);
            }
            return;
        default:
            // The reason is the system's own words (strerror).
            report(DiagnosticKind::IncludeUnreadable, {p, e.reason}, fileIndex, inc);
            return;
        }
    }
    ++includedFiles;
    includedBytes += content->bytes.size();
    const auto id = identity(content->stamp);
    SyntaxTree tree = SyntaxTree::parse(std::move(content->bytes), p, options.cancel);
    if (cancelled())
        return;
    if (!readsAsConfiguration(tree)) {
        const Diagnostic &first = *std::find_if(tree.syntaxDiagnostics().cbegin(), tree.syntaxDiagnostics().cend(),
                                                [](const Diagnostic &d) { return d.severity == Severity::Error; });
        report(DiagnosticKind::IncludeNotConfiguration,
               {p, QString::number(first.line), QString::number(first.column)}, fileIndex, inc);
        read.insert(id, -1);
        return;
    }
    auto f = std::make_unique<ConfigFile>();
    f->tree = std::make_shared<const SyntaxTree>(std::move(tree));
    // `readonly_include` makes a file and everything it brings in read-only.
    f->readOnly = set.file(fileIndex).readOnly || set.tree(fileIndex).nameIs(inc, QLatin1StringView("readonly_include"));
    f->includedBy = {fileIndex, inc};
    f->stamp = content->stamp;
    set.m_files.push_back(std::move(f));
    const int index = int(set.m_files.size()) - 1;
    read.insert(id, index);
    added.append(index);
    follow(index, depth + 1);
}

IoResult<ConfigSet> ConfigSet::load(const QString &path, const LoadOptions &options)
{
    IoResult<io::FileContent> content = options.files ? options.files->read(path, io::kMaxFileBytes)
                                                      : io::readRegularFile(path, {io::kMaxFileBytes, options.cancel});
    if (!content)
        return Unexpected{content.error()};
    return assemble(std::move(content->bytes), path, options, content->stamp);
}

ConfigSet ConfigSet::fromText(QByteArray bytes, const QString &path, bool followIncludes)
{
    LoadOptions options;
    options.followIncludes = followIncludes;
    return fromText(std::move(bytes), path, options);
}

ConfigSet ConfigSet::fromText(QByteArray bytes, const QString &path, const LoadOptions &options)
{
    // The file on disk, if any, so that an include of it is known for a cycle.
    const IoResult<io::FileStamp> stamp = path.isEmpty() ? IoResult<io::FileStamp>(io::FileStamp{})
                                          : options.files ? options.files->stamp(path)
                                                          : io::stampOf(path);
    return assemble(std::move(bytes), path, options, stamp ? *stamp : io::FileStamp{});
}

ConfigSet ConfigSet::assemble(QByteArray bytes, const QString &path, const LoadOptions &options, const io::FileStamp &stamp)
{
    ConfigSet set;
    auto main = std::make_unique<ConfigFile>();
    main->tree = std::make_shared<const SyntaxTree>(SyntaxTree::parse(std::move(bytes), path, options.cancel));
    main->stamp = stamp;
    set.m_files.push_back(std::move(main));
    Loader loader(set, options);
    if (stamp.isValid())
        loader.read.insert(Loader::identity(stamp), 0);
    if (options.followIncludes && !loader.cancelled())
        loader.follow(0, 0);
    return set;
}

QStringList ConfigSet::filePaths() const
{
    QStringList paths;
    for (const auto &f : m_files)
        paths.append(f->tree->path());
    return paths;
}

Diagnostics ConfigSet::diagnostics() const
{
    Diagnostics all;
    for (const auto &f : m_files)
        all.append(f->tree->syntaxDiagnostics());
    all.append(m_includeDiagnostics);
    return all;
}

} // namespace rs

namespace rs {

std::optional<ConfigSet> ConfigSet::withFileReplaced(int index, SyntaxTree replacement, const NodeShift &shift) const
{
    const ConfigFile &changed = file(index);
    for (auto it = changed.includes.cbegin(); it != changed.includes.cend(); ++it) {
        if (shift.replaced(it.key()))
            return std::nullopt;
    }
    ConfigSet set;
    set.m_includeDiagnostics = m_includeDiagnostics;
    set.m_files.reserve(m_files.size());
    for (size_t i = 0; i < m_files.size(); ++i) {
        auto f = std::make_unique<ConfigFile>(*m_files[i]);
        if (int(i) == index) {
            f->tree = std::make_shared<const SyntaxTree>(std::move(replacement));
            // The include statements after the edit moved.
            QHash<NodeId, QList<int>> includes;
            for (auto it = changed.includes.cbegin(); it != changed.includes.cend(); ++it)
                includes.insert(shift.node(it.key()), it.value());
            f->includes = std::move(includes);
        }
        if (f->includedBy.file == index)
            f->includedBy.node = shift.node(f->includedBy.node);
        set.m_files.push_back(std::move(f));
    }
    // Include diagnostics placed in the edited file after the edit moved with it.
    const QString &path = set.tree(index).path();
    for (Diagnostic &d : set.m_includeDiagnostics) {
        if (d.file == path && d.offset >= shift.oldSpan.end) {
            d.offset = shift.offset(d.offset);
            d.line = shift.line(d.line);
        }
    }
    return set;
}

} // namespace rs
