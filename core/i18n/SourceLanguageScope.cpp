// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceLanguageScope.h"

namespace {
thread_local int t_depth = 0;
}

SourceLanguageScope::SourceLanguageScope()
{
    ++t_depth;
}

SourceLanguageScope::~SourceLanguageScope()
{
    --t_depth;
}

bool SourceLanguageScope::isActive()
{
    return t_depth > 0;
}
