// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The raw JSON tab: the exact bytes that would be sent (Report::wireBytes()), read-only, with a toggle to
// indent them for reading (Report::prettyJson(), clearly not the sent bytes), a button that copies what is
// shown to the clipboard, and the byte count of the wire bytes. Not supported: editing or saving (use the
// CLI's --output).
class RawJsonView : public QWidget
{
    Q_OBJECT

public:
    explicit RawJsonView(QWidget *parent = nullptr);

    void setJson(const QByteArray &wireBytes, const QByteArray &prettyJson);
    void clear();

    QByteArray wireBytes() const { return m_wireBytes; }
    QString shownText() const; // what the text view holds now
    bool isPretty() const;
    void setPretty(bool pretty);
    void copyToClipboard() const;

private:
    void refresh();

    QByteArray m_wireBytes;
    QByteArray m_prettyJson;
    QPlainTextEdit *m_text;
    QCheckBox *m_prettyToggle;
    QPushButton *m_copyButton;
    QLabel *m_byteCount;
};
