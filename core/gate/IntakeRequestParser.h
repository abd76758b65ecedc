// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A strict, incremental parser for one HTTP/1.1 request as the review gate receives it from Directus's fetch
// (undici): a request line `METHOD SP target SP HTTP/1.1`, CRLF-terminated header lines, a Content-Length
// (required for POST) and exactly that many body bytes. Feed it bytes as they arrive; it reports Complete,
// NeedMore, or an Error with the HTTP status to answer (400, 411, 413, 431, 501, 505) and a sentence saying
// why. Limits are checked as early as possible: the head is refused once it passes maxHeadBytes, and a body
// larger than maxBodyBytes is refused from its Content-Length, before any of it is read. It is a plain value
// with no Qt event loop, so the libFuzzer target tests/fuzz/fuzz_intake.cpp drives it directly. Not supported
// (each refused with a clear status): chunked or any other Transfer-Encoding (undici sends a Content-Length
// for a string body), obsolete line folding, HTTP/1.0 and HTTP/2, more than one request per connection (the
// gate answers `Connection: close`).
class IntakeRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(IntakeRequestParser)

public:
    using Header = QPair<QByteArray, QByteArray>;

    struct Limits
    {
        int maxHeadBytes = 16 * 1024; // request line and headers, CRLFs included
        int maxHeaderCount = 64;
        qint64 maxBodyBytes = 1024 * 1024; // a report is about 1 KiB; an owner registration less
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // as received: the path and any query
        QList<Header> headers; // names as received, values trimmed
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
        bool hasHeader(const QByteArray &name) const;
        QByteArray path() const; // target without the query
    };

    enum class State { NeedMore, Complete, Error };

    IntakeRequestParser();
    explicit IntakeRequestParser(const Limits &limits);

    // Appends bytes and parses as far as they go. Once Complete or Error, further bytes are ignored.
    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    // After the head is parsed (method and target known), even while the body is still arriving.
    bool headComplete() const { return m_headComplete; }

    const Request &request() const { return m_request; }
    int errorStatus() const { return m_errorStatus; } // when Error
    QString errorText() const { return m_errorText; } // when Error: a sentence for the client

private:
    State fail(int status, const QString &text);
    State parseHead(const QByteArray &head);

    Limits m_limits;
    QByteArray m_buffer;
    Request m_request;
    State m_state = State::NeedMore;
    bool m_headComplete = false;
    qint64 m_contentLength = -1;
    int m_errorStatus = 0;
    QString m_errorText;
};
