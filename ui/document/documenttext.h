// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QCoreApplication>

namespace rs::ui {

/// The editor's words for what the document and the core report as facts: why an
/// edit is refused, why a file cannot be read or written.
class DocumentText final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentText)

public:
    static QString blockText(const EditBlock &block);
    static QString refusalText(const EditRefusal &refusal);
    static QString ioErrorText(const IoError &error);
};

} // namespace rs::ui
