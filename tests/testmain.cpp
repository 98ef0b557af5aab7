// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "appinfo.h"

#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // GUI tests run without a display, in a fixed zone and a non-English locale.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", "UTC");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("chronoscope-tests"));
    // Settings and data of the tests never mix with the user's.
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Chronoscope::installTranslations();
    return Catch::Session().run(argc, argv);
}
