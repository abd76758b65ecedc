// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeAwareTranslator.h"

#include "SourceLanguageScope.h"

QString ScopeAwareTranslator::translate(const char *context, const char *sourceText,
                                        const char *disambiguation, int n) const
{
    if (SourceLanguageScope::isActive())
        return QString();
    return QTranslator::translate(context, sourceText, disambiguation, n);
}
