// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "welcomewidget.h"

#include "icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chronoscope {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(3);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/chronoscope.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("Welcome to Chronoscope"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto *text = new QLabel(tr("Open a folder or an archive of news documents to browse its events on a timeline, "
                               "read them offline and filter them by country, island, person or organization."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setMaximumWidth(560);
    text->setForegroundRole(QPalette::PlaceholderText);
    // Centred by stretches, not by an alignment flag, which would keep the
    // label from wrapping onto a second line.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text, 1);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(18);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *folder = new QPushButton(themeIcon(u"folder-open"_s), tr("Open Folder…"), this);
    auto *archive = new QPushButton(themeIcon(u"application-zip"_s, u"application-x-archive"_s), tr("Open Archive…"), this);
    m_sampleButton = new QPushButton(themeIcon(u"view-calendar-timeline"_s), tr("Open the Sample Corpus"), this);
    m_sampleButton->setToolTip(tr("The Kuril Islands dispute between Japan and Russia, 1855 to today"));
    for (QPushButton *button : {folder, archive, m_sampleButton})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *formats = new QLabel(tr("Folders, .zip, .tar.gz, .tar.xz, .tar.zst and .7z archives of Markdown event pages "
                                  "and plain-text articles"),
                               this);
    formats->setAlignment(Qt::AlignHCenter);
    formats->setForegroundRole(QPalette::PlaceholderText);
    QFont small = formats->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    formats->setFont(small);
    layout->addSpacing(8);
    layout->addWidget(formats);
    layout->addStretch(4);

    connect(folder, &QPushButton::clicked, this, &WelcomeWidget::openFolderRequested);
    connect(archive, &QPushButton::clicked, this, &WelcomeWidget::openArchiveRequested);
    connect(m_sampleButton, &QPushButton::clicked, this, &WelcomeWidget::openSampleRequested);
}

void WelcomeWidget::setSampleAvailable(bool available)
{
    m_sampleButton->setVisible(available);
}

} // namespace Chronoscope
