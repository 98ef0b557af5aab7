// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entitydelegate.h"

#include "colors.h"
#include "models/entitymodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

bool isGroup(const QModelIndex &index)
{
    return index.data(EntityModel::IsGroupRole).toBool();
}

// Space between the name and the count.
int countGap(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(u'0') * 2;
}

} // namespace

QString EntityDelegate::kindName(const QString &kind)
{
    if (kind == u"country")
        return tr("Country");
    if (kind == u"island")
        return tr("Island");
    if (kind == u"place")
        return tr("Place");
    if (kind == u"sea")
        return tr("Sea");
    if (kind == u"person")
        return tr("Person");
    if (kind == u"organization")
        return tr("Organization");
    return tr("Topic");
}

QString EntityDelegate::countText(const QModelIndex &index)
{
    if (!index.isValid() || isGroup(index))
        return {};
    return QLocale().toString(index.data(EntityModel::CountRole).toInt());
}

QString EntityDelegate::toolTip(const QModelIndex &index)
{
    if (!index.isValid() || isGroup(index))
        return {};
    const QString name = index.data(EntityModel::NameRole).toString();
    const QStringList aliases = index.data(EntityModel::AliasesRole).toStringList();
    const int count = index.data(EntityModel::CountRole).toInt();
    const int corpus = index.data(EntityModel::CorpusCountRole).toInt();
    QStringList lines;
    lines.append(u"<b>%1</b> · %2"_s.arg(name.toHtmlEscaped(), kindName(index.data(EntityModel::KindRole).toString())));
    if (!aliases.isEmpty())
        lines.append(tr("Also: %1").arg(aliases.join(u", "_s).toHtmlEscaped()));
    lines.append(tr("%n event(s) match with the other filters; %1 in the corpus", nullptr, count)
                     .arg(QLocale().toString(corpus)));
    if (index.data(EntityModel::ExcludedRole).toBool())
        lines.append(u"<i>%1</i>"_s.arg(tr("Excluded: events naming it are hidden")));
    else if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
        lines.append(u"<i>%1</i>"_s.arg(tr("Included in the filter")));
    return u"<p style='white-space:pre'>"_s + lines.join(u"<br/>"_s) + u"</p>"_s;
}

void EntityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isGroup(index))
        option->font.setWeight(QFont::DemiBold);
    else if (index.data(EntityModel::ExcludedRole).toBool())
        option->font.setStrikeOut(true);
    option->fontMetrics = QFontMetrics(option->font);
}

void EntityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The style draws the background, the check box and the focus; we draw the
    // two texts, so that the count stays right-aligned however long the name.
    const QString name = opt.text;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    opt.text.clear();
    const QColor window = opt.palette.color(QPalette::Window);
    if (window.lightnessF() < 0.5) {
        // Some styles (Fusion) outline check boxes a shade darker than the
        // window: on a dark palette the box disappears. Lift what they darken.
        opt.palette.setColor(QPalette::Window, mixed(opt.palette.color(QPalette::Text), window, 0.5));
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                               ? QPalette::Active
                                                                           : QPalette::Inactive;
    const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = mixed(text, background, 0.45);
    const QColor faint = mixed(text, background, 0.6);

    const QString count = countText(index);
    const bool empty = !count.isEmpty() && index.data(EntityModel::CountRole).toInt() == 0;
    const bool excluded = index.data(EntityModel::ExcludedRole).toBool();

    painter->save();
    QRect nameRect = textRect;
    if (!count.isEmpty()) {
        QFont countFont = opt.font;
        countFont.setStrikeOut(false);
        const QFontMetrics metrics(countFont);
        const int width = metrics.horizontalAdvance(count);
        painter->setFont(countFont);
        painter->setPen(empty ? faint : muted);
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, count);
        nameRect.setRight(textRect.right() - width - countGap(metrics));
    }
    painter->setFont(opt.font);
    painter->setPen((empty || excluded) ? faint : text);
    const QString elided = opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, elided);
    painter->restore();
}

QSize EntityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString count = countText(index);
    if (!count.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(count) + countGap(option.fontMetrics);
    return size;
}

bool EntityDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTip(index);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport(), view->visualRect(index));
    return true;
}

} // namespace Chronoscope
