// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/gitrevision.h"
#include "routing/routemodel.h"

#include <QByteArray>
#include <QHash>

#include <atomic>
#include <memory>

namespace rs {

/// Where one side of an impact review comes from: plain data, so that a setup can be
/// copied to a worker thread and loaded there.
struct ConfigSource {
    enum class Kind : quint8 {
        File,         ///< `path` and its includes as they are on disk
        Texts,        ///< `text` as the file at `path`; includes from `overlay`, else disk
        GitRevision,  ///< `path` and its includes at `revision` of the repository holding `path`
        Built,        ///< a model already built (the editor's snapshot)
    };
    Kind kind = Kind::File;
    QString path;
    QByteArray text;
    /// Texts of other files of the tree by the path an include resolves to: an
    /// editor's unsaved edits of included files.
    QHash<QString, QByteArray> overlay;
    QString revision;
    /// Kind::Built: the model, which points into its ConfigSet: share the owner of
    /// both with the aliasing constructor, `std::shared_ptr<const RouteModel>(snapshot,
    /// &snapshot->model())`, so that a run keeps them alive.
    std::shared_ptr<const RouteModel> model;

    static ConfigSource file(const QString &path);
    static ConfigSource texts(const QString &path, const QByteArray &text, const QHash<QString, QByteArray> &overlay = {});
    static ConfigSource gitRevision(const QString &path, const QString &revision);
    static ConfigSource built(std::shared_ptr<const RouteModel> model);
};

/// Why a side could not be loaded.
struct SourceError {
    enum class Code : quint8 {
        Io,         ///< the opened file could not be read (`io`)
        Git,        ///< the repository or revision could not be opened (`git`)
        Cancelled,
    };
    Code code = Code::Io;
    IoError io;
    GitError git;
};

/// Reads a side and builds its routing model. The model's ConfigSet is
/// `model->config()`; both live as long as the returned pointer. Syntax and include
/// errors do not fail a load: they are in `config().diagnostics()`. Only the main
/// file that cannot be read (or is not in the revision) does.
Result<std::shared_ptr<const RouteModel>, SourceError> loadConfigSource(const ConfigSource &source,
                                                                        const std::atomic_bool *cancel = nullptr);

/// Both sides at once, each on its own thread (parsing a file is one thread's work).
struct LoadedSides {
    Result<std::shared_ptr<const RouteModel>, SourceError> before;
    Result<std::shared_ptr<const RouteModel>, SourceError> after;
};
LoadedSides loadConfigSources(const ConfigSource &before, const ConfigSource &after,
                              const std::atomic_bool *cancel = nullptr);

} // namespace rs
