// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// While an instance lives, tr() on this thread returns the sources' English instead of the user's language
// (ScopeAwareTranslator asks isActive()). For texts that become part of a document rather than a message:
// a compliance export reads the same whatever the language of whoever made it. Other threads (the window)
// keep translating meanwhile. Scopes nest.
class SourceLanguageScope
{
public:
    // active false: a scope that changes nothing, for code that only sometimes wants the sources' English.
    explicit SourceLanguageScope(bool active = true);
    ~SourceLanguageScope();
    SourceLanguageScope(const SourceLanguageScope &) = delete;
    SourceLanguageScope &operator=(const SourceLanguageScope &) = delete;

    static bool isActive(); // on the calling thread

private:
    const bool m_active;
};
