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
    static const QRegularExpression expression(translate(QStringLiteral(
        "<BOL><S>*(?:export<S>+)?(?<key>[A-Za-z0-9_.-]+)(?<separator><S>*=<S>*?|:<S>+?)"
        "(?<value><S>*'(?:\\\\'|[^'])*'|<S>*\"(?:\\\\\"|[^\"])*\"|<S>*`(?:\\\\`|[^`])*`|[^#\\r\\n]+)?"
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
        const QString key = match.captured(u"key");
        QString value = jsTrim(match.captured(u"value"));
        const QChar maybeQuote = value.isEmpty() ? QChar() : value.at(0);
        value.replace(outerQuotesExpression(), QStringLiteral("\\2"));
        if (maybeQuote == QLatin1Char('"')) {
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            value.replace(QStringLiteral("\\r"), QStringLiteral("\r"));
        }

        const qsizetype keyStart = match.capturedStart(u"key");
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

QList<DotenvParser::Binding> DotenvParser::bindings(const QByteArray &content, bool *validUtf8)
{
    // QString::fromUtf8 drops a leading BOM, so it is counted here to keep offsets right.
    const qsizetype bomBytes = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray body = content.mid(bomBytes);
    const QString decoded = QString::fromUtf8(body);
    const bool valid = decoded.toUtf8() == body;
    if (validUtf8)
        *validUtf8 = valid;
    if (!valid)
        return {};

    // The same normalisation as parse() (CRLF and lone CR become LF), remembering for each character of the
    // normalised text the byte offset it came from; one extra entry maps the end of the text.
    QString text;
    QList<qsizetype> byteOffset;
    text.reserve(decoded.size());
    byteOffset.reserve(decoded.size() + 1);
    qsizetype offset = bomBytes;
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar c = decoded.at(i);
        if (c == QLatin1Char('\r')) {
            text.append(QLatin1Char('\n'));
            byteOffset.append(offset);
            const bool crlf = i + 1 < decoded.size() && decoded.at(i + 1) == QLatin1Char('\n');
            offset += crlf ? 2 : 1;
            i += crlf ? 1 : 0;
            continue;
        }
        text.append(c);
        byteOffset.append(offset);
        if (c.isHighSurrogate() && i + 1 < decoded.size() && decoded.at(i + 1).isLowSurrogate()) {
            // A supplementary character: four UTF-8 bytes for two UTF-16 units.
            text.append(decoded.at(i + 1));
            byteOffset.append(offset);
            offset += 4;
            ++i;
            continue;
        }
        const char16_t unit = c.unicode();
        offset += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    }
    byteOffset.append(offset);

    QList<Binding> result;
    QRegularExpressionMatchIterator it = lineExpression().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        Binding binding;
        binding.key = match.captured(u"key");
        binding.keyStart = byteOffset.at(match.capturedStart(u"key"));
        binding.line = int(text.left(match.capturedStart(u"key")).count(QLatin1Char('\n')) + 1);
        qsizetype begin = match.capturedEnd(u"separator");
        qsizetype end = begin;
        if (match.capturedStart(u"value") >= 0) {
            begin = match.capturedStart(u"value");
            end = match.capturedEnd(u"value");
            while (begin < end && isJsSpace(text.at(begin)))
                ++begin;
            while (end > begin && isJsSpace(text.at(end - 1)))
                --end;
            if (begin == end) // only whitespace: a value belongs where it starts
                begin = end = match.capturedStart(u"value");
        }
        binding.valueStart = byteOffset.at(begin);
        binding.valueEnd = byteOffset.at(end);
        result.append(binding);
    }
    return result;
}
