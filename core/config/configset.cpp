#include "config/configset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rs {

namespace {

constexpr int kMaxIncludeDepth = 32;

bool readFile(const QString &path, QByteArray &out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    out = f.readAll();
    return true;
}

} // namespace

bool ConfigSet::load(const QString &path, ConfigSet &out, QString *error)
{
    QByteArray bytes;
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = QStringLiteral("is a directory");
        return false;
    }
    if (!readFile(path, bytes, error))
        return false;
    out = fromText(std::move(bytes), path, true);
    return true;
}

ConfigSet ConfigSet::fromText(QByteArray bytes, const QString &path, bool followIncludes)
{
    ConfigSet set;
    auto main = std::make_unique<ConfigFile>();
    main->tree = SyntaxTree::parse(std::move(bytes), path);
    set.m_files.push_back(std::move(main));
    if (followIncludes)
        set.addIncludes(0, 0);
    return set;
}

QStringList ConfigSet::filePaths() const
{
    QStringList paths;
    for (const auto &f : m_files)
        paths.append(f->tree.path());
    return paths;
}

Diagnostics ConfigSet::diagnostics() const
{
    Diagnostics all;
    for (const auto &f : m_files)
        all.append(f->tree.syntaxDiagnostics());
    all.append(m_includeDiagnostics);
    return all;
}

void ConfigSet::addIncludes(int fileIndex, int depth)
{
    // Collect include nodes first: m_files grows below and invalidates references.
    std::vector<NodeId> includeNodes;
    {
        const SyntaxTree &t = tree(fileIndex);
        for (NodeId id = 0; id < NodeId(t.nodes().size()); ++id) {
            if (t.node(id).kind == NodeKind::Include)
                includeNodes.push_back(id);
        }
    }
    for (const NodeId inc : includeNodes) {
        const SyntaxTree &t = tree(fileIndex);
        const QString target = t.instance(inc);
        const LineColumn pos = t.position(t.node(inc).span.begin);
        auto warn = [&](const char *code, const QString &message) {
            m_includeDiagnostics.append({Severity::Warning, QString::fromLatin1(code), message,
                                         t.path(), pos.line, pos.column, t.node(inc).span.begin});
        };
        const QFileInfo base(t.path());
        const QString resolved = QDir::isAbsolutePath(target)
            ? target
            : QDir(base.absolutePath()).filePath(target);
        QStringList paths;
        const QFileInfo info(resolved);
        if (info.isDir()) {
            // A directory includes its files in lexical order; hidden files and
            // subfolders are skipped, as Momentum does.
            const QDir dir(resolved);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                paths.append(dir.filePath(name));
        } else if (info.exists()) {
            paths.append(resolved);
        } else {
            warn("include-missing", QStringLiteral("included file '%1' does not exist").arg(target));
            continue;
        }
        if (depth >= kMaxIncludeDepth) {
            warn("include-depth", QStringLiteral("includes nested deeper than %1 levels are not followed")
                                      .arg(kMaxIncludeDepth));
            continue;
        }
        QList<int> added;
        for (const QString &p : std::as_const(paths)) {
            // Refuse a file already on the chain of includes that led here.
            const QString canonical = QFileInfo(p).canonicalFilePath();
            bool cycle = false;
            for (NodeRef at{fileIndex, inc}; at.file >= 0; at = file(at.file).includedBy) {
                if (QFileInfo(tree(at.file).path()).canonicalFilePath() == canonical) {
                    cycle = true;
                    break;
                }
            }
            if (cycle) {
                warn("include-cycle", QStringLiteral("'%1' includes itself; not followed").arg(p));
                continue;
            }
            QByteArray bytes;
            QString err;
            if (!readFile(p, bytes, &err)) {
                warn("include-unreadable", QStringLiteral("cannot read included file '%1': %2").arg(p, err));
                continue;
            }
            auto f = std::make_unique<ConfigFile>();
            f->tree = SyntaxTree::parse(std::move(bytes), p);
            // `readonly_include` makes a file and everything it brings in read-only.
            f->readOnly = file(fileIndex).readOnly || t.nameIs(inc, QLatin1StringView("readonly_include"));
            f->includedBy = {fileIndex, inc};
            m_files.push_back(std::move(f));
            const int index = int(m_files.size()) - 1;
            added.append(index);
            addIncludes(index, depth + 1);
        }
        m_files[size_t(fileIndex)]->includes.insert(inc, added);
    }
}

} // namespace rs
