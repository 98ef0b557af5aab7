// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "appinfo.h"

#include "chronoscope-version.h"

#include <karchive_version.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Chronoscope {

void setApplicationInfo(QCoreApplication &app)
{
    app.setApplicationName(u"chronoscope"_s);
    app.setOrganizationName(u"chronoscope"_s);
    app.setOrganizationDomain(u"chronoscope.io"_s);
    app.setApplicationVersion(versionString());
    installTranslations();
}

void installTranslations()
{
    // The user's language, else English, whose file holds the plural forms
    // of the source texts ("1 event", "2 events").
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), u"chronoscope"_s, u"_"_s, u":/i18n"_s)
        || translator->load(u"chronoscope_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

QString versionString()
{
    return QStringLiteral(CHRONOSCOPE_VERSION_STRING);
}

QString archiveLibraryVersion()
{
    return QStringLiteral(KARCHIVE_VERSION_STRING);
}

QString sampleCorpusPath()
{
    const QString relative = u"samples/kuril-islands"_s;
    // In a build tree, the binary sits in build/<preset>/bin and a marker file
    // written by CMake points to the source tree's resources.
    const QDir binDir(QCoreApplication::applicationDirPath());
    const QString inTree = binDir.absoluteFilePath(u"../share/chronoscope/"_s + relative);
    if (QFileInfo(inTree).isDir())
        return QDir::cleanPath(inTree);
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"chronoscope/"_s + relative,
                                                     QStandardPaths::LocateDirectory);
    return installed;
}

} // namespace Chronoscope
