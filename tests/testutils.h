// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <catch2/catch_tostring.hpp>

#include <K7Zip>
#include <KTar>
#include <KZip>

#include <QByteArray>
#include <QDirIterator>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

// Catch2 prints Qt values in failure messages.
namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QDate> {
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace TestUtils {

/** tests/data/NAME */
inline QString dataPath(const QString &name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA) + u'/' + name;
}

/** The shared sample data beside the checkout (../shared/NAME), or empty when absent. */
inline QString sharedPath(const QString &name)
{
    QString base = qEnvironmentVariable("CHRONOSCOPE_SHARED");
    if (base.isEmpty())
        base = QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + QStringLiteral("/../shared");
    const QString path = QDir::cleanPath(base + u'/' + name);
    return QFileInfo::exists(path) ? path : QString();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/** A KArchive that writes @p path in the format its name says: .zip, .7z, or a tar (compressed by its ending). */
inline std::unique_ptr<KArchive> archiveWriter(const QString &path)
{
    if (path.endsWith(QStringLiteral(".zip")))
        return std::make_unique<KZip>(path);
    if (path.endsWith(QStringLiteral(".7z")))
        return std::make_unique<K7Zip>(path);
    return std::make_unique<KTar>(path);
}

/** Packs every file below @p folder into the archive @p out, each name preceded by @p prefix. */
inline bool packFolder(const QString &folder, const QString &out, const QString &prefix = {})
{
    const std::unique_ptr<KArchive> archive = archiveWriter(out);
    if (!archive->open(QIODevice::WriteOnly))
        return false;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!archive->writeFile(prefix + QDir(folder).relativeFilePath(path), readFile(path)))
            return false;
    }
    return archive->close();
}

} // namespace TestUtils
