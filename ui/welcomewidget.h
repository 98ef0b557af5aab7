// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QWidget>

class QPushButton;

namespace Chronoscope {

/** What the window shows when no corpus is open: what Chronoscope is, and ways to open one. */
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    /** Shows the sample corpus button only when the sample is installed. */
    void setSampleAvailable(bool available);

Q_SIGNALS:
    void openFolderRequested();
    void openArchiveRequested();
    void openSampleRequested();

private:
    QPushButton *m_sampleButton = nullptr;
};

} // namespace Chronoscope
