// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gate/IntakeRequestParser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <map>
#include <memory>

class QTcpSocket;
class QTimer;

// The review gate's HTTP listener: a QTcpServer (QtHttpServer is not in Debian's Qt 6.4) that accepts exactly
// Directus's two outgoing posts, `POST /v1/metrics` (the telemetry report, sent to TELEMETRY_URL) and
// `POST /v1/owner` (the owner registration, sent to COMPLIANCE_URL), parses each with IntakeRequestParser and
// hands the complete request to the handler, whose Answer it sends. Everything else gets a short text answer:
// 404 (other path), 405 with `Allow: POST` (other method), the parser's 400/411/413/431/501/505, 408 when a
// client has not sent a complete request within clientTimeoutMs of connecting (a slow-client bound, not an
// idle bound, so a byte-a-second sender cannot hold a connection), and 503 beyond maxConnections. Every
// answer closes the connection. It binds to one address only: a loopback address unless allowNonLoopback is
// set. requestRefused() reports each refusal for a log. Not supported: TLS (it is meant for loopback; put a
// TLS proxy in front if Directus runs on another host), keep-alive, pipelining.
class ReportIntake : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0: the system picks one; see serverPort()
        bool allowNonLoopback = false;
        IntakeRequestParser::Limits limits;
        int clientTimeoutMs = 10000;
        int maxConnections = 32;
    };

    struct Answer
    {
        int status = 202;
        QByteArray body; // text/plain
    };

    // The request, the peer as "address:port"; returns what to answer.
    using Handler = std::function<Answer(const IntakeRequestParser::Request &request, const QString &peer)>;

    explicit ReportIntake(Handler handler, QObject *parent = nullptr);
    ~ReportIntake() override;

    // False (with why) when the address is not loopback without allowNonLoopback, or cannot be bound.
    // warning is set when a non-loopback address is used.
    bool listen(const Options &options, QString *errorMessage, QString *warning = nullptr);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    // Connections open now (being read, or answered and closing): for a status line.
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

    static bool isLoopback(const QHostAddress &address);
    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void requestRefused(const QString &peer, int status, const QString &reason);

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &body,
                 const QByteArray &extraHeaders = QByteArray());
    void refuse(QTcpSocket *socket, int status, const QString &reason,
                const QByteArray &extraHeaders = QByteArray());
    void drop(QTcpSocket *socket);
    static QString peerOf(const QTcpSocket *socket);

    Handler m_handler;
    Options m_options;
    QTcpServer m_server;
    std::map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
};
