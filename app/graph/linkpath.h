// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QString>
#include <QStringList>

namespace Chronoscope {

/**
 * The key under which a document or a link target is known: corpus-relative,
 * percent-decoded, lower case, without a leading slash, "./" or a document
 * extension, with dates in "YYYY/M/D/" segments zero-padded. A document and a
 * link that name the same page get the same key, which is also the event id.
 * Returns an empty string for external links (a scheme such as http:).
 */
QString normalizedLinkKey(const QString &pathOrLink);

/**
 * An event id with its hash worked out beforehand: ids are long paths, and
 * hashing them off the thread that builds the graph keeps that thread fast.
 */
struct EventKey {
    QString id;
    size_t hash = 0;

    EventKey() = default;
    explicit EventKey(QString key)
        : id(std::move(key))
        , hash(qHash(id))
    {
    }
    friend bool operator==(const EventKey &a, const EventKey &b) { return a.hash == b.hash && a.id == b.id; }
    friend size_t qHash(const EventKey &key, size_t seed = 0) { return key.hash ^ seed; }
};

/** Context tags with their hashes worked out beforehand, like event ids. */
using TagKeys = QList<EventKey>;
TagKeys tagKeys(const QStringList &tags);

/** Where a Related link points, worked out once (off the thread that builds the graph). */
struct LinkTarget {
    EventKey key; ///< normalizedLinkKey() of the link; empty for external links
    QString title; ///< the link text, whitespace simplified: the title of a stub
    QDate date; ///< the day in the link's path, if any

    static LinkTarget fromLink(const QString &link, const QString &text);
};

/** The day a "…/YYYY/MM/DD/…" path names, if any. */
QDate dateFromLinkPath(QStringView path);

} // namespace Chronoscope
