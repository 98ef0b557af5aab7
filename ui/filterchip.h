// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QAbstractButton>

namespace Chronoscope {

/**
 * One active filter as a compact rounded chip: its text and, when it can be
 * removed, a ✕ at the right. Only the ✕ clicks a removable chip (so a stray
 * click on the text removes nothing); Delete or Backspace on a focused chip
 * clicks it too. A chip that cannot be removed (how entities combine) clicks
 * anywhere. Colours come from the palette.
 */
class FilterChip : public QAbstractButton
{
    Q_OBJECT
public:
    enum class Kind {
        Included, ///< tinted with the highlight colour
        Excluded, ///< a neutral tint
        Other, ///< dates, text, undated: a neutral tint
        Mode, ///< no fill: a word that joins the chips around it
    };
    Q_ENUM(Kind)

    FilterChip(const QString &text, Kind kind, bool removable, QWidget *parent = nullptr);
    ~FilterChip() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isRemovable() const { return m_removable; }
    /** Where the ✕ is drawn, in the chip's coordinates; empty when it cannot be removed. */
    [[nodiscard]] QRect removeRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] int padding() const;
    [[nodiscard]] int removeSize() const;
    [[nodiscard]] int widthFor(int textWidth) const;
    void setHovered(bool hovered);

    Kind m_kind;
    bool m_removable;
    bool m_removeHovered = false;
};

} // namespace Chronoscope
