// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <utility>

namespace facet::test {

// A small HTTP/1.1 endpoint on 127.0.0.1 (a free port) for webhook tests. It answers from a script, one
// response per request in arrival order and then the fallback, and records every request. It runs on a thread
// of its own, so it answers whether the code under test waits on the test's thread or on a worker, and
// whether the test blocks meanwhile. Bodies with Content-Length; keep-alive unless a side asks for
// Connection: close. A test using it links Qt6::Network: facet_add_test(tst_x.cpp LIBRARIES Qt6::Network).
class HttpReceiver
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body = QByteArrayLiteral("{}");
        int delayMs = 0;                                  // answer late, e.g. to provoke a client timeout
        QList<std::pair<QByteArray, QByteArray>> headers; // extra ones, e.g. Retry-After
        bool close = false;                               // Connection: close after this answer
        bool drop = false;                                // close the connection without answering

        static Response withStatus(int status, int delayMs = 0)
        {
            Response r;
            r.status = status;
            r.delayMs = delayMs;
            return r;
        }
        static Response dropped()
        {
            Response r;
            r.drop = true;
            return r;
        }
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<std::pair<QByteArray, QByteArray>> headers; // as sent
        QByteArray body;
        int connection = 0;    // which accepted connection (1, 2, ...) carried it
        qint64 receivedMs = 0; // since the receiver started

        QByteArray header(QByteArrayView name) const
        {
            for (const auto& [key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    HttpReceiver()
    {
        m_clock.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                m_server = new QTcpServer(m_context);
                QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_context,
                                 [this] { accept(); });
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~HttpReceiver()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { qDeleteAll(m_context->children()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }
    HttpReceiver(const HttpReceiver&) = delete;
    HttpReceiver& operator=(const HttpReceiver&) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url(const QString& path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    // The answers to the next requests, in order; later requests get the fallback (200 "{}" unless set).
    void script(const QList<Response>& responses)
    {
        QMutexLocker lock(&m_mutex);
        m_script = responses;
    }
    void setFallback(const Response& response)
    {
        QMutexLocker lock(&m_mutex);
        m_fallback = response;
    }

    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    qsizetype requestCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests.size();
    }
    int connectionCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_connections;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
        m_script.clear();
    }
    // For code under test that delivers on a worker thread.
    bool waitForRequests(qsizetype count, int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([&] { return requestCount() >= count; }, QDeadlineTimer(timeoutMs));
    }

    // The check a real endpoint makes: X-Facet-Signature is "sha256=" and the hex HMAC-SHA256 of the body.
    static bool verifySignature(const Request& request, const QByteArray& secret)
    {
        const QByteArray expected =
            "sha256=" +
            QMessageAuthenticationCode::hash(request.body, secret, QCryptographicHash::Sha256).toHex();
        return request.header("X-Facet-Signature") == expected;
    }

private:
    struct Connection
    {
        QTcpSocket* socket = nullptr;
        QByteArray buffer;
        bool busy = false; // an answer is pending (delayed): later requests wait, as HTTP/1.1 requires
        int number = 0;
    };

    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            auto connection = std::make_shared<Connection>();
            connection->socket = socket;
            {
                QMutexLocker lock(&m_mutex);
                connection->number = ++m_connections;
            }
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, connection] {
                connection->buffer += connection->socket->readAll();
                serve(connection);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    // Takes complete requests off the buffer and answers them in order.
    void serve(const std::shared_ptr<Connection>& connection)
    {
        while (!connection->busy) {
            const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
            Request request;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            const QByteArray version = requestLine.value(2);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            length = request.header("Content-Length").toLongLong();
            if (connection->buffer.size() < headerEnd + 4 + length)
                return;
            request.body = connection->buffer.mid(headerEnd + 4, length);
            connection->buffer.remove(0, headerEnd + 4 + length);
            request.connection = connection->number;
            request.receivedMs = m_clock.elapsed();
            const bool clientCloses =
                request.header("Connection").compare("close", Qt::CaseInsensitive) == 0 ||
                version == "HTTP/1.0";

            Response response;
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(request);
                response = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
            }
            if (clientCloses)
                response.close = true;
            connection->busy = true;
            if (response.delayMs > 0) {
                QTimer::singleShot(response.delayMs, connection->socket,
                                   [this, connection, response] { answer(connection, response); });
                return;
            }
            answer(connection, response);
        }
    }

    void answer(const std::shared_ptr<Connection>& connection, const Response& response)
    {
        QTcpSocket* socket = connection->socket;
        connection->busy = false;
        if (response.drop) {
            socket->abort();
            return;
        }
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        // A 204 carries no body, whatever the script says.
        const QByteArray body = response.status == 204 ? QByteArray() : response.body;
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            (response.close ? "\r\nConnection: close" : "\r\nConnection: keep-alive");
        for (const auto& [name, value] : response.headers)
            out += "\r\n" + name + ": " + value;
        out += "\r\n\r\n" + body;
        socket->write(out);
        if (response.close) {
            socket->disconnectFromHost();
            return;
        }
        serve(connection);
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 202:
            return "Accepted";
        case 204:
            return "No Content";
        case 302:
            return "Found";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 404:
            return "Not Found";
        case 408:
            return "Request Timeout";
        case 422:
            return "Unprocessable Content";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        case 504:
            return "Gateway Timeout";
        default:
            return "Status";
        }
    }

    QThread m_thread;
    QObject* m_context = nullptr;   // lives on m_thread; owns the server and its sockets
    QTcpServer* m_server = nullptr; // used on m_thread only
    quint16 m_port = 0;
    QElapsedTimer m_clock;

    mutable QMutex m_mutex; // guards what follows
    QList<Response> m_script;
    Response m_fallback;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace facet::test
