// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "filterchip.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace Chronoscope {

class EntityModel;
class FlowLayout;
class ViewState;

/**
 * A thin row above the timeline that says what is filtered: a chip per
 * included entity ("Kunashir"), per excluded one ("not Russia"), how included
 * entities combine when there are several ("any of", a click switches), the
 * date range, the title filter and hidden undated events. A chip's ✕ (or
 * Delete on a focused chip) removes exactly that filter through the ViewState.
 * Chips wrap to a second line rather than widen the window. The row hides
 * itself when nothing is filtered.
 */
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    /** @p model gives the entities' names. */
    FilterChips(ViewState *state, const EntityModel *model, QWidget *parent = nullptr);
    ~FilterChips() override;

    /** The chips shown, in order. */
    [[nodiscard]] QList<FilterChip *> chips() const { return m_chips; }
    /** Their texts, in order. */
    [[nodiscard]] QStringList chipTexts() const;
    [[nodiscard]] QToolButton *clearAllButton() const { return m_clearAll; }

    /** A date range as its chip says it: "1945 – 1956", "March 2010 – June 2011", "from 1 March 2010". */
    [[nodiscard]] static QString dateRangeText(QDate from, QDate to, const QLocale &locale = QLocale());

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    FilterChip *addChip(const QString &text, FilterChip::Kind kind, const QString &accessibleName,
                        std::function<void()> action);
    [[nodiscard]] QString entityName(int entity) const;

    QPointer<ViewState> m_state;
    QPointer<const EntityModel> m_model;
    FlowLayout *m_chipLayout;
    QLabel *m_icon;
    QToolButton *m_clearAll;
    QList<FilterChip *> m_chips;
    mutable bool m_unnamed = false; // a chip waits for its entity's name
};

} // namespace Chronoscope
