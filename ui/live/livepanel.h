#pragma once

#include "routing/explanation.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace rs {
class Explainer;
class MailLookup;
} // namespace rs

namespace rs::ui {

class Document;
class LiveCandidateModel;
class TierView;

/// The live panel: resolves the selected (or typed) recipient domain as the user
/// edits, through an offline zone or DNS, and shows the candidates as preference
/// tiers, a what-if simulation that can be stepped through, and an explanation.
/// Resolution is debounced, a new one cancels the one in flight, and nothing
/// waits on the GUI thread.
class LivePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePanel)

public:
    enum class Source : quint8 { Zone, Dns };

    explicit LivePanel(Document *document, QWidget *parent = nullptr);
    ~LivePanel() override;

    /// Follows the scope selected in the window: an exact Domain scope names the
    /// domain; for the global, regex and other scopes the user types one.
    void setScope(int scope);
    QString domain() const;
    void setDomain(const QString &domain);

    Source source() const { return m_source; }
    void setSource(Source source);
    /// Session overrides from the command line (--zone, --dns); each switches the source.
    void setZoneFile(const QString &path);
    void setDnsServer(const QString &server);
    /// Re-reads the zone file, server and timeout from the settings.
    void reloadSettings();

    /// Resolves now instead of after the typing pause.
    void resolveNow();
    bool isResolving() const;
    /// The explanation shown (after the what-if settings), if any.
    const std::optional<Explanation> &explanation() const { return m_explanation; }
    /// Number of explanations shown since construction (tests count stale answers).
    int explanationsShown() const { return m_shown; }
    QString statusText() const;

    // What-if.
    const WhatIf &whatIf() const { return m_whatIf; }
    void setConnections(int connections);
    void setHostDown(const QString &host, bool down);
    void setHostLimit(const QString &host, std::optional<int> limit);
    void resetWhatIf();
    /// Shows the state after `step` connections (0..N); -1 shows all of them.
    void setStep(int step);
    int step() const { return m_step; }
    /// Candidate index the next connection goes to, as marked in the view.
    int nextCandidate() const { return m_next; }

    QLineEdit *domainEdit() const { return m_domain; }
    QComboBox *sourceBox() const { return m_sourceBox; }
    TierView *tierView() const { return m_tiers; }
    QTableView *tableView() const { return m_table; }
    LiveCandidateModel *candidateModel() const { return m_model; }
    QTextBrowser *explainView() const { return m_explain; }
    QProgressBar *progressBar() const { return m_progress; }
    QSpinBox *connectionsBox() const { return m_connections; }
    QPushButton *nextStepButton() const { return m_stepNext; }
    QLabel *stepText() const { return m_stepWhy; }

signals:
    /// A new explanation (or a what-if re-run of it) is on screen.
    void explanationShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    void schedule();
    bool ensureLookup();
    void dropLookup();
    void onProgress(int done, int total);
    void onFinished(const Explanation &ex);
    void applyWhatIf();
    void display(const Explanation &ex, const std::optional<Explanation> &before);
    void refresh();
    void updateHostControls();
    void onCardActivated(int candidate);
    QString currentHost() const;
    void setStatus(const QString &text);

    Document *m_document;
    int m_scope = -1;
    QString m_typed;  ///< what the user typed for scopes that name no single domain
    Source m_source = Source::Dns;
    std::optional<QString> m_zoneOverride;
    std::optional<QString> m_dnsOverride;
    QString m_zoneFile;
    QString m_dnsServer;
    int m_timeoutMs = 2000;

    QLineEdit *m_domain = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QPushButton *m_refresh = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_connections = nullptr;
    QComboBox *m_host = nullptr;
    QCheckBox *m_hostDown = nullptr;
    QCheckBox *m_limitOverride = nullptr;
    QSpinBox *m_limit = nullptr;
    QPushButton *m_resetWhatIf = nullptr;
    QPushButton *m_stepFirst = nullptr;
    QPushButton *m_stepBack = nullptr;
    QPushButton *m_stepNext = nullptr;
    QPushButton *m_stepAll = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_stepWhy = nullptr;
    QTabWidget *m_tabs = nullptr;
    TierView *m_tiers = nullptr;
    QScrollArea *m_tierScroll = nullptr;
    QTableView *m_table = nullptr;
    LiveCandidateModel *m_model = nullptr;
    QTextBrowser *m_explain = nullptr;
    QTimer m_debounce;

    // The explainer refers to the lookup: declared after it, destroyed before it.
    std::unique_ptr<MailLookup> m_lookup;
    std::unique_ptr<Explainer> m_explainer;
    QString m_lookupError;

    WhatIf m_whatIf;
    std::optional<Explanation> m_explanation;
    QStringList m_changes;
    bool m_comparable = false;
    QString m_resolvedDomain;
    int m_step = -1;
    int m_next = -1;
    bool m_dirty = false;
    int m_shown = 0;
};

} // namespace rs::ui
