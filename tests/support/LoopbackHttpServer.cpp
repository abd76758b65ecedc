// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackHttpServer.h"

#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

QByteArray LoopbackHttpServer::Request::header(const QByteArray &name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool LoopbackHttpServer::Request::hasHeader(const QByteArray &name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    listen();
}

LoopbackHttpServer::LoopbackHttpServer(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_tls(true)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_server = std::move(server);
    listen();
}

void LoopbackHttpServer::listen()
{
    m_server->listen(QHostAddress::LocalHost, 0);
    // For HTTPS, a connection is pending only once its handshake succeeded.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    // The sockets are the server's children and would report their disconnection to a half-destroyed object.
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        delete socket;
    }
    m_server->close();
}

QString LoopbackHttpServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

quint16 LoopbackHttpServer::unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    // Answering can close the socket, whose disconnected() handler drops its buffer: work on a copy and
    // store it back only while the socket is still known.
    QByteArray buffer = m_buffers.value(socket) + socket->readAll();
    if (buffer.startsWith('\x16')) {
        // A TLS ClientHello on this plain-HTTP port: answer in plain text and hang up, as web servers do.
        m_buffers.insert(socket, {});
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const Header header {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()};
            if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = header.second.toLongLong();
            request.headers.append(header);
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);
        m_buffers.insert(socket, buffer);
        answer(socket, request);
        Q_EMIT requestReceived();
        if (!m_buffers.contains(socket))
            return;
    }
    m_buffers.insert(socket, buffer);
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    switch (m_behaviour) {
    case Behaviour::NeverAnswer:
        return;
    case Behaviour::CloseWithoutAnswer:
        socket->disconnectFromHost();
        return;
    case Behaviour::CloseMidResponse:
        // Promises 1000 bytes, delivers a few, then hangs up.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\npartial");
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Behaviour::DribbleForever:
        dribble(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n", true);
        return;
    case Behaviour::Respond:
    case Behaviour::DribbleAnswer:
        break;
    }
    const qsizetype query = request.path.indexOf('?');
    const QByteArray path = query < 0 ? request.path : request.path.left(query);
    const Response response = m_responses.value(path, m_response);
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const Header &header : response.headers)
        bytes += header.first + ": " + header.second + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    if (m_behaviour == Behaviour::DribbleAnswer) {
        dribble(socket, bytes, false);
        return;
    }
    socket->write(bytes);
}

void LoopbackHttpServer::dribble(QTcpSocket *socket, const QByteArray &bytes, bool forever)
{
    // The timer belongs to the socket, so it stops when the client hangs up and the socket goes.
    auto *timer = new QTimer(socket);
    auto position = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, forever, position] {
        if (*position < bytes.size()) {
            socket->write(bytes.mid((*position)++, 1));
        } else if (forever) {
            socket->write("x");
        } else {
            timer->stop();
        }
        socket->flush();
    });
    timer->start(20);
}
