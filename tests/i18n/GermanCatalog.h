// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

// The German texts the tests expect, read from the same embedded .qm the program loads, so the tests follow
// the translators' wording instead of copying it. A missing or empty translation is a failure of its own
// (the shipped languages must be complete), reported with the English source.
class GermanCatalog
{
public:
    GermanCatalog() { m_loaded = m_translator.load(QStringLiteral(":/i18n/telemetry-inspector_de.qm")); }
    bool isLoaded() const { return m_loaded; }
    // Empty when there is no German for this source yet.
    QString text(const char *context, const char *source) const
    {
        return m_translator.translate(context, source);
    }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};
