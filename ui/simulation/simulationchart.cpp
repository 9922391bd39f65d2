// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulationchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSplitter>
#include <QStackedWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rs::ui {

namespace {

// Charts draw at most this many points per line: a week at 1-second steps would
// otherwise make 600,000 per host. Each point then stands for a bucket of steps,
// with the band widened to the bucket's extremes.
constexpr qsizetype maxPoints = 1200;

struct BandPoints {
    QList<QPointF> low, median, high;
};

BandPoints bandPoints(const QList<qint64> &times, const QList<Band> &bands, qreal unit)
{
    BandPoints out;
    const qsizetype n = std::min(times.size(), bands.size());
    const qsizetype bucket = std::max<qsizetype>(1, (n + maxPoints - 1) / maxPoints);
    for (qsizetype i = 0; i < n; i += bucket) {
        const qsizetype end = std::min(n, i + bucket);
        int low = bands.at(i).low, high = bands.at(i).high;
        for (qsizetype k = i + 1; k < end; ++k) {
            low = std::min(low, bands.at(k).low);
            high = std::max(high, bands.at(k).high);
        }
        const qreal x = qreal(times.at(i)) / unit;
        out.low << QPointF(x, low);
        out.median << QPointF(x, bands.at(i).median);
        out.high << QPointF(x, high);
    }
    return out;
}

QList<QPointF> linePoints(const QList<qint64> &times, const QList<int> &values, qreal unit)
{
    QList<QPointF> out;
    const qsizetype n = std::min(times.size(), values.size());
    const qsizetype bucket = std::max<qsizetype>(1, (n + maxPoints - 1) / maxPoints);
    for (qsizetype i = 0; i < n; i += bucket)
        out << QPointF(qreal(times.at(i)) / unit, values.at(i));
    return out;
}

int bandMax(const QList<Band> &bands)
{
    int m = 0;
    for (const Band &b : bands)
        m = std::max(m, b.high);
    return m;
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis *newAxis(QChart *chart, Qt::Alignment where)
{
    auto *axis = new QValueAxis;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    chart->addAxis(axis, where);
    return axis;
}

// 0 to at least `top` in ticks of 1, 2 or 5 times a power of ten, at most
// `intervals` of them: whole numbers for counts, round ones for time.
void setNiceRange(QValueAxis *axis, qreal top, int intervals)
{
    top = std::max<qreal>(top, 1);
    qreal step = 1;
    for (qreal base = 1; top > step * intervals; base *= 10) {
        for (const int m : {1, 2, 5}) {
            step = base * m;
            if (top <= step * intervals)
                break;
        }
    }
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top / step - 1e-9) * step);
    axis->setLabelFormat(step >= 1 ? QStringLiteral("%d") : QStringLiteral("%g"));
}

} // namespace

SimulationChart::SimulationChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_hostChart(newChart())
    , m_queueChart(newChart())
{
    setObjectName(QStringLiteral("simulationChart"));
    m_hostX = newAxis(m_hostChart, Qt::AlignBottom);
    m_hostY = newAxis(m_hostChart, Qt::AlignLeft);
    m_queueX = newAxis(m_queueChart, Qt::AlignBottom);
    m_queueY = newAxis(m_queueChart, Qt::AlignLeft);
    m_hostView = new QChartView(m_hostChart);
    m_hostView->setObjectName(QStringLiteral("simulationHostChart"));
    m_hostView->setRenderHint(QPainter::Antialiasing);
    m_hostView->setAccessibleName(tr("Chart of each host over time"));
    m_hostView->setMinimumSize(260, 160);
    m_queueView = new QChartView(m_queueChart);
    m_queueView->setObjectName(QStringLiteral("simulationQueueChart"));
    m_queueView->setRenderHint(QPainter::Antialiasing);
    m_queueView->setAccessibleName(tr("Chart of the queue over time"));
    m_queueView->setMinimumSize(180, 160);
    m_queueChart->legend()->hide();  // one line, named by the title

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_hostView);
    splitter->addWidget(m_queueView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_message->setObjectName(QStringLiteral("simulationMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("simulationCaption"));
    m_caption->setWordWrap(true);
    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(splitter, 1);
    chartsLayout->addWidget(m_caption);
    m_stack->addWidget(m_message);
    m_stack->addWidget(charts);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    applyPalette();
}

SimulationChart::~SimulationChart() = default;

void SimulationChart::setResult(const TimeSimResult &result, const QList<Outage> &outages)
{
    m_result = result;
    m_outages = outages;
    m_cursor = std::clamp(m_cursor, 0, std::max(0, int(result.stepCount()) - 1));
    rebuild();
    m_stack->setCurrentIndex(1);
}

void SimulationChart::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
}

bool SimulationChart::showsChart() const
{
    return m_stack->currentIndex() == 1;
}

void SimulationChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

qreal SimulationChart::timeUnit() const
{
    const qint64 span = m_result.times.isEmpty() ? 0 : m_result.times.last() + m_result.step;
    return span > 6 * 3600 ? 3600.0 : span > 300 ? 60.0 : 1.0;
}

QString SimulationChart::timeAxisTitle() const
{
    const qreal unit = timeUnit();
    return unit >= 3600 ? tr("Hours") : unit >= 60 ? tr("Minutes") : tr("Seconds");
}

QColor SimulationChart::hostColor(int index) const
{
    // Okabe-Ito colours (told apart with colour-blindness too), lightened on dark palettes.
    static const QList<QColor> colours{QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                       QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                       QColor(0x88, 0x44, 0x00), QColor(0x44, 0x44, 0x99)};
    const QColor c = colours.at(index % colours.size());
    return isDark(palette()) ? c.lighter(150) : c;
}

void SimulationChart::hideFromLegend(QChart *chart, QObject *series)
{
    for (QLegendMarker *m : chart->legend()->markers(qobject_cast<QAbstractSeries *>(series)))
        m->setVisible(false);
}

void SimulationChart::rebuild()
{
    m_hostChart->removeAllSeries();
    m_queueChart->removeAllSeries();
    m_hostCursor = m_queueCursor = nullptr;
    m_shaded = 0;
    const qreal unit = timeUnit();
    const qreal span = m_result.times.isEmpty() ? 1 : qreal(m_result.times.last() + m_result.step) / unit;
    const bool connections = m_measure == Measure::Connections;
    m_hostChart->setTitle(connections ? tr("Connections per host") : tr("Delivered per host and step"));
    m_queueChart->setTitle(tr("Queue"));
    m_caption->setText(
        (connections ? tr("Lines: median of %n run(s); bands: 10-90 % of the runs; dashed: the expected spread "
                          "(fewest connections); grey: a host down.", nullptr, int(m_result.runs.size()))
                     : tr("Messages delivered in each step of %1 s. Lines: median of %n run(s); bands: 10-90 % of "
                          "the runs; grey: a host down.", nullptr, int(m_result.runs.size()))
                           .arg(m_result.step)));

    int top = 1;
    for (int i = 0; i < m_result.hosts.size(); ++i) {
        const HostTimeline &h = m_result.hosts.at(i);
        const QList<Band> &bands = connections ? h.connections : h.delivered;
        top = std::max(top, bandMax(bands));
        if (connections)
            top = std::max(top, h.expected.isEmpty() ? 0 : *std::max_element(h.expected.cbegin(), h.expected.cend()));
    }
    setNiceRange(m_hostY, top, 6);
    setNiceRange(m_hostX, span, 8);
    m_hostX->setRange(0, span);
    m_hostX->setTitleText(timeAxisTitle());
    m_hostY->setTitleText(connections ? tr("Connections") : tr("Messages"));
    addOutages(m_hostChart, m_hostX, m_hostY, m_hostY->max());

    for (int i = 0; i < m_result.hosts.size(); ++i) {
        const HostTimeline &h = m_result.hosts.at(i);
        const QColor colour = hostColor(i);
        const BandPoints points = bandPoints(m_result.times, connections ? h.connections : h.delivered, unit);
        if (m_result.runs.size() > 1) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            upper->replace(points.high);
            lower->replace(points.low);
            auto *band = new QAreaSeries(upper, lower);
            upper->setParent(band);
            lower->setParent(band);
            QColor fill = colour;
            fill.setAlpha(55);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            band->setName(tr("%1 (10-90 %)").arg(h.host));
            m_hostChart->addSeries(band);
            band->attachAxis(m_hostX);
            band->attachAxis(m_hostY);
            hideFromLegend(m_hostChart, band);
        }
        if (connections) {
            auto *expected = new QLineSeries;
            expected->replace(linePoints(m_result.times, h.expected, unit));
            expected->setPen(QPen(colour, 1.2, Qt::DashLine));
            expected->setName(tr("%1 (expected)").arg(h.host));
            m_hostChart->addSeries(expected);
            expected->attachAxis(m_hostX);
            expected->attachAxis(m_hostY);
            hideFromLegend(m_hostChart, expected);
        }
        auto *median = new QLineSeries;
        median->setObjectName(QStringLiteral("host:") + h.host);
        median->replace(points.median);
        median->setPen(QPen(colour, 2));
        median->setName(h.host);
        m_hostChart->addSeries(median);
        median->attachAxis(m_hostX);
        median->attachAxis(m_hostY);
    }

    setNiceRange(m_queueY, bandMax(m_result.queue), 6);
    setNiceRange(m_queueX, span, 5);
    m_queueX->setRange(0, span);
    m_queueX->setTitleText(timeAxisTitle());
    m_queueY->setTitleText(tr("Messages"));
    addOutages(m_queueChart, m_queueX, m_queueY, m_queueY->max());
    const QColor queueColour = isDark(palette()) ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x33, 0x33, 0x33);
    const BandPoints queue = bandPoints(m_result.times, m_result.queue, unit);
    if (m_result.runs.size() > 1) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->replace(queue.high);
        lower->replace(queue.low);
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        QColor fill = queueColour;
        fill.setAlpha(50);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        m_queueChart->addSeries(band);
        band->attachAxis(m_queueX);
        band->attachAxis(m_queueY);
        hideFromLegend(m_queueChart, band);
    }
    auto *median = new QLineSeries;
    median->setObjectName(QStringLiteral("queue"));
    median->replace(queue.median);
    median->setPen(QPen(queueColour, 2));
    median->setName(tr("queued"));
    m_queueChart->addSeries(median);
    median->attachAxis(m_queueX);
    median->attachAxis(m_queueY);

    m_hostCursor = addCursor(m_hostChart, m_hostX, m_hostY);
    m_queueCursor = addCursor(m_queueChart, m_queueX, m_queueY);
    applyPalette();
    setCursorStep(m_cursor);
}

void SimulationChart::addOutages(QChart *chart, QValueAxis *x, QValueAxis *y, qreal top)
{
    const qreal unit = timeUnit();
    const qint64 end = m_result.times.isEmpty() ? 0 : m_result.times.last() + m_result.step;
    QColor shade = palette().color(QPalette::Text);
    shade.setAlpha(isDark(palette()) ? 45 : 30);
    for (const Outage &o : std::as_const(m_outages)) {
        if (o.start >= end)
            continue;
        auto *upper = new QLineSeries;
        const qreal from = qreal(o.start) / unit, to = qreal(std::min(o.end, end)) / unit;
        upper->append(from, top);
        upper->append(to, top);
        auto *lower = new QLineSeries;
        lower->append(from, 0);
        lower->append(to, 0);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setObjectName(QStringLiteral("outage"));
        area->setBrush(shade);
        area->setPen(Qt::NoPen);
        //: legend of a shaded time window in which a host is down
        area->setName(tr("%1 down").arg(o.host));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        // The caption says what grey means; the legend keeps to the hosts.
        hideFromLegend(chart, area);
        if (chart == m_hostChart)
            ++m_shaded;
    }
}

QLineSeries *SimulationChart::addCursor(QChart *chart, QValueAxis *x, QValueAxis *y)
{
    auto *cursor = new QLineSeries;
    cursor->setObjectName(QStringLiteral("cursor"));
    cursor->setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    chart->addSeries(cursor);
    cursor->attachAxis(x);
    cursor->attachAxis(y);
    hideFromLegend(chart, cursor);
    return cursor;
}

void SimulationChart::placeCursor(QLineSeries *cursor, QValueAxis *y)
{
    if (!cursor)
        return;
    if (m_result.times.isEmpty()) {
        cursor->clear();
        return;
    }
    const qreal x = qreal(m_result.times.at(m_cursor)) / timeUnit();
    cursor->replace({QPointF(x, 0), QPointF(x, y->max())});
}

void SimulationChart::setCursorStep(int step)
{
    m_cursor = std::clamp(step, 0, std::max(0, int(m_result.stepCount()) - 1));
    placeCursor(m_hostCursor, m_hostY);
    placeCursor(m_queueCursor, m_queueY);
}

QStringList SimulationChart::hostSeriesNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_hostChart->series()) {
        if (s->objectName().startsWith(u"host:"))
            names << s->name();
    }
    return names;
}

void SimulationChart::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    for (QChart *chart : {m_hostChart, m_queueChart}) {
        chart->setBackgroundBrush(p.color(QPalette::Base));
        chart->setBackgroundPen(Qt::NoPen);
        chart->setTitleBrush(text);
        QFont title = font();
        title.setBold(true);
        chart->setTitleFont(title);
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(font());
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setLabelsFont(font());
            axis->setTitleBrush(text);
            axis->setTitleFont(font());
            axis->setGridLineColor(grid);
            axis->setLinePenColor(grid);
        }
    }
    m_hostView->setBackgroundBrush(p.color(QPalette::Base));
    m_queueView->setBackgroundBrush(p.color(QPalette::Base));
}

void SimulationChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        // Series colours depend on the palette too (lighter on dark ones).
        if (showsChart())
            rebuild();
        else
            applyPalette();
    }
}

} // namespace rs::ui
