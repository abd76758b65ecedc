// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Dialect.h"
#include "json/JsValue.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

#include <atomic>

// One open, read-only connection plus its Dialect, used by collectors on one thread. Every query failure
// throws DatabaseError with the statement's purpose and the driver's text; a set cancel flag throws Cancelled
// before the next statement. Column lists are cached, so collectors can ask freely.
class SqlSession
{
public:
    SqlSession(QSqlDatabase database, const Dialect &dialect, const std::atomic_bool *cancelFlag = nullptr);

    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase database() const { return m_database; }

    QList<QVariantList> rows(const QString &sql, const QVariantList &bindings = {});
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}); // first column of the first row
    void checkCancelled() const;

    bool hasTable(const QString &table);
    bool hasColumn(const QString &table, const QString &column);
    QStringList columns(const QString &table);
    QList<Dialect::Column> columnInfo(const QString &table);

    // Number(x ?? 0), as Directus converts COUNT/SUM results (spec §5): strings from pg/mysql included.
    static qint64 toCount(const QVariant &value);
    // A driver value as the JS value Directus's driver would deliver (numbers, strings, null).
    static JsValue toJsValue(const QVariant &value);
    // Directus's cast-boolean special on a read value: true/1/"1" → true, false/0/"0" → false, null/"" →
    // null, anything else unchanged.
    static JsValue castBoolean(const JsValue &value);

private:
    QSqlDatabase m_database;
    const Dialect &m_dialect;
    const std::atomic_bool *m_cancelFlag;
    QHash<QString, QList<Dialect::Column>> m_columns;
};
