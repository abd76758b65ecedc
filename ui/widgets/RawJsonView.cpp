// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawJsonView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RawJsonView::RawJsonView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_prettyToggle(new QCheckBox(tr("&Indent for reading"), this))
    , m_copyButton(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy"), this))
    , m_byteCount(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("rawJsonText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Raw JSON that would be sent"));
    m_text->setTabChangesFocus(true);

    m_prettyToggle->setObjectName(QStringLiteral("prettyToggle"));
    m_prettyToggle->setAccessibleName(tr("Indent the JSON for reading"));
    m_prettyToggle->setToolTip(
        tr("Shows the same report indented. The bytes that are sent are the compact ones."));
    m_copyButton->setObjectName(QStringLiteral("copyJsonButton"));
    m_copyButton->setAccessibleName(tr("Copy the JSON to the clipboard"));
    m_byteCount->setObjectName(QStringLiteral("byteCount"));
    m_byteCount->setAccessibleName(tr("Size of the report that would be sent"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_prettyToggle);
    bar->addStretch(1);
    bar->addWidget(m_byteCount);
    bar->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_prettyToggle, &QCheckBox::toggled, this, &RawJsonView::refresh);
    connect(m_copyButton, &QPushButton::clicked, this, &RawJsonView::copyToClipboard);
    refresh();
}

void RawJsonView::setJson(const QByteArray &wireBytes, const QByteArray &prettyJson)
{
    m_wireBytes = wireBytes;
    m_prettyJson = prettyJson;
    refresh();
}

void RawJsonView::clear()
{
    setJson({}, {});
}

QString RawJsonView::shownText() const
{
    return m_text->toPlainText();
}

bool RawJsonView::isPretty() const
{
    return m_prettyToggle->isChecked();
}

void RawJsonView::setPretty(bool pretty)
{
    m_prettyToggle->setChecked(pretty);
}

void RawJsonView::copyToClipboard() const
{
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(QString::fromUtf8(isPretty() ? m_prettyJson : m_wireBytes));
}

void RawJsonView::refresh()
{
    const bool empty = m_wireBytes.isEmpty();
    m_text->setPlainText(QString::fromUtf8(isPretty() ? m_prettyJson : m_wireBytes));
    m_copyButton->setEnabled(!empty);
    m_byteCount->setText(empty ? tr("No report yet")
                               : tr("%1 bytes would be sent").arg(QLocale().toString(m_wireBytes.size())));
}
