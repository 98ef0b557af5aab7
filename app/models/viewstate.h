// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace Chronoscope {

/** How the included entities of a filter combine. */
enum class EntityMatch : quint8 {
    Any, ///< an event names at least one of them
    All, ///< an event names every one of them
};

/** A visible span of the timeline: [from, to) in seconds since the epoch, UTC. */
struct TimeWindow {
    qint64 from = 0;
    qint64 to = 0;
    [[nodiscard]] bool isValid() const { return to > from; }
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

/**
 * What one window shows: the timeline's visible span with a zoom history, the
 * filters, the selected event and the history of opened events. Views change
 * it through its setters and follow its signals; each setter emits its own
 * signal, and only when something changed. Every change of a filter also emits
 * filterChanged() once, after the specific signal.
 *
 * Entities are referred to by their index in the corpus's entity table;
 * including a parent entity includes what lies below it.
 */
class ViewState : public QObject
{
    Q_OBJECT
public:
    explicit ViewState(QObject *parent = nullptr);
    ~ViewState() override;

    // The timeline's visible span, with a zoom history.
    [[nodiscard]] TimeWindow timeWindow() const { return m_window; }
    /** Shows @p window, remembering the span it replaces for zoomBack(). Clears the forward history. */
    void setTimeWindow(TimeWindow window);
    /** Shows @p window without adding to the history (a pan, a resize). */
    void replaceTimeWindow(TimeWindow window);
    [[nodiscard]] bool canZoomBack() const { return !m_zoomBack.isEmpty(); }
    [[nodiscard]] bool canZoomForward() const { return !m_zoomForward.isEmpty(); }
    void zoomBack();
    void zoomForward();

    // Entity filter.
    [[nodiscard]] const QList<int> &includedEntities() const { return m_included; }
    [[nodiscard]] const QList<int> &excludedEntities() const { return m_excluded; }
    [[nodiscard]] EntityMatch entityMatch() const { return m_match; }
    /** Includes exactly @p entities (any order; duplicates dropped); they stop being excluded. */
    void setIncludedEntities(const QList<int> &entities);
    void setExcludedEntities(const QList<int> &entities);
    void setEntityMatch(EntityMatch match);
    /** Includes (@p included) or stops including one entity. */
    void setEntityIncluded(int entity, bool included);
    void setEntityExcluded(int entity, bool excluded);
    /** Drops every entity from the filter. */
    void clearEntityFilter();

    // Date range: events whose dates overlap [from, to]; an invalid bound is open.
    [[nodiscard]] QDate dateFrom() const { return m_dateFrom; }
    [[nodiscard]] QDate dateTo() const { return m_dateTo; }
    void setDateRange(QDate from, QDate to);

    /** Title substring, case-insensitive; empty for none. */
    [[nodiscard]] QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);

    [[nodiscard]] bool showUndated() const { return m_showUndated; }
    void setShowUndated(bool show);

    /** Whether any filter narrows what is shown. */
    [[nodiscard]] bool isFiltering() const;

    // Selection and the history of opened events.
    [[nodiscard]] QString selectedEventId() const { return m_selected; }
    /** Selects an event (or nothing, with an empty id) without adding to the history. */
    void setSelectedEventId(const QString &id);
    /** Opens an event: selects it and adds it to the navigation history, dropping the forward part. */
    void openEvent(const QString &id);
    [[nodiscard]] bool canNavigateBack() const { return m_historyPos > 0; }
    [[nodiscard]] bool canNavigateForward() const { return m_historyPos + 1 < m_history.size(); }
    void navigateBack();
    void navigateForward();
    [[nodiscard]] const QStringList &navigationHistory() const { return m_history; }

Q_SIGNALS:
    void timeWindowChanged(Chronoscope::TimeWindow window);
    void zoomHistoryChanged();
    void entityFilterChanged();
    void dateRangeChanged(QDate from, QDate to);
    void textFilterChanged(const QString &text);
    void showUndatedChanged(bool show);
    /** After any of the filter signals above. */
    void filterChanged();
    void selectedEventChanged(const QString &id);
    void navigationHistoryChanged();

private:
    void applyWindow(TimeWindow window);
    void setEntityLists(QList<int> included, QList<int> excluded, EntityMatch match);

    TimeWindow m_window;
    QList<TimeWindow> m_zoomBack;
    QList<TimeWindow> m_zoomForward;
    QList<int> m_included;
    QList<int> m_excluded;
    EntityMatch m_match = EntityMatch::Any;
    QDate m_dateFrom;
    QDate m_dateTo;
    QString m_text;
    bool m_showUndated = true;
    QString m_selected;
    QStringList m_history;
    qsizetype m_historyPos = -1;
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::TimeWindow)
