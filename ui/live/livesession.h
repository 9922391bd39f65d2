// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/dnslookup.h"
#include "routing/explanation.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace rs {
class Explainer;
class MailLookup;
} // namespace rs

namespace rs::ui {

class Document;

/// What the live panel shows, without a widget: which recipient domain and binding
/// are resolved, through which source (offline zone or DNS), the explanation, the
/// what-if settings and the step through the simulated connections. It resolves as
/// the document changes (debounced; a new resolution cancels the one in flight, so a
/// stale answer is never shown) and only while it is active (the panel is visible).
class LiveSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSession)

public:
    enum class Source : quint8 { Zone, Dns };
    /// Why there is no explanation.
    enum class Idle : quint8 { None, NoDocument, NoDomain, LookupUnavailable };

    /// A binding mail can be sent through, for the binding selector.
    struct BindingOption {
        QString name;
        QString group;  ///< null for a top-level binding
    };

    /// The simulation as it stands after the shown step.
    struct StepState {
        QList<int> counts;   ///< connections per candidate
        int next = -1;       ///< the candidate the next connection goes to, -1: it waits
        int stepped = -1;    ///< the candidate of the step shown, -1 for none
        int waiting = 0;     ///< connections waiting so far
        int lastWaiting = -1;  ///< index of the last step that waited, -1 for none
    };

    explicit LiveSession(Document *document, QObject *parent = nullptr);
    ~LiveSession() override;

    /// Follows the scope selected in the window: an exact Domain stanza names the
    /// domain, a stanza inside a binding the binding; for other scopes the domain
    /// the user typed for them is resolved.
    void setScope(int scope);
    int scope() const { return m_scope; }
    void setDomain(const QString &domain);
    QString domain() const { return m_domain; }
    /// The binding mail is sent through; empty for none.
    void setBinding(const QString &binding);
    QString binding() const { return m_binding; }
    /// Every binding of the configuration, in declaration order (grouped ones after
    /// their group's name).
    QList<BindingOption> bindings() const;

    Source source() const { return m_source; }
    void setSource(Source source);
    void setZoneFile(const QString &path);
    /// Several zone files answer together (a lesson's zones); empty: none set.
    void setZoneFiles(const QStringList &paths);
    void setDnsServer(const QString &server);
    void setTimeoutMs(int ms);
    /// Forgets cached answers: the next resolution asks again.
    void dropAnswers();
    /// Where answers come from as set (zone files or DNS servers): what other views
    /// that resolve (Review Changes, the host view) use too. None: no zone file set.
    std::optional<LookupOptions> lookupOptions() const;
    /// The zone files or DNS servers asked; none before the first lookup.
    std::optional<LookupSource> through() const;

    /// Resolves only while active; a change while inactive is resolved on activation.
    void setActive(bool active);
    void schedule();
    void resolveNow();
    bool isResolving() const;
    Idle idle() const { return m_idle; }
    /// Why the zone file or the DNS resolver cannot be used (Idle::LookupUnavailable);
    /// empty when no zone file is set.
    const LookupSetupProblems &lookupProblems() const { return m_lookupProblems; }

    const std::optional<Explanation> &explanation() const { return m_explanation; }
    /// The explanation before the last change of the same domain and binding (an
    /// edit, a what-if), to show what changed; none for a first answer.
    const std::optional<Explanation> &previous() const { return m_previous; }
    int explanationsShown() const { return m_shown; }
    /// False when the selected scope is not the one whose Routes or Gateway decides
    /// (asked of the scope resolver on the current text).
    bool selectedScopeDecides() const;

    const WhatIf &whatIf() const { return m_whatIf; }
    void setConnections(int connections);
    void setHostDown(const QString &host, bool down);
    void setHostLimit(const QString &host, std::optional<int> limit);
    void resetWhatIf();

    /// Shows the state after `step` connections (0..N); -1 shows all of them.
    void setStep(int step);
    int step() const { return m_step; }
    int stepCount() const;
    StepState stepState() const;

signals:
    void resolutionStarted(const QString &domain, const rs::LookupSource &through);
    void progress(int done, int total);
    /// The explanation, the what-if or the step changed (or there is none any more).
    void updated();
    /// The source of answers changed (zone files, DNS server, timeout): see lookupOptions().
    void sourceChanged();

private:
    bool ensureLookup();
    void dropLookup();
    void onFinished(const Explanation &ex);
    void show(const Explanation &ex, const std::optional<Explanation> &before);
    void applyWhatIf();
    void clear(Idle why);

    Document *m_document;
    int m_scope = -1;
    QString m_domain;
    QString m_typed;  ///< what the user typed while a scope that names no domain was selected
    QString m_binding;
    Source m_source = Source::Dns;
    QStringList m_zoneFiles;
    QString m_dnsServer;
    int m_timeoutMs = 2000;
    bool m_active = false;
    bool m_dirty = false;
    QTimer m_debounce;

    // The explainer refers to the lookup: declared after it, destroyed before it.
    std::unique_ptr<MailLookup> m_lookup;
    std::unique_ptr<Explainer> m_explainer;
    LookupSetupProblems m_lookupProblems;
    Idle m_idle = Idle::NoDomain;

    WhatIf m_whatIf;
    std::optional<Explanation> m_explanation;
    std::optional<Explanation> m_previous;
    QString m_resolvedKey;  ///< domain and binding of the explanation shown
    int m_step = -1;
    int m_shown = 0;
};

} // namespace rs::ui
