// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeRequestParser.h"

#include <cstring>

namespace {

// RFC 9110 tchar: what a method or a header name may consist of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible ASCII, obs-text, space and tab; no control characters (NUL, CR, LF, DEL …).
bool isFieldValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// A request target in origin form: "/" followed by visible ASCII only.
bool isOriginForm(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

QByteArray IntakeRequestParser::Request::header(const QByteArray &name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool IntakeRequestParser::Request::hasHeader(const QByteArray &name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray IntakeRequestParser::Request::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

IntakeRequestParser::IntakeRequestParser()
    : IntakeRequestParser(Limits())
{
}

IntakeRequestParser::IntakeRequestParser(const Limits &limits)
    : m_limits(limits)
{
}

IntakeRequestParser::State IntakeRequestParser::fail(int status, const QString &text)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorText = text;
    m_buffer.clear();
    return m_state;
}

IntakeRequestParser::State IntakeRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    if (!m_headComplete) {
        // Only as much as could still belong to a head is kept before the blank line is found.
        m_buffer.append(bytes);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeadBytes)
                return fail(431, tr("The request head is larger than %1 bytes.").arg(m_limits.maxHeadBytes));
            return m_state;
        }
        if (end + 4 > m_limits.maxHeadBytes)
            return fail(431, tr("The request head is larger than %1 bytes.").arg(m_limits.maxHeadBytes));
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (parseHead(head) == State::Error)
            return m_state;
        m_headComplete = true;
    } else {
        m_buffer.append(bytes);
    }
    // Bytes after the body would be a second (pipelined) request; the gate answers one and closes.
    if (m_buffer.size() >= m_contentLength) {
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        m_state = State::Complete;
    }
    return m_state;
}

IntakeRequestParser::State IntakeRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    // Every line must end in CRLF: a bare LF or CR is a classic request-smuggling ambiguity.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const bool last = i == lines.size() - 1; // its CRLF was consumed with the blank line
        if ((!last && !line.endsWith('\r')) || line.chopped(last ? 0 : 1).contains('\r'))
            return fail(400, tr("Header lines must end with CRLF."));
    }
    const QByteArray requestLine = lines.first().endsWith('\r') ? lines.first().chopped(1) : lines.first();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return fail(400, tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    if (parts.at(2) != "HTTP/1.1") {
        if (parts.at(2).startsWith("HTTP/"))
            return fail(505, tr("Only HTTP/1.1 is supported."));
        return fail(400, tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    }
    if (!isOriginForm(parts.at(1)))
        return fail(400, tr("The request target must be a path starting with \"/\"."));
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, tr("Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, tr("A header line has no \"name: value\" form."));
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name)) // also refuses "Name : value", which some servers read differently
            return fail(400, tr("A header name contains characters HTTP does not allow."));
        if (!isFieldValue(value))
            return fail(400, tr("A header value contains control characters."));
        if (m_request.headers.size() >= m_limits.maxHeaderCount)
            return fail(431, tr("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
        m_request.headers.append({name, value});
    }

    if (!m_request.hasHeader("host"))
        return fail(400, tr("An HTTP/1.1 request must have a Host header."));
    if (m_request.hasHeader("transfer-encoding"))
        return fail(501, tr("Transfer-Encoding (chunked) is not supported; send a Content-Length."));
    QByteArray length;
    for (const Header &header : std::as_const(m_request.headers)) {
        if (header.first.compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        if (!length.isNull() && header.second != length)
            return fail(400, tr("The request has conflicting Content-Length headers."));
        length = header.second;
    }
    if (length.isNull()) {
        // A POST must say how long its body is; other methods (refused by the intake anyway) have none, so
        // that a GET is answered "405 Method Not Allowed" rather than "411 Length Required".
        if (m_request.method == "POST")
            return fail(411, tr("A Content-Length header is required."));
        length = "0";
    }
    // Digits only: toLongLong would accept "+5", " 5" or hexadecimal-looking input in other bases.
    if (length.isEmpty() || length.size() > 18)
        return fail(400, tr("The Content-Length is not a number."));
    for (const char c : length) {
        if (c < '0' || c > '9')
            return fail(400, tr("The Content-Length is not a number."));
    }
    m_contentLength = length.toLongLong();
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(413, tr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
    return m_state;
}
