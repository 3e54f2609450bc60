// Issue #7: at a scale factor of 2 (QT_SCALE_FACTOR=2, set by CTest) the
// application icon is drawn from its 2x file, pixel for pixel, not scaled up.
#include "AppIcon.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestHighDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screensAreScaled()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.devicePixelRatio(), 2.0);
    }

    void iconsComeFromTheirTwiceAsLargeFile_data()
    {
        QTest::addColumn<int>("logical");
        for (const int size : {16, 24, 32, 64, 128})
            QTest::addRow("%d px", size) << size;
    }

    void iconsComeFromTheirTwiceAsLargeFile()
    {
        QFETCH(int, logical);
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QIcon icon = AppIcon::fromFolder(u":/icons"_s);
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(QSize(logical, logical), window.devicePixelRatio());
        QCOMPARE(pixmap.size(), QSize(2 * logical, 2 * logical));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QImage file(u":/icons/usagedesk-%1.png"_s.arg(2 * logical));
        QVERIFY(!file.isNull());
        file.setDevicePixelRatio(2.0);
        QCOMPARE(pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 file.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
};

QTEST_MAIN(TestHighDpi)
#include "tst_highdpi_gui.moc"
