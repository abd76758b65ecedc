// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QPlainTextEdit;
class QWidget;

// The small pieces the window and its dialogs build alike, so they look and behave the same: labels a reader
// can select and reach with Tab, read-only monospaced text that gives Tab back, and the coloured banner for
// a message. Colours have enough contrast on light and dark palettes; the text says the same for screen
// readers.
namespace DialogWidgets {
enum class Tone { Success, Info, Warning, Error };

QString bannerStyleSheet(Tone tone);
QLabel *selectableLabel(QWidget *parent, const QString &accessibleName);
QPlainTextEdit *readOnlyText(QWidget *parent, const QString &accessibleName);
} // namespace DialogWidgets
