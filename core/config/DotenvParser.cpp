// SPDX-License-Identifier: GPL-3.0-or-later
#include "DotenvParser.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// dotenv's regular expressions are JavaScript ones; PCRE differs in what \s, `.`, ^ and $ mean, so the
// JavaScript meanings are spelled out. JS \s includes the BOM, which is why a leading BOM is skipped.
const QString JsSpace
    = QStringLiteral("[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
                     "\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]");
const QString JsDot = QStringLiteral("[^\\n\\r\\x{2028}\\x{2029}]");
const QString JsLineStart = QStringLiteral("(?:\\A|(?<=[\\n\\r\\x{2028}\\x{2029}]))");
const QString JsLineEnd = QStringLiteral("(?=[\\n\\r\\x{2028}\\x{2029}]|\\z)");

// Patterns are written with <S> for \s, <DOT> for `.`, <BOL> for ^ and <EOL> for $ (multi-line mode).
QString translate(QString pattern)
{
    pattern.replace(QStringLiteral("<S>"), JsSpace);
    pattern.replace(QStringLiteral("<DOT>"), JsDot);
    pattern.replace(QStringLiteral("<BOL>"), JsLineStart);
    pattern.replace(QStringLiteral("<EOL>"), JsLineEnd);
    return pattern;
}

// dotenv 17.2.3's LINE expression, with the flags /mg.
const QRegularExpression &lineExpression()
{
    static const QRegularExpression expression(translate(
        QStringLiteral("<BOL><S>*(?:export<S>+)?([A-Za-z0-9_.-]+)(?:<S>*=<S>*?|:<S>+?)"
                       "(<S>*'(?:\\\\'|[^'])*'|<S>*\"(?:\\\\\"|[^\"])*\"|<S>*`(?:\\\\`|[^`])*`|[^#\\r\\n]+)?"
                       "<S>*(?:#<DOT>*)?<EOL>")));
    return expression;
}

// /^(['"`])([\s\S]*)\1$/mg
const QRegularExpression &outerQuotesExpression()
{
    static const QRegularExpression expression(translate(QStringLiteral("<BOL>(['\"`])([\\s\\S]*)\\1<EOL>")));
    return expression;
}

bool isJsSpace(QChar c)
{
    static const QRegularExpression space(QStringLiteral("\\A") + JsSpace + QStringLiteral("\\z"));
    return space.match(QString(c)).hasMatch();
}

QString jsTrim(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isJsSpace(text.at(begin)))
        ++begin;
    while (end > begin && isJsSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QList<DotenvParser::Entry> DotenvParser::parse(const QByteArray &content)
{
    QString text = QString::fromUtf8(content);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    QList<Entry> entries;
    QHash<QString, qsizetype> indexByKey;
    qsizetype lineNumber = 1;
    qsizetype countedUpTo = 0;

    QRegularExpressionMatchIterator it = lineExpression().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString key = match.captured(1);
        QString value = jsTrim(match.captured(2));
        const QChar maybeQuote = value.isEmpty() ? QChar() : value.at(0);
        value.replace(outerQuotesExpression(), QStringLiteral("\\2"));
        if (maybeQuote == QLatin1Char('"')) {
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            value.replace(QStringLiteral("\\r"), QStringLiteral("\r"));
        }

        const qsizetype keyStart = match.capturedStart(1);
        lineNumber += text.mid(countedUpTo, keyStart - countedUpTo).count(QLatin1Char('\n'));
        countedUpTo = keyStart;

        const auto existing = indexByKey.constFind(key);
        if (existing != indexByKey.constEnd()) {
            entries[*existing].value = value;
        } else {
            indexByKey.insert(key, entries.size());
            entries.append({key, value, int(lineNumber)});
        }
    }
    return entries;
}
