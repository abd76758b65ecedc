// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportIntake.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcIntake, "dti.core.gate", QtWarningMsg)

struct ReportIntake::Connection
{
    explicit Connection(const IntakeRequestParser::Limits &limits)
        : parser(limits)
    {
    }
    IntakeRequestParser parser;
    QTimer *deadline = nullptr; // a child of the socket: it goes when the socket goes
    bool answered = false;
};

ReportIntake::ReportIntake(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ReportIntake::onNewConnection);
}

ReportIntake::~ReportIntake()
{
    // Sockets are children of the server; forget them before it deletes them.
    for (auto &[socket, connection] : m_connections)
        socket->disconnect(this);
    m_connections.clear();
}

bool ReportIntake::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool ReportIntake::listen(const Options &options, QString *errorMessage, QString *warning)
{
    if (!isLoopback(options.address) && !options.allowNonLoopback) {
        *errorMessage = tr("%1 is not a loopback address: the gate would accept reports (and Authorization "
                           "headers) from the network. Use 127.0.0.1, or allow it explicitly.")
                            .arg(options.address.toString());
        return false;
    }
    if (!isLoopback(options.address) && warning) {
        *warning = tr("Listening on %1, which is reachable from other hosts, without TLS: anyone who can "
                      "reach it can post reports, and Authorization headers cross the network in clear text.")
                       .arg(options.address.toString());
    }
    m_options = options;
    m_server.setMaxPendingConnections(options.maxConnections);
    if (!m_server.listen(options.address, options.port)) {
        *errorMessage = tr("Cannot listen on %1:%2: %3")
                            .arg(options.address.toString())
                            .arg(options.port)
                            .arg(m_server.errorString());
        return false;
    }
    return true;
}

void ReportIntake::close()
{
    m_server.close();
    while (!m_connections.empty())
        drop(m_connections.begin()->first);
}

QString ReportIntake::peerOf(const QTcpSocket *socket)
{
    QHostAddress address = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(socket->peerPort());
}

void ReportIntake::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (static_cast<int>(m_connections.size()) >= m_options.maxConnections) {
            // Answer without reading: the client learns why instead of seeing a reset.
            const QString peer = peerOf(socket);
            socket->write(
                "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            Q_EMIT requestRefused(peer, 503, tr("too many connections"));
            continue;
        }
        // The parser stops at its limits; this keeps Qt from buffering much more than that meanwhile.
        socket->setReadBufferSize(64 * 1024);
        auto connection = std::make_unique<Connection>(m_options.limits);
        connection->deadline = new QTimer(socket);
        connection->deadline->setSingleShot(true);
        connect(connection->deadline, &QTimer::timeout, this, [this, socket] {
            const auto found = m_connections.find(socket);
            if (found != m_connections.end() && found->second->answered) {
                drop(socket); // answered, but the client neither read it all nor closed
                return;
            }
            refuse(socket, 408,
                   tr("No complete request within %1 ms of connecting.").arg(m_options.clientTimeoutMs));
        });
        connection->deadline->start(m_options.clientTimeoutMs);
        m_connections.emplace(socket, std::move(connection));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void ReportIntake::onReadyRead(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = *found->second;
    if (connection.answered) {
        socket->readAll(); // whatever follows the answered request is ignored
        return;
    }
    const bool headWasComplete = connection.parser.headComplete();
    const IntakeRequestParser::State state = connection.parser.feed(socket->readAll());
    if (state == IntakeRequestParser::State::Error) {
        refuse(socket, connection.parser.errorStatus(), connection.parser.errorText());
        return;
    }
    if (!headWasComplete && connection.parser.headComplete()) {
        // Route as soon as the head is known, so a wrong path never has its body read.
        const IntakeRequestParser::Request &request = connection.parser.request();
        const QByteArray path = request.path();
        if (path != "/v1/metrics" && path != "/v1/owner") {
            refuse(socket, 404,
                   tr("Not found: this is a Directus telemetry review gate; it accepts POST /v1/metrics and "
                      "POST /v1/owner only."));
            return;
        }
        if (request.method != "POST") {
            refuse(socket, 405,
                   tr("Method not allowed: %1 accepts POST only.").arg(QString::fromLatin1(path)),
                   "Allow: POST\r\n");
            return;
        }
    }
    if (state != IntakeRequestParser::State::Complete)
        return;
    connection.deadline->stop();
    const QString peer = peerOf(socket);
    const Answer answer = m_handler(connection.parser.request(), peer);
    // The handler may have run a nested operation; the socket could be gone by now.
    if (m_connections.find(socket) == m_connections.end())
        return;
    respond(socket, answer.status, answer.body);
}

void ReportIntake::respond(QTcpSocket *socket, int status, const QByteArray &body,
                           const QByteArray &extraHeaders)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end() || found->second->answered)
        return;
    found->second->answered = true;
    // From now on the deadline bounds how long the client may take to read the answer and close.
    found->second->deadline->start(m_options.clientTimeoutMs);
    QByteArray text = body;
    if (!text.isEmpty() && !text.endsWith('\n'))
        text.append('\n');
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(text.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    // A lingering close, as HTTP servers do: once the answer is written, shut down only the sending side and
    // keep reading (and discarding) until the client closes. Closing outright with unread request bytes
    // (a refused oversize body) would make the kernel send a reset, and the client might never see why.
    connect(socket, &QTcpSocket::bytesWritten, this, [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
    });
    socket->write(head + text);
}

void ReportIntake::refuse(QTcpSocket *socket, int status, const QString &reason,
                          const QByteArray &extraHeaders)
{
    qCInfo(lcIntake) << "refused" << status << reason;
    const QString peer = peerOf(socket);
    respond(socket, status, reason.toUtf8(), extraHeaders);
    Q_EMIT requestRefused(peer, status, reason);
}

void ReportIntake::drop(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    // drop() may run inside the deadline timer's own timeout(): the timer goes later, with the socket.
    found->second->deadline->stop();
    m_connections.erase(found);
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
}

QByteArray ReportIntake::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
