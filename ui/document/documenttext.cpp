#include "document/documenttext.h"

#include <QFileInfo>

namespace rs::ui {

namespace {

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

QString DocumentText::blockText(const EditBlock &b)
{
    switch (b.code) {
    case EditBlock::NoFile: return tr("No file is open");
    case EditBlock::Reparsing: return tr("The routing model is being updated; try again in a moment");
    case EditBlock::SyntaxErrors:
        return tr("%1 has syntax errors; fix them in a text editor, then reload").arg(fileName(b.file));
    case EditBlock::ReadOnlyInclude:
        if (b.includeFile.isEmpty())
            return tr("%1 is read-only").arg(fileName(b.file));
        //: %1 file name, %2 file name, %3 line number
        return tr("%1 is brought in read-only by readonly_include in %2, line %3")
            .arg(fileName(b.file), fileName(b.includeFile))
            .arg(b.includeLine);
    case EditBlock::NotWritable: return tr("%1 cannot be written").arg(fileName(b.file));
    case EditBlock::NotAScope: return tr("This scope holds no routes");
    case EditBlock::GlobalScope: return tr("The global scope cannot be removed");
    case EditBlock::Refused:
        switch (b.edit.refusal) {
        case TreeEditRefusal::File: return refusalText(b.edit.fileResult.refusal);
        case TreeEditRefusal::NoSuchBinding: return tr("There is no Binding \"%1\"").arg(b.edit.subject);
        case TreeEditRefusal::NotInTree: return tr("That file is not part of the configuration");
        case TreeEditRefusal::ReadOnlyInclude: return tr("%1 is read-only").arg(fileName(b.edit.subject));
        case TreeEditRefusal::NotAScope: return tr("This scope holds no routes");
        case TreeEditRefusal::GlobalScope: return tr("The global scope cannot be removed");
        case TreeEditRefusal::AlreadyExists: return tr("There is already a Domain scope \"%1\" there").arg(b.edit.subject);
        case TreeEditRefusal::None: break;
        }
        break;
    }
    return {};
}

QString DocumentText::refusalText(const EditRefusal &r)
{
    switch (r.code) {
    case EditRefusalCode::None: return {};
    case EditRefusalCode::SyntaxErrors:
        return tr("The file has syntax errors (the first at line %1); fix them before editing").arg(r.cause->line);
    case EditRefusalCode::BadScopeName:
        return tr("\"%1\" cannot be a domain name (it is empty, or holds a quote or a line break)").arg(r.subject);
    case EditRefusalCode::BadRegex:
        //: %2 is PCRE2's own message, in English
        return tr("%1 is not a valid regular expression: %2 (at offset %3)")
            .arg(r.subject, r.regexError)
            .arg(r.regexOffset);
    case EditRefusalCode::BadEntry: return tr("The route entry \"%1\" is invalid").arg(r.subject);
    case EditRefusalCode::NotAScope: return tr("This is not a scope of the file");
    case EditRefusalCode::WouldChangeNeighbours:
        return tr("The edit would change how line %1 reads (an unclosed or typographic quote next to it?); fix that "
                  "line first")
            .arg(r.line);
    case EditRefusalCode::WouldNotParse:
        return tr("The result would not parse (line %1); nothing was changed").arg(r.line);
    case EditRefusalCode::WouldNotReadBack:
        return tr("The routes would not read back as given; nothing was changed");
    }
    return {};
}

QString DocumentText::ioErrorText(const IoError &e)
{
    // The system's reason (strerror) is in the system's language; the rest is ours.
    const QString name = e.path;
    switch (e.code) {
    case IoErrorCode::NotFound: return tr("%1 does not exist").arg(name);
    case IoErrorCode::AccessDenied: return tr("%1: permission denied").arg(name);
    case IoErrorCode::NotRegularFile: return tr("%1 is not a regular file (%2)").arg(name, e.reason);
    case IoErrorCode::TooLarge: return tr("%1 is too large to read (%2)").arg(name, e.reason);
    case IoErrorCode::HardLinked:
        return tr("%1 has other hard links; writing it would break them, so it is not written (%2)").arg(name, e.reason);
    case IoErrorCode::AttributesNotKept:
        return tr("%1 could not be written with its owner, group, mode and attributes kept (%2); nothing was written")
            .arg(name, e.reason);
    case IoErrorCode::NoSpace: return tr("%1: no space left on the device; nothing was written").arg(name);
    case IoErrorCode::Cancelled: return tr("Reading %1 was cancelled").arg(name);
    case IoErrorCode::Failed: return tr("%1: %2").arg(name, e.reason);
    }
    return {};
}

} // namespace rs::ui
