// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSession.h"

#include "db/DatabaseError.h"
#include "db/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

SqlSession::SqlSession(QSqlDatabase database, const Dialect &dialect, const std::atomic_bool *cancelFlag)
    : m_database(database)
    , m_dialect(dialect)
    , m_cancelFlag(cancelFlag)
{
}

void SqlSession::checkCancelled() const
{
    if (m_cancelFlag && m_cancelFlag->load())
        throw DatabaseError {DatabaseError::Kind::Cancelled, QStringLiteral("Cancelled")};
}

QList<QVariantList> SqlSession::rows(const QString &sql, const QVariantList &bindings)
{
    checkCancelled();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &binding : bindings)
            query.addBindValue(binding);
        ok = query.exec();
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        const DatabaseError::Kind kind = error.type() == QSqlError::ConnectionError
            ? DatabaseError::Kind::ConnectionFailed
            : DatabaseError::Kind::QueryFailed;
        throw DatabaseError {kind, QStringLiteral("%1 — query: %2").arg(error.text(), sql.simplified())};
    }
    QList<QVariantList> result;
    const int columnCount = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row.append(query.value(i));
        result.append(row);
    }
    if (query.lastError().isValid())
        throw DatabaseError {
            DatabaseError::Kind::QueryFailed,
            QStringLiteral("%1 — query: %2").arg(query.lastError().text(), sql.simplified())};
    return result;
}

QVariant SqlSession::scalar(const QString &sql, const QVariantList &bindings)
{
    const auto result = rows(sql, bindings);
    return result.isEmpty() || result.first().isEmpty() ? QVariant() : result.first().first();
}

QList<Dialect::Column> SqlSession::columnInfo(const QString &table)
{
    const auto cached = m_columns.constFind(table);
    if (cached != m_columns.cend())
        return *cached;
    const QList<Dialect::Column> found = m_dialect.tableColumns(*this, table);
    m_columns.insert(table, found);
    return found;
}

QStringList SqlSession::columns(const QString &table)
{
    QStringList names;
    for (const Dialect::Column &column : columnInfo(table))
        names.append(column.name);
    return names;
}

bool SqlSession::hasTable(const QString &table)
{
    return !columns(table).isEmpty();
}

bool SqlSession::hasColumn(const QString &table, const QString &column)
{
    return columns(table).contains(column);
}

qint64 SqlSession::toCount(const QVariant &value)
{
    const JsValue js = toJsValue(value);
    const double number = js.isNullish() ? 0 : js.jsNumber();
    if (std::isnan(number))
        return 0;
    return static_cast<qint64>(number);
}

JsValue SqlSession::toJsValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return JsValue::null();
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return JsValue(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return JsValue(static_cast<double>(value.toLongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return JsValue(value.toDouble());
    case QMetaType::QByteArray:
        return JsValue(QString::fromUtf8(value.toByteArray()));
    default:
        return JsValue(value.toString());
    }
}

JsValue SqlSession::castBoolean(const JsValue &value)
{
    if ((value.isBool() && value.toBool()) || (value.isNumber() && value.toNumber() == 1)
        || (value.isString() && value.toString() == QLatin1String("1")))
        return JsValue(true);
    if ((value.isBool() && !value.toBool()) || (value.isNumber() && value.toNumber() == 0)
        || (value.isString() && value.toString() == QLatin1String("0")))
        return JsValue(false);
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        return JsValue::null();
    return value;
}
