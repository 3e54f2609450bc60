#include <QTest>
class TestAccessCli : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestAccessCli)
#include "tst_access_cli.moc"
