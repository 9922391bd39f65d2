// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/timesim.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QValueAxis;

namespace rs::ui {

/// The simulation over time as two charts side by side: per host the connections
/// open (or the messages delivered) in each step, and the domain's queue. Lines are
/// the median of the runs, the shaded band around each the 10-90 % range, dashed
/// lines the expected (fewest-connections) spread; outage windows are shaded grey.
/// A vertical line marks the step being looked at (play, pause, step).
class SimulationChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulationChart)

public:
    enum class Measure : quint8 { Connections, Delivered };

    explicit SimulationChart(QWidget *parent = nullptr);
    ~SimulationChart() override;

    void setResult(const TimeSimResult &result, const QList<Outage> &outages);
    /// Shows a message instead of the charts (no domain, a bad input).
    void showMessage(const QString &text);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    /// Moves the time marker to step `step` of the result.
    void setCursorStep(int step);

    QChart *hostChart() const { return m_hostChart; }
    QChart *queueChart() const { return m_queueChart; }
    /// The median line of each host, named by host (tests, accessibility).
    QStringList hostSeriesNames() const;
    /// The outage windows shaded in the host chart.
    int shadedWindowCount() const { return m_shaded; }
    bool showsChart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void addOutages(QChart *chart, QValueAxis *x, QValueAxis *y, qreal top);
    QLineSeries *addCursor(QChart *chart, QValueAxis *x, QValueAxis *y);
    void placeCursor(QLineSeries *cursor, QValueAxis *y);
    void hideFromLegend(QChart *chart, QObject *series);
    QColor hostColor(int index) const;
    /// Seconds per unit of the time axis: 1, 60 or 3600, by the duration.
    qreal timeUnit() const;
    QString timeAxisTitle() const;

    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_caption = nullptr;
    QChartView *m_hostView;
    QChartView *m_queueView;
    QChart *m_hostChart;
    QChart *m_queueChart;
    QValueAxis *m_hostX;
    QValueAxis *m_hostY;
    QValueAxis *m_queueX;
    QValueAxis *m_queueY;
    QLineSeries *m_hostCursor = nullptr;
    QLineSeries *m_queueCursor = nullptr;

    TimeSimResult m_result;
    QList<Outage> m_outages;
    Measure m_measure = Measure::Connections;
    int m_cursor = 0;
    int m_shaded = 0;
};

} // namespace rs::ui
