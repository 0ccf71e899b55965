// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook delivery against a real HTTP endpoint on 127.0.0.1: signatures an endpoint can check, idempotency
// keys that survive retries, which answers are retried and which go to the dead letters, batches, cancel and
// backoff.
#include "models/publishing/WebhookDelivery.h"
#include "tests/common/HttpReceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace facet::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = QByteArrayLiteral("shared secret of the target");

WebhookDelivery::Message message(int i)
{
    const QString sku = u"SKU-%1"_s.arg(i);
    return {u"key-%1"_s.arg(i), sku, u"de-DE"_s,
            QJsonObject{{u"action"_s, u"upsert"_s},
                        {u"sku"_s, sku},
                        {u"locale"_s, u"de-DE"_s},
                        {u"channel"_s, u"web"_s},
                        {u"revision"_s, u"rev-%1"_s.arg(i)},
                        {u"parts"_s, QJsonObject{{u"page"_s, u"<p>%1</p>"_s.arg(i)}}}}};
}

QList<WebhookDelivery::Message> messages(int count)
{
    QList<WebhookDelivery::Message> list;
    for (int i = 1; i <= count; ++i)
        list.append(message(i));
    return list;
}

// Small timings so retries take milliseconds.
WebhookDelivery::Settings fastSettings(const QUrl& url)
{
    WebhookDelivery::Settings s;
    s.url = url;
    s.timeoutMs = 3000;
    s.maxAttempts = 3;
    s.backoffMs = 5;
    s.maxBackoffMs = 20;
    return s;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureIsHmacSha256();
    void requestIsSignedAndDescribed();
    void idempotencyKeyIsStableAcrossRetries();
    void serverErrorThenSuccessRetriesOnce();
    void statusHandling_data();
    void statusHandling();
    void redirectIsNotFollowed();
    void timeoutThenSuccessRetries();
    void timeoutsExhaustAttempts();
    void connectionRefusedIsRetriedThenFails();
    void droppedConnectionIsRetried();
    void batchesCarryTheirMessages();
    void connectionIsReused();
    void cancelBetweenBatches();
    void cancelDuringBackoff();
    void cancelDuringSlowRequest();
    void backoffLimitDoublesUpToTheCap();
    void backoffDelayIsJittered();
    void retriesWaitWithinBackoffBounds();
    void retryAfterIsHonouredUpToTheCap();
    void untrustedCertificateIsNotRetried();
    void settingsFromJson();
    void validate_data();
    void validate();
    void pingAnswers();
};

void TestWebhookDelivery::signatureIsHmacSha256()
{
    // RFC 4231, test case 2.
    QCOMPARE(WebhookDelivery::signature("Jefe", "what do ya want for nothing?"),
             QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestWebhookDelivery::requestIsSignedAndDescribed()
{
    HttpReceiver receiver;
    QVERIFY(receiver.isListening());
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"shop-hook"_s, 42);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 1);
    QCOMPARE(outcomes[0].httpStatus, 200);
    QCOMPARE(outcomes[0].key, u"key-1"_s);
    QVERIFY(outcomes[0].error.isEmpty());

    const QList<HttpReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size(), 1);
    const HttpReceiver::Request& r = requests[0];
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/hook"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(r.header("User-Agent").startsWith("Facet/"));
    QVERIFY(HttpReceiver::verifySignature(r, kSecret));
    QVERIFY(!HttpReceiver::verifySignature(r, "another secret"));
    QCOMPARE(r.header("Idempotency-Key"), QByteArray("key-1"));
    const QDateTime stamp =
        QDateTime::fromString(QString::fromLatin1(r.header("X-Facet-Timestamp")), Qt::ISODate);
    QVERIFY(stamp.isValid());
    QVERIFY(r.header("X-Facet-Timestamp").endsWith('Z'));
    QVERIFY(stamp >= before && stamp <= QDateTime::currentDateTimeUtc().addSecs(1));

    const QJsonObject body = r.json();
    QCOMPARE(body.value("target"_L1).toString(), u"shop-hook"_s);
    QCOMPARE(body.value("publication"_L1).toInteger(), qint64(42));
    const QJsonArray sent = body.value("messages"_L1).toArray();
    QCOMPARE(sent.size(), 1);
    QJsonObject expected = message(1).body;
    expected.insert("key"_L1, u"key-1"_s);
    QCOMPARE(sent[0].toObject(), expected);

    // A body changed on the way no longer matches its signature.
    HttpReceiver::Request tampered = r;
    tampered.body.replace("SKU-1", "SKU-2");
    QVERIFY(!HttpReceiver::verifySignature(tampered, kSecret));
}

void TestWebhookDelivery::idempotencyKeyIsStableAcrossRetries()
{
    HttpReceiver receiver;
    receiver.script({HttpReceiver::Response::withStatus(500), HttpReceiver::Response::withStatus(503)});
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(7)});

    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 3);
    const QList<HttpReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size(), 3);
    for (const HttpReceiver::Request& r : requests) {
        QCOMPARE(r.header("Idempotency-Key"), QByteArray("key-7"));
        QCOMPARE(r.body, requests[0].body);
        QVERIFY(HttpReceiver::verifySignature(r, kSecret));
    }
}

void TestWebhookDelivery::serverErrorThenSuccessRetriesOnce()
{
    HttpReceiver receiver;
    receiver.script({HttpReceiver::Response::withStatus(500), HttpReceiver::Response::withStatus(200)});
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QCOMPARE(receiver.requestCount(), 2);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 2);
    QCOMPARE(outcomes[0].httpStatus, 200);
    QVERIFY(outcomes[0].error.isEmpty());
}

void TestWebhookDelivery::statusHandling_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("delivered");

    // Every answer is `status`; maxAttempts is 3.
    QTest::newRow("200 delivers") << 200 << 1 << true;
    QTest::newRow("202 delivers") << 202 << 1 << true;
    QTest::newRow("204 delivers") << 204 << 1 << true;
    QTest::newRow("400 is final") << 400 << 1 << false;
    QTest::newRow("401 is final") << 401 << 1 << false;
    QTest::newRow("404 is final") << 404 << 1 << false;
    QTest::newRow("422 is final") << 422 << 1 << false;
    QTest::newRow("408 is retried") << 408 << 3 << false;
    QTest::newRow("429 is retried") << 429 << 3 << false;
    QTest::newRow("500 is retried") << 500 << 3 << false;
    QTest::newRow("502 is retried") << 502 << 3 << false;
    QTest::newRow("503 is retried") << 503 << 3 << false;
    QTest::newRow("504 is retried") << 504 << 3 << false;
}

void TestWebhookDelivery::statusHandling()
{
    QFETCH(int, status);
    QFETCH(int, requests);
    QFETCH(bool, delivered);

    HttpReceiver receiver;
    HttpReceiver::Response answer = HttpReceiver::Response::withStatus(status);
    answer.body = QByteArrayLiteral("{\"error\":\"the reason\"}");
    receiver.setFallback(answer);
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QCOMPARE(receiver.requestCount(), requests);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes[0].delivered, delivered);
    QCOMPARE(outcomes[0].attempts, requests);
    QCOMPARE(outcomes[0].httpStatus, status);
    QCOMPARE(outcomes[0].cancelled, false);
    if (delivered) {
        QVERIFY(outcomes[0].error.isEmpty());
    } else {
        // What a dead letter shows an admin: the status and what the endpoint said.
        QVERIFY2(outcomes[0].error.startsWith(u"HTTP %1 "_s.arg(status)), qPrintable(outcomes[0].error));
        QVERIFY2(outcomes[0].error.contains("the reason"_L1), qPrintable(outcomes[0].error));
    }
}

void TestWebhookDelivery::redirectIsNotFollowed()
{
    HttpReceiver receiver;
    HttpReceiver::Response redirect = HttpReceiver::Response::withStatus(302);
    redirect.headers.emplaceBack("Location", receiver.url(u"/elsewhere"_s).toEncoded());
    receiver.script({redirect});
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QCOMPARE(receiver.requestCount(), 1);
    QVERIFY(!outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 1);
    QCOMPARE(outcomes[0].httpStatus, 302);
    QVERIFY2(outcomes[0].error.contains("/elsewhere"_L1), qPrintable(outcomes[0].error));
}

void TestWebhookDelivery::timeoutThenSuccessRetries()
{
    HttpReceiver receiver;
    receiver.script({HttpReceiver::Response::withStatus(200, 3000), HttpReceiver::Response::withStatus(200)});
    WebhookDelivery::Settings settings = fastSettings(receiver.url());
    settings.timeoutMs = 300;
    WebhookDelivery delivery(settings, kSecret, u"hook"_s, 1);
    QElapsedTimer clock;
    clock.start();
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QVERIFY2(clock.elapsed() < 2500, "the first attempt must end at its timeout, not at the late answer");
    QCOMPARE(receiver.requestCount(), 2);
    QVERIFY(outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 2);
    QCOMPARE(outcomes[0].httpStatus, 200);
}

void TestWebhookDelivery::timeoutsExhaustAttempts()
{
    HttpReceiver receiver;
    receiver.setFallback(HttpReceiver::Response::withStatus(200, 3000));
    WebhookDelivery::Settings settings = fastSettings(receiver.url());
    settings.timeoutMs = 200;
    settings.maxAttempts = 2;
    WebhookDelivery delivery(settings, kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QCOMPARE(receiver.requestCount(), 2);
    QVERIFY(!outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 2);
    QCOMPARE(outcomes[0].httpStatus, 0);
    QCOMPARE(outcomes[0].error, u"No answer within 200 ms."_s);
}

void TestWebhookDelivery::connectionRefusedIsRetriedThenFails()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    WebhookDelivery delivery(fastSettings(QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port))), kSecret, u"hook"_s,
                             1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver(messages(2));

    QCOMPARE(outcomes.size(), 2);
    for (const WebhookDelivery::Outcome& outcome : outcomes) {
        QVERIFY(!outcome.delivered);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(outcome.httpStatus, 0);
        QVERIFY2(outcome.error.contains("refused"_L1, Qt::CaseInsensitive), qPrintable(outcome.error));
    }
}

void TestWebhookDelivery::droppedConnectionIsRetried()
{
    // Qt itself resends once on a connection closed before any answer, so an endpoint that drops every
    // connection sees more requests than attempts are counted; what counts is that each attempt retried.
    HttpReceiver receiver;
    receiver.setFallback(HttpReceiver::Response::dropped());
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QVERIFY(!outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 3);
    QCOMPARE(outcomes[0].httpStatus, 0);
    QVERIFY(!outcomes[0].error.isEmpty());
    QVERIFY(receiver.requestCount() >= 3);
}

void TestWebhookDelivery::batchesCarryTheirMessages()
{
    HttpReceiver receiver;
    WebhookDelivery::Settings settings = fastSettings(receiver.url());
    settings.batchSize = 3;
    WebhookDelivery delivery(settings, kSecret, u"hook"_s, 9);
    QList<QPair<qsizetype, qsizetype>> reported;
    const QList<WebhookDelivery::Outcome> outcomes =
        delivery.deliver(messages(7), [&reported](qsizetype done, qsizetype total) {
            if (reported.isEmpty() || reported.constLast() != qMakePair(done, total))
                reported.append({done, total});
            return true;
        });

    QCOMPARE(outcomes.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(outcomes[i].key, u"key-%1"_s.arg(i + 1));
        QVERIFY(outcomes[i].delivered);
        QCOMPARE(outcomes[i].attempts, 1);
    }
    const QList<HttpReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size(), 3);
    const QList<QStringList> expectedKeys{
        {u"key-1"_s, u"key-2"_s, u"key-3"_s}, {u"key-4"_s, u"key-5"_s, u"key-6"_s}, {u"key-7"_s}};
    for (int b = 0; b < 3; ++b) {
        const QJsonArray sent = requests[b].json().value("messages"_L1).toArray();
        QStringList keys;
        for (const QJsonValue& m : sent)
            keys << m.toObject().value("key"_L1).toString();
        QCOMPARE(keys, expectedKeys[b]);
        QVERIFY(HttpReceiver::verifySignature(requests[b], kSecret));
        // A batch's key is the SHA-256 of the keys it carries; a single message keeps its own.
        QByteArray batchKey = expectedKeys[b].size() == 1 ? expectedKeys[b][0].toUtf8() : QByteArray();
        if (batchKey.isEmpty()) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const QString& key : expectedKeys[b])
                hash.addData(QByteArray(key.toUtf8() + '\n'));
            batchKey = hash.result().toHex();
        }
        QCOMPARE(requests[b].header("Idempotency-Key"), batchKey);
    }
    const QList<QPair<qsizetype, qsizetype>> expectedProgress{{0, 7}, {3, 7}, {6, 7}, {7, 7}};
    QCOMPARE(reported, expectedProgress);
}

void TestWebhookDelivery::connectionIsReused()
{
    HttpReceiver receiver;
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver(messages(5));
    QCOMPARE(outcomes.size(), 5);
    QCOMPARE(receiver.requestCount(), 5);
    QCOMPARE(receiver.connectionCount(), 1);
}

void TestWebhookDelivery::cancelBetweenBatches()
{
    HttpReceiver receiver;
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes =
        delivery.deliver(messages(5), [](qsizetype done, qsizetype) { return done < 2; });

    QCOMPARE(receiver.requestCount(), 2);
    QCOMPARE(outcomes.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(outcomes[i].delivered, i < 2);
        QCOMPARE(outcomes[i].cancelled, i >= 2);
        QCOMPARE(outcomes[i].attempts, i < 2 ? 1 : 0);
        QCOMPARE(outcomes[i].error, i < 2 ? QString() : u"cancelled"_s);
    }
}

void TestWebhookDelivery::cancelDuringBackoff()
{
    HttpReceiver receiver;
    // Retry-After makes the pause a sure 10 s (jitter alone might draw a short one).
    HttpReceiver::Response busy = HttpReceiver::Response::withStatus(503);
    busy.headers.emplaceBack("Retry-After", "10");
    receiver.setFallback(busy);
    WebhookDelivery::Settings settings = fastSettings(receiver.url());
    settings.backoffMs = 10000;
    settings.maxBackoffMs = 10000;
    WebhookDelivery delivery(settings, kSecret, u"hook"_s, 1);
    QElapsedTimer clock;
    clock.start();
    const QList<WebhookDelivery::Outcome> outcomes =
        delivery.deliver(messages(2), [&clock](qsizetype, qsizetype) { return clock.elapsed() < 300; });

    QVERIFY2(clock.elapsed() < 2000, "cancel must not wait out the backoff");
    QCOMPARE(receiver.requestCount(), 1);
    QCOMPARE(outcomes.size(), 2);
    for (const WebhookDelivery::Outcome& outcome : outcomes) {
        QVERIFY(!outcome.delivered);
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.error, u"cancelled"_s);
    }
    QCOMPARE(outcomes[0].httpStatus, 503);
    QCOMPARE(outcomes[0].attempts, 1);
    QCOMPARE(outcomes[1].attempts, 0);
}

void TestWebhookDelivery::cancelDuringSlowRequest()
{
    HttpReceiver receiver;
    receiver.setFallback(HttpReceiver::Response::withStatus(200, 5000));
    WebhookDelivery::Settings settings = fastSettings(receiver.url());
    settings.timeoutMs = 10000;
    WebhookDelivery delivery(settings, kSecret, u"hook"_s, 1);
    QElapsedTimer clock;
    clock.start();
    const QList<WebhookDelivery::Outcome> outcomes =
        delivery.deliver({message(1)}, [&clock](qsizetype, qsizetype) { return clock.elapsed() < 300; });

    QVERIFY2(clock.elapsed() < 2000, "cancel must abort a request in flight");
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes[0].delivered);
    QVERIFY(outcomes[0].cancelled);
    QCOMPARE(outcomes[0].attempts, 1);
    QCOMPARE(outcomes[0].error, u"cancelled"_s);
}

void TestWebhookDelivery::backoffLimitDoublesUpToTheCap()
{
    WebhookDelivery::Settings s;
    s.backoffMs = 100;
    s.maxBackoffMs = 1000;
    QCOMPARE(WebhookDelivery::backoffLimit(s, 1), 100);
    QCOMPARE(WebhookDelivery::backoffLimit(s, 2), 200);
    QCOMPARE(WebhookDelivery::backoffLimit(s, 3), 400);
    QCOMPARE(WebhookDelivery::backoffLimit(s, 4), 800);
    QCOMPARE(WebhookDelivery::backoffLimit(s, 5), 1000);
    QCOMPARE(WebhookDelivery::backoffLimit(s, 64), 1000);
    // The defaults: 0.5 s doubling to the 30 s cap.
    const WebhookDelivery::Settings defaults;
    QCOMPARE(WebhookDelivery::backoffLimit(defaults, 1), 500);
    QCOMPARE(WebhookDelivery::backoffLimit(defaults, 6), 16000);
    QCOMPARE(WebhookDelivery::backoffLimit(defaults, 7), 30000);
    QCOMPARE(WebhookDelivery::backoffLimit(defaults, 1000), 30000);
}

void TestWebhookDelivery::backoffDelayIsJittered()
{
    WebhookDelivery::Settings s;
    s.backoffMs = 100;
    s.maxBackoffMs = 1000;
    for (int retry = 1; retry <= 6; ++retry) {
        const int limit = WebhookDelivery::backoffLimit(s, retry);
        int lowest = limit;
        int highest = 0;
        for (int i = 0; i < 500; ++i) {
            const int delay = WebhookDelivery::backoffDelay(s, retry);
            QVERIFY(delay >= 0 && delay <= limit);
            lowest = qMin(lowest, delay);
            highest = qMax(highest, delay);
        }
        // Full jitter spreads over the whole range (500 draws miss the outer fifths with p < 1e-48).
        QVERIFY2(lowest < limit / 5 && highest > limit * 4 / 5, qPrintable(u"retry %1"_s.arg(retry)));
    }
}

void TestWebhookDelivery::retriesWaitWithinBackoffBounds()
{
    HttpReceiver receiver;
    receiver.setFallback(HttpReceiver::Response::withStatus(500));
    WebhookDelivery::Settings settings = fastSettings(receiver.url());
    settings.maxAttempts = 5;
    settings.backoffMs = 40;
    settings.maxBackoffMs = 100;
    WebhookDelivery delivery(settings, kSecret, u"hook"_s, 1);
    QElapsedTimer clock;
    clock.start();
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QCOMPARE(outcomes[0].attempts, 5);
    const QList<HttpReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size(), 5);
    // Pauses of at most 40, 80, 100, 100 ms; 150 ms of slack per gap for a loaded machine.
    for (int retry = 1; retry < 5; ++retry) {
        const qint64 gap = requests[retry].receivedMs - requests[retry - 1].receivedMs;
        QVERIFY2(gap <= WebhookDelivery::backoffLimit(settings, retry) + 150,
                 qPrintable(u"gap %1 ms before retry %2"_s.arg(gap).arg(retry)));
    }
    QVERIFY(clock.elapsed() < 320 + 5 * 150);
}

void TestWebhookDelivery::retryAfterIsHonouredUpToTheCap()
{
    HttpReceiver receiver;
    HttpReceiver::Response busy = HttpReceiver::Response::withStatus(429);
    busy.headers.emplaceBack("Retry-After", "1");
    receiver.script({busy});
    WebhookDelivery::Settings settings = fastSettings(receiver.url());
    settings.backoffMs = 1;
    settings.maxBackoffMs = 300; // caps the endpoint's 1 s
    WebhookDelivery delivery(settings, kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QVERIFY(outcomes[0].delivered);
    const QList<HttpReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size(), 2);
    const qint64 gap = requests[1].receivedMs - requests[0].receivedMs;
    QVERIFY2(gap >= 280 && gap < 900, qPrintable(u"gap %1 ms"_s.arg(gap)));
}

void TestWebhookDelivery::untrustedCertificateIsNotRetried()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make a self-signed test certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.start(openssl,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s),
                   u"-out"_s, dir.filePath(u"cert.pem"_s), u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                   u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);

    QFile keyFile(dir.filePath(u"key.pem"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(dir.filePath(u"cert.pem"_s)));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    QVERIFY(!tls.localCertificate().isNull());
    QVERIFY(!tls.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(tls);
    int handshakes = 0;
    connect(&server, &QSslServer::startedEncryptionHandshake, this,
            [&handshakes](QSslSocket*) { ++handshakes; });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    WebhookDelivery delivery(fastSettings(QUrl(u"https://127.0.0.1:%1/hook"_s.arg(server.serverPort()))),
                             kSecret, u"hook"_s, 1);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver({message(1)});

    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes[0].delivered);
    QCOMPARE(outcomes[0].attempts, 1);
    QCOMPARE(outcomes[0].httpStatus, 0);
    QVERIFY2(outcomes[0].error.contains("certificate"_L1, Qt::CaseInsensitive),
             qPrintable(outcomes[0].error));
    QCOMPARE(handshakes, 1);
}

void TestWebhookDelivery::settingsFromJson()
{
    const QJsonObject json{{u"url"_s, u"https://hooks.example.com/facet?x=1"_s},
                           {u"batch_size"_s, 25},
                           {u"timeout_ms"_s, 4000},
                           {u"max_attempts"_s, 7},
                           {u"backoff_ms"_s, 250},
                           {u"max_backoff_ms"_s, 60000}};
    const WebhookDelivery::Settings s = WebhookDelivery::Settings::fromJson(json);
    QCOMPARE(s.url, QUrl(u"https://hooks.example.com/facet?x=1"_s));
    QCOMPARE(s.batchSize, 25);
    QCOMPARE(s.timeoutMs, 4000);
    QCOMPARE(s.maxAttempts, 7);
    QCOMPARE(s.backoffMs, 250);
    QCOMPARE(s.maxBackoffMs, 60000);
    QVERIFY(s.check());

    // Missing numbers keep the defaults.
    const WebhookDelivery::Settings defaults =
        WebhookDelivery::Settings::fromJson({{u"url"_s, u"http://127.0.0.1:8080/"_s}});
    QCOMPARE(defaults.batchSize, 1);
    QCOMPARE(defaults.timeoutMs, 10000);
    QCOMPARE(defaults.maxAttempts, 5);
    QCOMPARE(defaults.backoffMs, 500);
    QCOMPARE(defaults.maxBackoffMs, 30000);
}

void TestWebhookDelivery::validate_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("error"); // empty: valid

    const QJsonValue https(u"https://hooks.example.com/facet"_s);
    QTest::newRow("https") << QJsonObject{{u"url"_s, https}} << QString();
    QTest::newRow("http with port") << QJsonObject{{u"url"_s, u"http://localhost:8080/in"_s}} << QString();
    QTest::newRow("every number") << QJsonObject{{u"url"_s, https},    {u"batch_size"_s, 10},
                                                 {u"timeout_ms"_s, 1}, {u"max_attempts"_s, 1},
                                                 {u"backoff_ms"_s, 1}, {u"max_backoff_ms"_s, 1}}
                                  << QString();
    QTest::newRow("no url") << QJsonObject{} << u"A webhook needs a URL."_s;
    QTest::newRow("ftp") << QJsonObject{{u"url"_s, u"ftp://example.com/x"_s}}
                         << u"\"ftp://example.com/x\" is not an http:// or https:// URL."_s;
    QTest::newRow("no host") << QJsonObject{{u"url"_s, u"https:///path"_s}}
                             << u"\"https:///path\" is not an http:// or https:// URL."_s;
    QTest::newRow("relative") << QJsonObject{{u"url"_s, u"hooks/facet"_s}}
                              << u"\"hooks/facet\" is not an http:// or https:// URL."_s;
    QTest::newRow("zero batch") << QJsonObject{{u"url"_s, https}, {u"batch_size"_s, 0}}
                                << u"The setting \"batch_size\" must be a whole number of at least 1."_s;
    QTest::newRow("negative timeout")
        << QJsonObject{{u"url"_s, https}, {u"timeout_ms"_s, -5}}
        << u"The setting \"timeout_ms\" must be a whole number of at least 1."_s;
    QTest::newRow("fractional attempts")
        << QJsonObject{{u"url"_s, https}, {u"max_attempts"_s, 2.5}}
        << u"The setting \"max_attempts\" must be a whole number of at least 1."_s;
    QTest::newRow("text backoff") << QJsonObject{{u"url"_s, https}, {u"backoff_ms"_s, u"500"_s}}
                                  << u"The setting \"backoff_ms\" must be a whole number of at least 1."_s;
    QTest::newRow("huge cap") << QJsonObject{{u"url"_s, https}, {u"max_backoff_ms"_s, 1e12}}
                              << u"The setting \"max_backoff_ms\" must be a whole number of at least 1."_s;
}

void TestWebhookDelivery::validate()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, error);
    const Status status = WebhookDelivery::Settings::validate(settings);
    QCOMPARE(status.isOk(), error.isEmpty());
    QCOMPARE(status.message(), error);
    if (!error.isEmpty())
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
}

void TestWebhookDelivery::pingAnswers()
{
    HttpReceiver receiver;
    receiver.script({HttpReceiver::Response::withStatus(204), HttpReceiver::Response::withStatus(404)});
    WebhookDelivery delivery(fastSettings(receiver.url()), kSecret, u"hook"_s, 0);
    QVERIFY(delivery.ping());
    const Status refused = delivery.ping();
    QVERIFY(!refused);
    QCOMPARE(refused.kind(), Status::Kind::InvalidInput);
    QVERIFY2(refused.message().contains("HTTP 404 Not Found"_L1), qPrintable(refused.message()));

    const QList<HttpReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(HttpReceiver::verifySignature(requests[0], kSecret));
    QCOMPARE(requests[0].json().value("messages"_L1).toArray().size(), 0);
    QVERIFY(requests[0].header("Idempotency-Key").startsWith("ping-"));
    QVERIFY(requests[0].header("Idempotency-Key") != requests[1].header("Idempotency-Key"));

    // Nothing listening: a clear failure, no retries.
    WebhookDelivery nowhere(fastSettings(QUrl(u"http://127.0.0.1:%1/"_s.arg(closedPort()))), kSecret, u"x"_s,
                            0);
    const Status unreachable = nowhere.ping();
    QVERIFY(!unreachable);
    QVERIFY2(unreachable.message().contains("refused"_L1, Qt::CaseInsensitive),
             qPrintable(unreachable.message()));
}

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "tst_webhookdelivery.moc"
