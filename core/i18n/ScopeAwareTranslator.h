// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

// The inspector's translator: a QTranslator that answers nothing (so Qt falls back to the English source)
// on a thread inside a SourceLanguageScope, and translates as usual everywhere else.
class ScopeAwareTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};
