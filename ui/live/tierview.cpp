// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/tierview.h"

#include "live/livetext.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

namespace rs::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int cardWidth = 230;
constexpr int maxCardWidth = 340;
constexpr int padding = 8;
constexpr int barHeight = 8;
constexpr int maxAddresses = 4;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

HostCard::HostCard(int candidate, QWidget *parent)
    : QWidget(parent)
    , m_candidate(candidate)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setAutoFillBackground(false);
}

void HostCard::setContent(const Content &content)
{
    m_content = content;
    const Candidate &c = content.candidate;
    setObjectName(QStringLiteral("hostCard"));
    setAccessibleName(c.host);
    QStringList description = lines();
    description.prepend(tr("preference %1").arg(c.pref));
    setAccessibleDescription(description.join(u"; "));
    QString tip = tr("<b>%1</b><br>Preference %2: %3<br>%4<br>%5<br>%6<br>%7")
                      .arg(c.host.toHtmlEscaped())
                      .arg(c.pref)
                      .arg(content.prefReason.toHtmlEscaped())
                      .arg(LiveText::lookupText(c).toHtmlEscaped(), content.portReason.toHtmlEscaped(),
                           LiveText::limitReason(c).toHtmlEscaped(), LiveText::ttlText(c).toHtmlEscaped());
    if (c.state != CandidateState::Usable)
        tip += u"<br>"_s + LiveText::stateText(c).toHtmlEscaped();
    if (c.state != CandidateState::Unresolved) {
        tip += u"<br><i>"_s
            + (c.state == CandidateState::Down ? tr("Click or press Space to bring it back up.")
                                               : tr("Click or press Space to mark it down."))
            + u' ' + tr("Right-click for every domain that routes to it.")
            + u"</i>"_s;
    }
    setToolTip(tip);
    updateGeometry();
    update();
}

QStringList HostCard::lines() const
{
    const Candidate &c = m_content.candidate;
    QStringList out;
    // An IP literal is its own address: no second line for it.
    if (c.addresses != QStringList{c.host}) {
        const int shown = std::min(int(c.addresses.size()), maxAddresses);
        for (int i = 0; i < shown; ++i)
            out << c.addresses.at(i);
        if (c.addresses.size() > shown)
            out << tr("+%n more address(es)", nullptr, int(c.addresses.size()) - shown);
        if (c.addresses.isEmpty())
            out << tr("no addresses");
    }
    out << tr("port %1 \u00b7 %2").arg(c.port).arg(LiveText::ttlShort(c));
    out << tr("limit %1 \u00b7 %2").arg(LiveText::limitText(c.limit), m_content.provenance);
    if (c.state != CandidateState::Usable)
        out << LiveText::stateText(c);
    out << tr("%n connection(s)", nullptr, m_content.connections);
    return out;
}

QSize HostCard::sizeHint() const
{
    const QFontMetrics fm(font());
    // Name line, the text lines, the bar.
    const QStringList texts = lines();
    const int n = int(texts.size()) + 1;
    // Wide enough for the name and the badge, within reason; longer text elides.
    QFont bold = font();
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(m_content.candidate.host + u"   " + tr("\u25b6 next"));
    for (const QString &t : texts)
        width = std::max(width, fm.horizontalAdvance(t));
    // A few pixels of slack: advances are rounded, and a text 0.5 px too wide elides.
    width = std::clamp(width + 2 * padding + 6, cardWidth, maxCardWidth);
    return {width, 2 * padding + n * fm.height() + barHeight + 4};
}

void HostCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const Candidate &c = m_content.candidate;
    const bool unresolved = c.state == CandidateState::Unresolved;
    const bool down = c.state == CandidateState::Down;
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor text = unresolved ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text);
    QColor background = unresolved ? pal.color(QPalette::Window) : pal.color(QPalette::Base);
    if (m_content.stepped)
        background = mix(background, highlight, 0.25);

    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    p.setBrush(background);
    QPen border(m_content.next ? highlight : pal.color(QPalette::Mid), m_content.next ? 3 : 1);
    if (unresolved)
        border.setStyle(Qt::DashLine);
    p.setPen(border);
    p.drawRoundedRect(box, 5, 5);
    if (down) {
        // Hatched: a host marked down stays readable but is clearly out.
        p.setBrush(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(box, 5, 5);
    }

    const QFontMetrics fm(font());
    const int x = padding;
    const int w = width() - 2 * padding;
    int y = padding;
    QFont bold = font();
    bold.setBold(true);
    bold.setStrikeOut(down);
    p.setFont(bold);
    p.setPen(text);
    QString badge;
    if (m_content.next)
        badge = tr("\u25b6 next");
    else if (down)
        badge = tr("down");
    const int badgeWidth = badge.isEmpty() ? 0 : QFontMetrics(bold).horizontalAdvance(badge) + 6;
    p.drawText(QRect(x, y, w - badgeWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(c.host, Qt::ElideMiddle, w - badgeWidth));
    if (!badge.isEmpty()) {
        QFont badgeFont = bold;
        badgeFont.setStrikeOut(false);
        p.setFont(badgeFont);
        p.setPen(m_content.next ? highlight : text);
        p.drawText(QRect(x, y, w, fm.height()), Qt::AlignRight | Qt::AlignVCenter, badge);
    }
    y += fm.height();

    p.setFont(font());
    p.setPen(text);
    const QStringList texts = lines();
    for (int i = 0; i < texts.size() - 1; ++i) {
        p.drawText(QRect(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(texts.at(i), Qt::ElideRight, w));
        y += fm.height();
    }
    // The connection bar, scaled to the busiest host, then its count.
    y += 2;
    const QRectF track(x, y, w, barHeight);
    p.setPen(Qt::NoPen);
    p.setBrush(mix(pal.color(QPalette::Base), pal.color(QPalette::Mid), 0.5));
    p.drawRoundedRect(track, 3, 3);
    if (m_content.connections > 0) {
        const qreal share = std::min(1.0, qreal(m_content.connections) / std::max(1, m_content.scale));
        p.setBrush(highlight);
        p.drawRoundedRect(QRectF(track.x(), track.y(), std::max(4.0, track.width() * share), track.height()), 3, 3);
    }
    y += barHeight + 2;
    p.setPen(text);
    p.drawText(QRect(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, texts.constLast());

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(4, 4, -4, -4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void HostCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit activated(m_candidate);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void HostCard::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept();
    emit usageRequested(m_candidate);
}

void HostCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit activated(m_candidate);
        return;
    }
    QWidget::keyPressEvent(event);
}

TierView::TierView(QWidget *parent)
    : QWidget(parent)
    , m_columns(new QHBoxLayout)
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addLayout(m_columns);
    layout->addStretch(1);
    m_columns->setSpacing(12);
    m_columns->addStretch(1);
}

int TierView::widthForColumns(int columns) const
{
    // A box as wide as its usual longest line needs, as HostCard::sizeHint measures it.
    const QString usual = HostCard::tr("limit %1 \u00b7 %2").arg(LiveText::limitText(-1), LiveText::tr("pref= in entry %1").arg(5));
    const int card = std::clamp(fontMetrics().horizontalAdvance(usual) + 2 * padding + 6, cardWidth, maxCardWidth);
    const QMargins margins = layout()->contentsMargins();
    return columns * card + (columns - 1) * m_columns->spacing() + margins.left() + margins.right();
}

void TierView::clearColumns()
{
    for (QWidget *w : std::as_const(m_columnWidgets))
        delete w;
    m_columnWidgets.clear();
    m_cards.clear();
    m_tiers.clear();
    m_waitingLabel = nullptr;
    m_structure.clear();
}

void TierView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TierView::setExplanation(const Explanation &ex, const QList<int> &counts, int next, int stepped, int waiting,
                              const QString &waitingWhy)
{
    QString focusHost;
    QStringList structure;
    for (const Candidate &c : ex.candidates)
        structure << c.host + u'@' + QString::number(c.pref);
    if (waiting > 0)
        structure << QStringLiteral("@waiting");
    if (structure != m_structure) {
        // Keep the keyboard focus on the same host across the rebuild.
        const auto *focused = qobject_cast<HostCard *>(QApplication::focusWidget());
        if (focused && isAncestorOf(focused))
            focusHost = focused->content().candidate.host;
        clearColumns();
        m_structure = structure;
        int insertAt = 0;
        for (qsizetype start = 0; start < ex.candidates.size();) {
            const int pref = ex.candidates.at(start).pref;
            auto *column = new QWidget(this);
            column->setObjectName(QStringLiteral("tier:%1").arg(pref));
            auto *v = new QVBoxLayout(column);
            v->setContentsMargins(0, 0, 0, 0);
            auto *header = new QLabel(tr("<b>Preference %1</b>").arg(pref), column);
            header->setAccessibleName(tr("Preference %1").arg(pref));
            v->addWidget(header);
            for (; start < ex.candidates.size() && ex.candidates.at(start).pref == pref; ++start) {
                auto *card = new HostCard(int(start), column);
                connect(card, &HostCard::activated, this, &TierView::hostActivated);
                connect(card, &HostCard::usageRequested, this, &TierView::hostUsageRequested);
                v->addWidget(card);
                m_cards.append(card);
            }
            v->addStretch(1);
            m_columns->insertWidget(insertAt++, column);
            m_columnWidgets.append(column);
            m_tiers.append(pref);
        }
        if (waiting > 0) {
            auto *column = new QWidget(this);
            column->setObjectName(QStringLiteral("tier:waiting"));
            auto *v = new QVBoxLayout(column);
            v->setContentsMargins(0, 0, 0, 0);
            v->addWidget(new QLabel(tr("<b>Waiting</b>"), column));
            m_waitingLabel = new QLabel(column);
            m_waitingLabel->setWordWrap(true);
            m_waitingLabel->setFixedWidth(cardWidth);
            m_waitingLabel->setFrameShape(QFrame::StyledPanel);
            m_waitingLabel->setMargin(padding);
            v->addWidget(m_waitingLabel);
            v->addStretch(1);
            m_columns->insertWidget(insertAt, column);
            m_columnWidgets.append(column);
        }
    }
    int scale = 1;
    for (const int n : counts)
        scale = std::max(scale, n);
    for (HostCard *card : std::as_const(m_cards)) {
        const int i = card->candidate();
        const Candidate &c = ex.candidates.at(i);
        card->setContent({c, LiveText::prefShort(c), LiveText::prefReason(c, ex.plan), LiveText::portReason(c, ex.plan),
                          counts.value(i), scale,
                          i == next, i == stepped});
        if (!focusHost.isEmpty() && c.host == focusHost) {
            card->setFocus();
            focusHost.clear();
        }
    }
    // One width per column: the widest box of the tier.
    QHash<QWidget *, int> widths;
    for (HostCard *card : std::as_const(m_cards))
        widths[card->parentWidget()] = std::max(widths.value(card->parentWidget()), card->sizeHint().width());
    for (HostCard *card : std::as_const(m_cards))
        card->setFixedWidth(widths.value(card->parentWidget()));
    m_waiting = waiting;
    if (m_waitingLabel) {
        m_waitingLabel->setText(tr("%n connection(s) wait.", nullptr, waiting) + u' ' + waitingWhy.toHtmlEscaped());
        m_waitingLabel->setAccessibleName(m_waitingLabel->text());
    }
}

} // namespace rs::ui
