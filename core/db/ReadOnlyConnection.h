// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseSettings.h"
#include "db/Dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// Opens the inspected database so that it cannot be changed through this connection: SQLite with
// QSQLITE_OPEN_READONLY (the file's bytes stay as they are). Each instance owns a uniquely named QSqlDatabase
// connection for the thread that opened it and removes it on destruction, as Qt requires one connection per
// thread.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const DatabaseSettings &settings);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    // Returns false and sets errorMessage (naming the file or host and what to do) when the database cannot
    // be opened or is not readable as a database.
    bool open(QString *errorMessage);
    QSqlDatabase database() const;
    const Dialect &dialect() const { return *m_dialect; }

private:
    bool openSqlite(QString *errorMessage);

    DatabaseSettings m_settings;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
};
