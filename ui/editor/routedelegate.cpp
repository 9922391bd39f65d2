// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/routedelegate.h"

#include "routing/routeentry.h"
#include "editor/routetablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QValidator>

namespace rs::ui {

namespace {

// Host names and addresses as routing-model.md allows them; partial input stays
// Intermediate so typing is never blocked, but an editor cannot commit it.
class HostValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        QString host = input.trimmed();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (isValidHostName(host) || isIpv4Literal(host) || isIpv6Literal(host))
            return Acceptable;
        for (const QChar c : std::as_const(host)) {
            if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u':' && c != u'[' && c != u']' && c != u'_')
                return Invalid;
        }
        return Intermediate;
    }
};

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const QString &unset, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSpecialValueText(unset);
    box->setAccessibleName(name);
    box->setFrame(false);
    return box;
}

} // namespace

QWidget *RouteDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (!(index.flags() & Qt::ItemIsEditable))
        return nullptr;
    switch (index.column()) {
    case RouteTableModel::PrefColumn:
        return spinBox(parent, -1, kMaxPref, tr("by position"), tr("Preference"));
    case RouteTableModel::TtlColumn:
        return spinBox(parent, -1, int(kMaxTtl), tr("DNS"), tr("TTL in seconds"));
    case RouteTableModel::PortColumn:
        return spinBox(parent, 0, kMaxPort, tr("default"), tr("Port"));
    case RouteTableModel::TypeColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Lookup type"));
        combo->addItem(tr("default (MX, then A)"), int(LookupType::Default));
        combo->addItem(tr("mx"), int(LookupType::Mx));
        combo->addItem(tr("a (addresses only)"), int(LookupType::A));
        return combo;
    }
    case RouteTableModel::HostColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setAccessibleName(tr("Host"));
        edit->setValidator(new HostValidator(edit));
        edit->setFrame(false);
        return edit;
    }
    case RouteTableModel::EntryColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setAccessibleName(tr("Route entry"));
        edit->setFrame(false);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RouteDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QSpinBox *>(editor))
        box->setValue(index.column() == RouteTableModel::PortColumn ? std::max(0, value.toInt()) : value.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(value.toInt()));
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value.toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void RouteDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *box = qobject_cast<QSpinBox *>(editor)) {
        value = box->value();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (!edit->hasAcceptableInput())
            return;
        value = edit->text();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Only a changed value becomes an edit (and an undo step).
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

} // namespace rs::ui
