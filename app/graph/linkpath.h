// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QHashSeed>
#include <QString>
#include <QStringList>
#include <QStringView>

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
 * Appends normalizedLinkKey(@p pathOrLink) to @p out and returns its length (0
 * for external links). The loader writes every key of a page into one buffer
 * rather than allocating a string per link. With @p date, also gives
 * dateFromLinkPath() of the key.
 */
qsizetype appendLinkKey(QStringView pathOrLink, QString &out, QDate *date = nullptr);

/** Appends @p text with its whitespace simplified as QString::simplified() does; returns the length appended. */
qsizetype appendSimplified(QStringView text, QString &out);

/**
 * The hash of an event id, link key or tag: qHash() with the process's seed.
 * Without a seed qHash() always takes SipHash; with one, processors with AES
 * instructions take a path several times faster, and a load hashes millions
 * of keys a hundred characters long.
 */
inline size_t keyHash(QStringView key)
{
    return qHash(key, QHashSeed::globalSeed());
}

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
        , hash(keyHash(id))
    {
    }
    EventKey(QString key, size_t keyHash)
        : id(std::move(key))
        , hash(keyHash)
    {
    }
    friend bool operator==(const EventKey &a, const EventKey &b) { return a.hash == b.hash && a.id == b.id; }
    friend size_t qHash(const EventKey &key, size_t seed = 0) { return key.hash ^ seed; }
};

/**
 * An EventKey as a view: looks up ids and tags in hashes of EventKey without
 * building a string (the text lives in a parsing thread's buffer).
 */
struct EventKeyView {
    QStringView id;
    size_t hash = 0;

    EventKeyView() = default;
    EventKeyView(QStringView key, size_t keyHash)
        : id(key)
        , hash(keyHash)
    {
    }
    explicit EventKeyView(QStringView key)
        : id(key)
        , hash(keyHash(key))
    {
    }
    EventKeyView(const EventKey &key) // NOLINT(google-explicit-constructor): a key is a view of itself
        : id(key.id)
        , hash(key.hash)
    {
    }
    friend bool operator==(const EventKey &a, const EventKeyView &b) { return a.hash == b.hash && a.id == b.id; }
    friend bool operator==(const EventKeyView &a, const EventKey &b) { return b == a; }
    friend bool operator!=(const EventKey &a, const EventKeyView &b) { return !(a == b); }
    friend bool operator!=(const EventKeyView &a, const EventKey &b) { return !(b == a); }
    friend size_t qHash(const EventKeyView &key, size_t seed = 0) { return key.hash ^ seed; }
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

/** A LinkTarget as views, for links worked out into a parsing thread's buffer. */
struct LinkTargetView {
    EventKeyView key;
    QStringView title;
    QDate date;
    /** keyHash() of the key below its first folder ("2010/…" of "news/2010/…"), or 0 when not worked out. */
    size_t belowHash = 0;

    LinkTargetView() = default;
    LinkTargetView(EventKeyView targetKey, QStringView targetTitle, QDate targetDate)
        : key(targetKey)
        , title(targetTitle)
        , date(targetDate)
    {
    }
    LinkTargetView(const LinkTarget &target) // NOLINT(google-explicit-constructor)
        : key(target.key)
        , title(target.title)
        , date(target.date)
    {
    }
};

/** The day a "…/YYYY/MM/DD/…" path names, if any. */
QDate dateFromLinkPath(QStringView path);

} // namespace Chronoscope

// Lets QHash<EventKey, …> find a key from a view.
template<>
struct QHashHeterogeneousSearch<Chronoscope::EventKey, Chronoscope::EventKeyView> : std::true_type {
};
