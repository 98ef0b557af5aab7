// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpussource.h"

namespace Chronoscope {

/**
 * A folder and its subfolders. Hidden files and folders are left out; symbolic
 * links are never followed out of the folder; devices, pipes and sockets are
 * skipped (reading a pipe would block forever).
 */
class FolderSource : public CorpusSource
{
public:
    FolderSource(const QString &path, const LoadLimits &limits);

    bool open() override;
    QString kindName() const override { return tr("folder"); }
    bool isFolder() const override { return true; }

protected:
    std::unique_ptr<QIODevice> openEntry(const CorpusEntry &entry, QString *error) override;

private:
    void scan(const QString &dir, const QString &relative, int depth);

    QString m_root; ///< canonical path of the folder
};

} // namespace Chronoscope
