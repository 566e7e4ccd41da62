// ContentDecoder on its own: the size cap must bound memory, not just the final answer.
#include "loopback_http_server.h"
#include "net/content_decoder.h"

#include <QTest>

using warta::net::ContentDecoder;
using warta::test::LoopbackHttpServer;

class TestContentDecoder : public QObject
{
    Q_OBJECT
private slots:
    void identityPassesThrough()
    {
        ContentDecoder decoder("");
        QByteArray out;
        QVERIFY(decoder.decode("abc", out, 10));
        QCOMPARE(out, QByteArray("abc"));
        QVERIFY(decoder.complete());
    }

    void gzipInPieces()
    {
        const QByteArray text = QByteArray("Jakarta (ANTARA) - ").repeated(1000);
        const QByteArray gz = LoopbackHttpServer::gzip(text);
        ContentDecoder decoder("gzip");
        QByteArray out;
        for (qsizetype i = 0; i < gz.size(); i += 7) {
            QVERIFY(decoder.decode(gz.mid(i, 7), out, 1 << 20));
            QCOMPARE(decoder.complete(), i + 7 >= gz.size());
        }
        QCOMPARE(out, text);
    }

    void bombStopsNearCap()
    {
        const QByteArray bomb = LoopbackHttpServer::gzipZeros(100LL * 1024 * 1024);
        ContentDecoder decoder("gzip");
        QByteArray out;
        const qint64 cap = 1024 * 1024;
        QVERIFY(decoder.decode(bomb, out, cap));
        QVERIFY(out.size() > cap);
        QVERIFY2(out.size() <= cap + 64 * 1024, QByteArray::number(out.size()));
        QVERIFY(!decoder.complete());
    }

    void corruptData()
    {
        ContentDecoder decoder("gzip");
        QByteArray out;
        QVERIFY(!decoder.decode("definitely not gzip", out, 1000));
        QVERIFY(!decoder.error().isEmpty());
    }

    void unsupported()
    {
        ContentDecoder decoder("br");
        QVERIFY(!decoder.supported());
        QByteArray out;
        QVERIFY(!decoder.decode("x", out, 10));
    }
};

QTEST_GUILESS_MAIN(TestContentDecoder)
#include "test_content_decoder.moc"
