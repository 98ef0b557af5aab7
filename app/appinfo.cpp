// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "appinfo.h"

#include "chronoscope-version.h"

#include <karchive_version.h>

#include <QCoreApplication>
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
