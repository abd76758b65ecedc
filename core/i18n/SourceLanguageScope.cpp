// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceLanguageScope.h"

namespace {
thread_local int t_depth = 0;
}

SourceLanguageScope::SourceLanguageScope(bool active)
    : m_active(active)
{
    if (m_active)
        ++t_depth;
}

SourceLanguageScope::~SourceLanguageScope()
{
    if (m_active)
        --t_depth;
}

bool SourceLanguageScope::isActive()
{
    return t_depth > 0;
}
