// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QStyledItemDelegate>

namespace Chronoscope {

/**
 * Paints a row of the entity sidebar: the check box and the name as the style
 * draws them, and the facet count right-aligned in a muted colour. Entities
 * that would match nothing under the other filters are greyed; excluded ones
 * are struck through. Groups are set in a heavier weight and carry no count.
 */
class EntityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /** The count at the right of a row, in the user's locale; empty for a group. */
    [[nodiscard]] static QString countText(const QModelIndex &index);
    /** The tooltip of a row (rich text): kind, aliases, counts and whether it is excluded. */
    [[nodiscard]] static QString toolTip(const QModelIndex &index);
    /** An entity kind in words ("island" → "Island"). */
    [[nodiscard]] static QString kindName(const QString &kind);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Chronoscope
