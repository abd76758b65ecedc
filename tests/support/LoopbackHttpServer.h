// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

// A real HTTP/1.1 server on 127.0.0.1 (port chosen by the system) for tests: it records every request it
// receives (method, path, headers, exact body) and answers as told, including the failure modes a telemetry
// intake can show: an error status with a body, never answering, or closing the connection in the middle of
// its answer. With a QSslConfiguration it speaks HTTPS. It only ever listens on loopback.
// Not supported: chunked request bodies.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    // DribbleAnswer sends the configured answer one byte every 20 ms; DribbleForever promises a large body
    // and sends one byte every 20 ms without end.
    enum class Behaviour {
        Respond,
        NeverAnswer,
        CloseMidResponse,
        CloseWithoutAnswer,
        DribbleAnswer,
        DribbleForever
    };
    using Header = QPair<QByteArray, QByteArray>;

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<Header> headers;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<Header> headers; // names as received
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
        bool hasHeader(const QByteArray &name) const;
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    explicit LoopbackHttpServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QString baseUrl() const; // http://127.0.0.1:<port>, or https://

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setResponse(const Response &response) { m_response = response; }
    void setResponseFor(const QByteArray &path, const Response &response)
    {
        m_responses.insert(path, response);
    }

    const QList<Request> &requests() const { return m_requests; }

    // A port on 127.0.0.1 on which nothing listens (bound, then released).
    static quint16 unusedPort();

Q_SIGNALS:
    void requestReceived();

private:
    void dribble(QTcpSocket *socket, const QByteArray &bytes, bool forever);

    void listen();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Behaviour m_behaviour = Behaviour::Respond;
    Response m_response;
    QMap<QByteArray, Response> m_responses;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};
