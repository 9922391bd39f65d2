// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documenttext.h"

#include "editor/diagnostictext.h"

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
    case EditRefusalCode::BadEntry:
        if (r.cause)
            //: %1 a route entry, %2 what is wrong with it
            return tr("The route entry \"%1\" is invalid: %2").arg(r.subject, DiagnosticText::text(*r.cause));
        return tr("The route entry \"%1\" is invalid").arg(r.subject);
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

namespace {

QString fileTypeText(FileType type)
{
    switch (type) {
    case FileType::Directory: return DocumentText::tr("a directory");
    case FileType::Fifo: return DocumentText::tr("a FIFO (named pipe)");
    case FileType::CharacterDevice: return DocumentText::tr("a character device");
    case FileType::BlockDevice: return DocumentText::tr("a block device");
    case FileType::Socket: return DocumentText::tr("a socket");
    case FileType::SymbolicLink: return DocumentText::tr("a symbolic link");
    case FileType::Unknown:
    case FileType::Other: break;
    }
    return {};
}

} // namespace

QString DocumentText::ioErrorText(const IoError &e)
{
    // Worded by code: IoError::what and ::reason are the CLI's English. Only the
    // system's own words (strerror, in the system's language) are shown as they are.
    const QString name = e.path;
    const QString system = e.sysErrno != 0 ? errnoText(e.sysErrno) : QString();
    switch (e.code) {
    case IoErrorCode::NotFound: return tr("%1 does not exist").arg(name);
    case IoErrorCode::AccessDenied: return tr("%1: permission denied").arg(name);
    case IoErrorCode::NotRegularFile:
        if (const QString type = fileTypeText(e.fileType); !type.isEmpty())
            //: %2: "a directory", "a FIFO (named pipe)", "a character device"...
            return tr("%1 is %2, not a regular file").arg(name, type);
        return tr("%1 is not a regular file").arg(name);
    case IoErrorCode::TooLarge: return tr("%1 is too large to read").arg(name);
    case IoErrorCode::HardLinked:
        return tr("%1 has other hard links; writing it would break them, so it is not written (save a copy under "
                  "another name instead)")
            .arg(name);
    case IoErrorCode::AttributesNotKept:
        if (system.isEmpty())
            return tr("%1 could not be written with its owner, group, mode and attributes kept; nothing was written")
                .arg(name);
        //: %2: the operating system's reason
        return tr("%1 could not be written with its owner, group, mode and attributes kept (%2); nothing was written")
            .arg(name, system);
    case IoErrorCode::NoSpace: return tr("%1: no space left on the device; nothing was written").arg(name);
    case IoErrorCode::Cancelled: return tr("Reading %1 was cancelled").arg(name);
    case IoErrorCode::Failed:
        if (system.isEmpty())
            return tr("%1 could not be read or written").arg(name);
        //: %1: a file; %2: the operating system's reason
        return tr("%1: %2").arg(name, system);
    }
    return {};
}

} // namespace rs::ui
