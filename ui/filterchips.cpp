// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "filterchips.h"

#include "flowlayout.h"
#include "icons.h"
#include "models/entitymodel.h"
#include "models/viewstate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// A day without its weekday: the long format's names and order, shorter.
QString dayText(QDate date, const QLocale &locale)
{
    static const QRegularExpression weekday(u"d{4}[,.]?\\s*"_s);
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString monthText(QDate date, const QLocale &locale)
{
    return locale.standaloneMonthName(date.month(), QLocale::LongFormat) + u' ' + QString::number(date.year());
}

enum class Grain { Day, Month, Year };

// How coarsely a bound can be said: a range starting on 1 January starts in a
// year, one starting on the first of a month in a month.
Grain grainOf(QDate date, bool start)
{
    const bool monthEdge = start ? date.day() == 1 : date.addDays(1).day() == 1;
    if (monthEdge && date.month() == (start ? 1 : 12))
        return Grain::Year;
    return monthEdge ? Grain::Month : Grain::Day;
}

QString boundText(QDate date, Grain grain, const QLocale &locale)
{
    switch (grain) {
    case Grain::Year:
        return QString::number(date.year());
    case Grain::Month:
        return monthText(date, locale);
    case Grain::Day:
        break;
    }
    return dayText(date, locale);
}

} // namespace

FilterChips::FilterChips(ViewState *state, const EntityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(model)
    , m_chipLayout(new FlowLayout)
    , m_icon(new QLabel(this))
    , m_clearAll(new QToolButton(this))
{
    Q_ASSERT(state);
    setAccessibleName(tr("Active filters"));
    // Preferred, not Maximum, vertically: the layout above must let the chips wrap
    // to the height they ask for at their width.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(themeIcon(u"view-filter"_s).pixmap(iconSize, iconSize));
    m_icon->setToolTip(tr("Active filters"));

    m_clearAll->setIcon(themeIcon(u"edit-clear-all"_s));
    m_clearAll->setText(tr("Clear All"));
    m_clearAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearAll->setAutoRaise(true);
    m_clearAll->setToolTip(tr("Remove every filter"));
    connect(m_clearAll, &QToolButton::clicked, this, [this] {
        m_state->clearEntityFilter();
        m_state->setDateRange({}, {});
        m_state->setTextFilter({});
        m_state->setShowUndated(true);
    });

    const int spacing = fontMetrics().height() / 4;
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(spacing);
    // The icon sits on the first line of chips, however many lines they take.
    const int chipHeight = FilterChip(QString(), FilterChip::Kind::Other, false).sizeHint().height();
    m_icon->setFixedHeight(chipHeight);
    m_icon->setAlignment(Qt::AlignCenter);
    m_clearAll->setFixedHeight(chipHeight);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(spacing * 2, spacing, spacing * 2, spacing);
    layout->setSpacing(spacing * 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(m_chipLayout, 1);
    layout->addWidget(m_clearAll, 0, Qt::AlignTop);

    connect(state, &ViewState::filterChanged, this, &FilterChips::rebuild);
    if (model) {
        // Names change only with the entity table, and a name may turn up with its first event.
        connect(model, &QAbstractItemModel::modelReset, this, &FilterChips::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            if (m_unnamed)
                rebuild();
        });
    }
    rebuild();
}

FilterChips::~FilterChips() = default;

QStringList FilterChips::chipTexts() const
{
    QStringList texts;
    for (const FilterChip *chip : m_chips)
        texts.append(chip->text());
    return texts;
}

QString FilterChips::dateRangeText(QDate from, QDate to, const QLocale &locale)
{
    if (from.isValid() && to.isValid()) {
        // Both ends at the same grain: "March 2010 – 12 November 2010" would read as a typo.
        const Grain grain = std::min(grainOf(from, true), grainOf(to, false));
        const QString start = boundText(from, grain, locale);
        const QString end = boundText(to, grain, locale);
        return start == end ? start : start + u" – "_s + end;
    }
    if (from.isValid())
        return tr("from %1").arg(boundText(from, grainOf(from, true), locale));
    if (to.isValid())
        return tr("until %1").arg(boundText(to, grainOf(to, false), locale));
    return {};
}

QString FilterChips::entityName(int entity) const
{
    if (m_model) {
        const QString name = m_model->indexOfEntity(entity).data(EntityModel::NameRole).toString();
        if (!name.isEmpty())
            return name;
    }
    m_unnamed = true;
    return tr("entity %1").arg(entity);
}

FilterChip *FilterChips::addChip(const QString &text, FilterChip::Kind kind, const QString &accessibleName,
                                 std::function<void()> action)
{
    auto *chip = new FilterChip(text, kind, kind != FilterChip::Kind::Mode, this);
    chip->setAccessibleName(accessibleName);
    connect(chip, &FilterChip::clicked, this, std::move(action));
    m_chipLayout->addWidget(chip);
    // Now, not when the layout gets round to it: the focus may have to move here.
    chip->show();
    m_chips.append(chip);
    return chip;
}

void FilterChips::rebuild()
{
    // The chip with the focus gives it to the one that takes its place, so
    // pressing Delete again removes the next filter.
    qsizetype focused = -1;
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        if (m_chips[i]->hasFocus())
            focused = i;
    }
    // Later: a chip may be the sender of the click that brought us here.
    for (FilterChip *chip : std::as_const(m_chips)) {
        m_chipLayout->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    m_unnamed = false;
    if (!m_state) {
        hide();
        return;
    }
    ViewState *state = m_state;

    const QList<int> &included = state->includedEntities();
    if (included.size() > 1) {
        const bool all = state->entityMatch() == EntityMatch::All;
        FilterChip *mode = addChip(all ? tr("all of") : tr("any of"), FilterChip::Kind::Mode,
                                   all ? tr("Events name all of these entities") : tr("Events name any of these entities"),
                                   [state, all] {
                                       state->setEntityMatch(all ? EntityMatch::Any : EntityMatch::All);
                                   });
        mode->setToolTip(all ? tr("Events name all of these entities: click for any of them")
                             : tr("Events name any of these entities: click for all of them"));
    }
    for (int entity : included) {
        const QString name = entityName(entity);
        addChip(name, FilterChip::Kind::Included, tr("Remove filter %1").arg(name), [state, entity] {
            state->setEntityIncluded(entity, false);
        });
    }
    for (int entity : state->excludedEntities()) {
        const QString text = tr("not %1").arg(entityName(entity));
        addChip(text, FilterChip::Kind::Excluded, tr("Remove filter %1").arg(text), [state, entity] {
            state->setEntityExcluded(entity, false);
        });
    }
    if (state->dateFrom().isValid() || state->dateTo().isValid()) {
        const QString text = dateRangeText(state->dateFrom(), state->dateTo());
        addChip(text, FilterChip::Kind::Other, tr("Remove filter %1").arg(text), [state] {
            state->setDateRange({}, {});
        });
    }
    if (!state->textFilter().isEmpty()) {
        const QString text = QLocale().quoteString(state->textFilter());
        addChip(text, FilterChip::Kind::Other, tr("Remove filter %1").arg(text), [state] {
            state->setTextFilter({});
        });
    }
    if (!state->showUndated()) {
        const QString text = tr("Undated hidden");
        addChip(text, FilterChip::Kind::Other, tr("Remove filter %1").arg(text), [state] {
            state->setShowUndated(true);
        });
    }

    const qsizetype removable = std::count_if(m_chips.cbegin(), m_chips.cend(), [](const FilterChip *chip) {
        return chip->isRemovable();
    });
    m_clearAll->setVisible(removable > 1);
    // Shown by its parent: a row without one must not pop up as a window of its own.
    if (m_chips.isEmpty())
        hide();
    else if (parentWidget())
        show();
    if (focused >= 0 && !m_chips.isEmpty())
        m_chips[std::min(focused, m_chips.size() - 1)]->setFocus(Qt::OtherFocusReason);
}

void FilterChips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        rebuild();
    else if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(themeIcon(u"view-filter"_s).pixmap(iconSize, iconSize));
    }
    QWidget::changeEvent(event);
}

} // namespace Chronoscope
