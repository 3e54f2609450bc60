#include "access/PasswordHasher.h"

#include <QPasswordDigestor>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVector()
    {
        // RFC 7914, section 11: PBKDF2-HMAC-SHA256 ("passwd", "salt", 1 iteration, 64 bytes).
        const QByteArray expected =
            QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QCOMPARE(PasswordHasher::derive("passwd", "salt", 1, 64), expected);
    }

    void agreesWithQPasswordDigestor()
    {
        const QByteArray password = u"correct horse battery staple ✓"_s.toUtf8();
        const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        for (int iterations : {1, 2, 1000, 4096}) {
            QCOMPARE(PasswordHasher::derive(password, salt, iterations),
                     QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                                        iterations, 32));
        }
    }

    void hashAndVerify()
    {
        const PasswordHash stored = PasswordHasher::hash(u"a long enough password"_s, 1000);
        QCOMPARE(stored.iterations, 1000);
        QCOMPARE(stored.salt.size(), PasswordHasher::kSaltBytes);
        QVERIFY(PasswordHasher::verify(u"a long enough password"_s, stored));
        QVERIFY(!PasswordHasher::verify(u"a long enough passworD"_s, stored));
        QVERIFY(!PasswordHasher::verify(QString(), stored));
        QVERIFY(PasswordHasher::needsRehash(stored));
    }

    void saltsDiffer()
    {
        const PasswordHash a = PasswordHasher::hash(u"the same password"_s, 10);
        const PasswordHash b = PasswordHasher::hash(u"the same password"_s, 10);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.key != b.key);
    }

    void defaultCostIsAtLeast600000()
    {
        QVERIFY(PasswordHasher::kIterations >= 600000);
        const PasswordHash stored = PasswordHasher::hash(u"a long enough password"_s);
        QCOMPARE(stored.iterations, PasswordHasher::kIterations);
        QVERIFY(!PasswordHasher::needsRehash(stored));
    }

    void encodeDecodeRoundTrip()
    {
        const PasswordHash stored = PasswordHasher::hash(u"a long enough password"_s, 5);
        const QString text = stored.encode();
        QVERIFY(text.startsWith(u"pbkdf2-sha256$5$"_s));
        const auto decoded = PasswordHash::decode(text);
        QVERIFY(decoded);
        QCOMPARE(decoded->iterations, 5);
        QCOMPARE(decoded->salt, stored.salt);
        QCOMPARE(decoded->key, stored.key);
        QVERIFY(PasswordHasher::verify(u"a long enough password"_s, *decoded));
    }

    void decodeRejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << u"md5$1$AAAA$AAAA"_s;
        QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$AAAA$AAAA"_s;
        QTest::newRow("bad base64") << u"pbkdf2-sha256$10$!!!!$AAAA"_s;
        QTest::newRow("missing part") << u"pbkdf2-sha256$10$AAAA"_s;
    }
    void decodeRejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!PasswordHash::decode(text));
    }

    void policy()
    {
        QVERIFY(!PasswordHasher::checkPolicy(u"elevenchars"_s));
        QVERIFY(PasswordHasher::checkPolicy(u"twelve chars"_s));
        // characters, not bytes or UTF-16 units
        QVERIFY(!PasswordHasher::checkPolicy(u"😀😀😀😀😀😀😀😀😀😀😀"_s));
        const Status tooShort = PasswordHasher::checkPolicy(u"short"_s);
        QCOMPARE(tooShort.error().kind, ErrorKind::BadInput);
        QVERIFY(tooShort.error().message.contains(u"12"_s));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
