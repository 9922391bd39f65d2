// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/impact.h"

#include <QObject>
#include <QHash>
#include <QTimer>

#include <memory>
#include <optional>

namespace rs {
class ImpactRunner;
} // namespace rs

namespace rs::ui {

class ConfigSnapshot;
class Document;
class LiveSession;

/// The comparison behind Review Changes, without a widget: the document as edited
/// against its files as read or last saved, over every domain of both (and through
/// every binding), with the live panel's source of answers. It reruns as the user
/// edits (debounced; a new run cancels the stale one), and only while something
/// wants it: a visible view, the save dialog. The host view reads the same result.
class ReviewSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSession)

public:
    /// Why there is no current comparison.
    enum class Idle : quint8 {
        None,               ///< a result is current, or a run is on its way
        NoDocument,
        NoLookup,           ///< the live panel has no zone file set (see LiveSession::lookupOptions())
    };

    ReviewSession(Document *document, LiveSession *live, QObject *parent = nullptr);
    ~ReviewSession() override;

    Document *document() const { return m_document; }
    /// Runs while at least one `who` wants it; a result stays until the next run.
    /// With `hostUsage`, every domain is resolved and simulated, also those the edit
    /// cannot change (the host view adds them up); without, those are only counted.
    void setWanted(const QObject *who, bool wanted, bool hostUsage = false);
    bool isWanted() const { return !m_wanted.isEmpty(); }

    /// Compares now (no debounce) unless the result is current or a run for the
    /// document as it is is in flight: the save dialog.
    void runNow();
    /// A run is scheduled or in flight.
    bool isRunning() const;
    /// The result is of the document as it is now, with the current source of answers.
    bool isCurrent() const;
    Idle idle() const;
    /// The last finished comparison (may be stale: see isCurrent()); null before one.
    const std::shared_ptr<const ImpactResult> &result() const { return m_result; }
    /// The comparison's setup for the document as it is now (the host view's what-if
    /// starts from it); none while idle.
    std::optional<ImpactSetup> setupNow() const;
    /// The document as edited, as a source both sides of a what-if can share.
    std::optional<ConfigSource> editedSource() const;

    /// Debounce of edits, in milliseconds.
    static constexpr int kDebounceMs = 250;
    /// Bindings are compared when domains x (1 + bindings) stays below this.
    static constexpr qint64 kMaxUnits = 1'000'000;

signals:
    void started();
    void progress(const rs::ImpactProgress &progress);
    /// A run ended (result() is new) or the session went idle (result() may be stale).
    void updated();

private:
    void schedule();
    void start();
    void onDocumentChanged();
    void onFinished(std::shared_ptr<const ImpactResult> result);

    Document *m_document;
    LiveSession *m_live;
    ImpactRunner *m_runner;
    QTimer m_debounce;
    QHash<const QObject *, bool> m_wanted;  ///< who, and whether it needs every domain's hosts
    bool needsHostUsage() const;
    /// The document as read or last saved, while the text it was built from is
    /// what is on disk; null when unknown (then the saved bytes are parsed again).
    std::shared_ptr<const ConfigSnapshot> m_baseline;
    std::shared_ptr<const ImpactResult> m_result;
    // What the result (and the run in flight) compared: the snapshot and the source generation.
    std::shared_ptr<const ConfigSnapshot> m_resultFor;
    std::shared_ptr<const ConfigSnapshot> m_runFor;
    int m_resultSource = -1;
    int m_runSource = -1;
    int m_source = 0;  ///< counts changes of the live panel's source of answers
};

} // namespace rs::ui
