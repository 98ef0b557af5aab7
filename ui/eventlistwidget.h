// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"

#include <QWidget>

class QTreeView;
class QTextBrowser;

namespace Chronoscope {

class EventTableModel;

/** The loaded events as a sortable list, and the selected event's details beside it. */
class EventListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EventListWidget(QWidget *parent = nullptr);
    ~EventListWidget() override;

    void clear();
    /** Adds new events and updates those already shown (same id). */
    void addEvents(const QList<Event> &events);
    [[nodiscard]] int eventCount() const;
    /** Selects the first event when none is, so the details pane is never blank. */
    void selectFirstIfNone();

    QTreeView *view() const { return m_view; }

private:
    void showCurrent();

    EventTableModel *m_model;
    QTreeView *m_view;
    QTextBrowser *m_details;
};

} // namespace Chronoscope
