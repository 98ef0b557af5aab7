// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "dates/daterange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chronoscope {

enum class EventKind : quint8 {
    Page, ///< an event page of the corpus (dated heading, sources, related links)
    Stub, ///< known only from links to it: its page is not in the corpus
    Article, ///< a plain-text or Markdown article
};

QString eventKindName(EventKind kind);

/** A cited source of an event page. */
struct SourceRef {
    QString name;
    QString url; ///< as written; never fetched, opened only on request and only for http(s)
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

/** A reader comment split from an article, with its votes when the site showed them. */
struct Comment {
    QString text;
    int votesUp = 0;
    int votesDown = 0;
    int score = 0;
    friend bool operator==(const Comment &, const Comment &) = default;
};

/** The long texts of an event: read on demand, never kept for every event. */
struct EventText {
    QString body;
    QList<Comment> comments;
    QString noise; ///< site furniture cut from the end of an article
};

/**
 * One node of the timeline. Related links live in the EventGraph as edges;
 * long texts are read again from the corpus when needed.
 */
struct Event {
    QString id; ///< stable across loads: the normalized corpus path, or link path for stubs
    EventKind kind = EventKind::Page;
    /** How many sources the document cites, also when a load left them out of #sources (LoadOptions::keepSources). */
    quint16 sourceCount = 0;
    QString title;
    DateRange date;
    QString path; ///< corpus-relative path of the document; empty for stubs
    QStringList tags; ///< its own tags; in a graph, EventGraph::tags() adds those of its Related links
    QList<int> entities; ///< what it names: indices into the corpus's entity table, ascending
    QList<SourceRef> sources;

    /** The number of sources it cites: #sourceCount, or those in #sources when it was made without a count. */
    [[nodiscard]] qsizetype citedSources() const { return std::max<qsizetype>(sourceCount, sources.size()); }
};

} // namespace Chronoscope
