// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Thrown by SqlSession when a query fails or the run is cancelled, caught by ReportEngine, which turns it
// into an error the UI and CLI show. Collectors never catch it except to apply a documented fallback
// (database_size).
struct DatabaseError
{
    enum class Kind { QueryFailed, ConnectionFailed, Cancelled };
    Kind kind = Kind::QueryFailed;
    QString message; // what failed, on which table, what the driver said
};
