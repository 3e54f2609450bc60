#include "mail/SmtpReply.h"

#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

class TestSmtpReply : public QObject
{
    Q_OBJECT

private slots:
    void singleLine();
    void multiLine();
    void splitAtEveryPosition();
    void severalRepliesInOneChunk();
    void codeWithoutText();
    void bareLineFeedIsALineEnd();
    void garbage_data();
    void garbage();
    void mixedCodes();
    void tooLong();
    void longestAllowedLine();
    void clearForgetsBufferedBytes();
};

void TestSmtpReply::singleLine()
{
    SmtpReply parser;
    parser.feed("220 mail.example.org ESMTP ready\r\n");
    const auto reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 220);
    QCOMPARE(reply->lines, QList<QByteArray>{"mail.example.org ESMTP ready"});
    QVERIFY(reply->isPositive());
    QVERIFY(!parser.takeReply());
    QVERIFY(!parser.failed());
}

void TestSmtpReply::multiLine()
{
    SmtpReply parser;
    parser.feed("250-mail.example.org\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n");
    QVERIFY(!parser.hasReply()); // not finished until "250 "
    parser.feed("250 HELP\r\n");
    const auto reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 250);
    const QList<QByteArray> expected{"mail.example.org", "STARTTLS", "AUTH PLAIN LOGIN", "HELP"};
    QCOMPARE(reply->lines, expected);
    QCOMPARE(reply->text(), u"250 mail.example.org / STARTTLS / AUTH PLAIN LOGIN / HELP"_s);
}

void TestSmtpReply::splitAtEveryPosition()
{
    const QByteArray input = "250-first\r\n250-second line\r\n250 last\r\n451 4.3.0 Try later\r\n";
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        for (qsizetype cut2 = cut; cut2 <= input.size(); cut2 += 7) {
            SmtpReply parser;
            parser.feed(QByteArrayView(input).first(cut));
            parser.feed(QByteArrayView(input).sliced(cut, cut2 - cut));
            parser.feed(QByteArrayView(input).sliced(cut2));
            const auto a = parser.takeReply();
            const auto b = parser.takeReply();
            QVERIFY2(a && b, qPrintable(u"cut at %1/%2"_s.arg(cut).arg(cut2)));
            QCOMPARE(a->code, 250);
            QCOMPARE(a->lines.size(), 3);
            QCOMPARE(a->lines[1], QByteArray("second line"));
            QCOMPARE(b->code, 451);
            QVERIFY(b->isTemporary());
            QCOMPARE(b->lines, QList<QByteArray>{"4.3.0 Try later"});
            QVERIFY(!parser.takeReply());
        }
    }
    // One byte at a time.
    SmtpReply parser;
    for (char c : input)
        parser.feed(QByteArrayView(&c, 1));
    QCOMPARE(parser.takeReply()->code, 250);
    QCOMPARE(parser.takeReply()->code, 451);
}

void TestSmtpReply::severalRepliesInOneChunk()
{
    SmtpReply parser;
    parser.feed("250 OK\r\n550 5.1.1 No such user\r\n354 Go ahead");
    QCOMPARE(parser.takeReply()->code, 250);
    const auto refused = parser.takeReply();
    QCOMPARE(refused->code, 550);
    QVERIFY(refused->isPermanent());
    QVERIFY(!parser.takeReply()); // "354 Go ahead" has no line end yet
    QCOMPARE(parser.pendingBytes(), 12);
    parser.feed("\r\n");
    QCOMPARE(parser.takeReply()->code, 354);
}

void TestSmtpReply::codeWithoutText()
{
    SmtpReply parser;
    parser.feed("250\r\n");
    const auto reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 250);
    QCOMPARE(reply->lines, QList<QByteArray>{QByteArray()});
}

void TestSmtpReply::bareLineFeedIsALineEnd()
{
    SmtpReply parser;
    parser.feed("220 sloppy server\n");
    QCOMPARE(parser.takeReply()->lines, QList<QByteArray>{"sloppy server"});
}

void TestSmtpReply::garbage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("letters") << QByteArray("HELLO there\r\n");
    QTest::newRow("two digits") << QByteArray("25 OK\r\n");
    QTest::newRow("digit then letter") << QByteArray("2x0 OK\r\n");
    QTest::newRow("bad separator") << QByteArray("250_OK\r\n");
    QTest::newRow("first digit 1") << QByteArray("150 OK\r\n");
    QTest::newRow("first digit 6") << QByteArray("650 OK\r\n");
    QTest::newRow("second digit 9") << QByteArray("290 OK\r\n");
    QTest::newRow("empty line") << QByteArray("\r\n");
    QTest::newRow("NUL bytes") << QByteArray("\0\0\0 x\r\n", 8);
    QTest::newRow("TLS record") << QByteArray("\x16\x03\x01\x02\x00\x01", 6);
    QTest::newRow("no line end yet") << QByteArray("2x");
    QTest::newRow("after a good reply") << QByteArray("250 OK\r\nxyz\r\n");
}

void TestSmtpReply::garbage()
{
    QFETCH(QByteArray, input);
    SmtpReply parser;
    parser.feed(input);
    QVERIFY(parser.failed());
    QVERIFY(!parser.errorString().isEmpty());
    // A failed parser stays failed and yields nothing more.
    parser.feed("250 OK\r\n");
    QVERIFY(parser.failed());
    if (input.startsWith("250 OK"))
        QCOMPARE(parser.takeReply()->code, 250); // what came before is still valid
    QVERIFY(!parser.takeReply());
}

void TestSmtpReply::mixedCodes()
{
    SmtpReply parser;
    parser.feed("250-first\r\n251 second\r\n");
    QVERIFY(parser.failed());
    QVERIFY(parser.errorString().contains(u"250"_s));
    QVERIFY(!parser.takeReply());
}

void TestSmtpReply::tooLong()
{
    SmtpReply parser;
    parser.feed(QByteArray("250 " + QByteArray(SmtpReply::MaxLineLength, 'x')));
    QVERIFY(parser.failed());
    QVERIFY(parser.errorString().contains(u"2048"_s));

    // Also when it comes in small chunks without a line end.
    SmtpReply chunked;
    for (int i = 0; i < 100 && !chunked.failed(); ++i)
        chunked.feed(QByteArray(100, '2'));
    QVERIFY(chunked.failed());
}

void TestSmtpReply::longestAllowedLine()
{
    SmtpReply parser;
    const QByteArray text(SmtpReply::MaxLineLength - 4, 'y');
    parser.feed(QByteArray("250 " + text + "\r\n"));
    QVERIFY2(!parser.failed(), qPrintable(parser.errorString()));
    QCOMPARE(parser.takeReply()->lines.first(), text);
}

void TestSmtpReply::clearForgetsBufferedBytes()
{
    SmtpReply parser;
    parser.feed("220 ready\r\n250 injected before the TLS handshake\r\n250-half");
    QVERIFY(parser.takeReply());
    parser.clear();
    QVERIFY(!parser.hasReply());
    QCOMPARE(parser.pendingBytes(), 0);
    parser.feed("250 after\r\n");
    QCOMPARE(parser.takeReply()->lines, QList<QByteArray>{"after"});
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
