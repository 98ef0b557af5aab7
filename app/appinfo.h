// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QString>

class QCoreApplication;

namespace Chronoscope {

/** Sets the application name, organization and version (the GUI adds its display and desktop file names). */
void setApplicationInfo(QCoreApplication &app);

/** Loads the translation for the user's language (English gives the plural forms). */
void installTranslations();

/** The version string, e.g. "0.1.0". */
QString versionString();

/** The version of KArchive we were built with, for the About dialog. */
QString archiveLibraryVersion();

/**
 * The folder of the bundled sample corpus: next to the executable in a build
 * tree, else in the installed data folders. Empty when it cannot be found.
 */
QString sampleCorpusPath();

} // namespace Chronoscope
