// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogWidgets.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>

namespace DialogWidgets {

QString bannerStyleSheet(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QStringLiteral("QLabel { background: #dff6dd; color: #0b3b0b; border: 1px solid #107c10; "
                              "border-radius: 4px; padding: 6px; }");
    case Tone::Info:
        return QStringLiteral("QLabel { background: #e5f1fb; color: #002a4d; border: 1px solid #2b88d8; "
                              "border-radius: 4px; padding: 6px; }");
    case Tone::Warning:
        return QStringLiteral("QLabel { background: #fff4ce; color: #3d2d00; border: 1px solid #c19c00; "
                              "border-radius: 4px; padding: 6px; }");
    case Tone::Error:
        return QStringLiteral("QLabel { background: #fde7e9; color: #5c0011; border: 1px solid #d13438; "
                              "border-radius: 4px; padding: 6px; }");
    }
    return QString();
}

QLabel *selectableLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

QPlainTextEdit *readOnlyText(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(accessibleName);
    // Tab moves on to the next control instead of being swallowed by the (read-only) editor.
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace DialogWidgets
