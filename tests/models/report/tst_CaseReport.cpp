// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "../workflow/WorkflowFixture.h"
#include "PdfTools.h"
#include "crypto/Crypto.h"
#include "report/CaseReport.h"
#include "report/MapSketch.h"
#include "workflow/AuditLog.h"
#include "workflow/CaseWorkflow.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace gs;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestCaseReport : public QObject
{
    Q_OBJECT

    test::WorkflowFixture f;
    QString m_case;
    QTemporaryDir m_out;

    QString sourceFile(const char* relative)
    {
        return qEnvironmentVariable("GS_SOURCE_DIR") + QLatin1Char('/') + QString::fromLatin1(relative);
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        Lead lead = test::WorkflowFixture::sampleLead(QStringLiteral("鑫盛财富以养老为名高额返利"));
        lead.gridId = f.grid1;
        lead.description += QStringLiteral("宣传单写明“高额返利、保本保息”。");
        lead.attachments.append(
            { {}, QStringLiteral("宣传单.jpg"), {}, 0, {}, QByteArray("\xff\xd8\xff\xe0 leaflet", 13), {}, {} });
        auto filed = LeadRepository(f.as(s("reporter"))).save(lead, LeadRepository::Intent::Submit);
        QVERIFY(filed.ok());
        m_case = filed->id;
        CaseWorkflow volunteer(f.as(s("paired")));
        QVERIFY(volunteer.apply(m_case, s("take"), {}).ok());
        TransitionInput triage;
        triage.basis = { s("guaranteed_returns"), s("high_returns"), s("unspecified_public") };
        triage.confidence = s("high");
        triage.crossCheck = QStringLiteral("国家企业信用信息公示系统：无金融业务许可；社区两名老人证实已交款");
        triage.followUp = QStringLiteral("社区张贴风险提示，联系子女劝阻");
        QVERIFY(volunteer.apply(m_case, s("triage_suspected"), triage).ok());
        TransitionInput escalate;
        escalate.reference = QStringLiteral("SSA-2026-0042");
        escalate.note = QStringLiteral("已通过穗岁安上报");
        QVERIFY(volunteer.apply(m_case, s("escalate"), escalate).ok());
        CaseWorkflow office(f.chief());
        QVERIFY(office.apply(m_case, s("start_review"), {}).ok());
        TransitionInput refer;
        refer.unit = QStringLiteral("天河区公安分局经侦大队");
        refer.reference = QStringLiteral("穗天打非〔2026〕12号");
        refer.opinion = QStringLiteral("涉嫌非法吸收公众存款，移交公安机关依法处置。");
        QVERIFY(office.apply(m_case, s("refer_police"), refer).ok());
    }

    void reportContent()
    {
        auto report = CaseReportBuilder(f.chief()).build(m_case);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->lead.status, s("referred_police"));
        QVERIFY(report->informant.has_value());
        QCOMPARE(report->informant->name, QStringLiteral("李阿姨"));
        QVERIFY(!report->informantWithheld);
        QCOMPARE(report->gridName, QStringLiteral("第1网格"));
        QCOMPARE(report->streetName, QStringLiteral("五山街道"));
        QVERIFY(report->triage.has_value());
        QCOMPARE(report->triage->basis.size(), 3);
        QCOMPARE(report->reviews.size(), 1);
        QVERIFY(report->escalation.has_value());
        QCOMPARE(report->escalation->reference, QStringLiteral("SSA-2026-0042"));
        QCOMPARE(report->lead.attachments.size(), 1);
        QVERIFY(!report->riskSignals.isEmpty());
        QVERIFY(report->integrity.chainVerified);
        QCOMPARE(report->integrity.chainHead, AuditLog::verify(f.chief().db())->headHash);
        // Drawn at twice the density for print; laid out at mapSize() in the PDF.
        QCOMPARE(report->map.deviceIndependentSize().toSize(), CaseReportBuilder::mapSize());
        QCOMPARE(CaseReportBuilder(f.as(s("otherSentinel"))).build(m_case).error().code, Error::Code::NotFound);
        QCOMPARE(CaseReportBuilder(f.as(s("admin"))).build(m_case).error().code, Error::Code::NotFound);
    }

    void informantOnlyForThoseWhoMaySee()
    {
        // The reporting sentinel sees the case but not who the confidential informant is.
        auto report = CaseReportBuilder(f.as(s("reporter"))).build(m_case);
        QVERIFY(report.ok());
        QVERIFY(!report->informant.has_value());
        QVERIFY(report->informantWithheld);
        const QByteArray json = CaseReportBuilder::json(*report);
        QVERIFY(!json.contains(QStringLiteral("李阿姨").toUtf8()));
        QVERIFY(!json.contains("13800138000"));
        QVERIFY(!report->toHtml().contains(QStringLiteral("李阿姨")));
        QVERIFY(QJsonDocument::fromJson(json).object().value(s("informant")).isNull());
    }

    void pdfRendersWithChineseText()
    {
        auto report = CaseReportBuilder(f.chief()).build(m_case);
        QVERIFY(report.ok());
        auto pdf = CaseReportBuilder::pdf(*report);
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF-"));
        QVERIFY(pdf->contains("pdfaid:part")); // PDF/A-1b metadata
        // GS_REPORT_OUT=/some/dir keeps the PDF for a look (pdftoppm -png).
        const QString keep = qEnvironmentVariable("GS_REPORT_OUT");
        const QString path = keep.isEmpty() ? m_out.filePath(s("report.pdf")) : keep + s("/case-report.pdf");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();

        const test::ToolRun info = test::runTool(s("pdfinfo"), { path });
        QVERIFY2(info.exitCode == 0, qPrintable(info.err + s(" (poppler-utils, installed by scripts/setup.sh)")));
        const QRegularExpressionMatch pages = QRegularExpression(s("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() > 0);

        const test::ToolRun text = test::pdfText(path);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(report->lead.caseNo), qPrintable(text.out.left(400)));
        // Chinese comes out as Chinese: embedded, extractable, no radicals in place of 高 or 广.
        const QString flat = QString(text.out).remove(QRegularExpression(s("\\s")));
        QVERIFY2(flat.contains(QStringLiteral("广州鑫盛财富管理有限公司")), qPrintable(text.out.left(600)));
        QVERIFY(flat.contains(QStringLiteral("高额返利")));
        QVERIFY(flat.contains(QStringLiteral("天河区公安分局经侦大队")));
        QVERIFY(flat.contains(report->lead.attachments.first().sha256.left(32)));
        QVERIFY(!text.out.contains(QChar(0x2F7C)) && !text.out.contains(QChar(0x2F34))); // ⾼, ⼴
        QVERIFY2(test::radicalsIn(text.out).isEmpty(), qPrintable(test::radicalsIn(text.out))); // nor any other
        // Every section once: nothing drawn twice at a page break (clipped text would still be in the PDF).
        for (const char* heading :
            { "1. The lead", "3. Place", "8. Reporting upward", "9. Evidence", "11. Timeline", "12. Integrity" })
            QCOMPARE(text.out.count(QString::fromLatin1(heading)), 1);

        const test::ToolRun fonts = test::runTool(s("pdffonts"), { path });
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        bool cjk = false;
        for (const QString& line : lines) {
            QVERIFY2(line.contains(s(" yes ")), qPrintable(line)); // every font embedded
            cjk = cjk || line.contains(s("CJK"));
        }
        QVERIFY(cjk);
    }

    void jsonValidatesAgainstTheSchema_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::newRow("district office") << s("supervisor");
        QTest::newRow("reporting sentinel") << s("reporter");
        QTest::newRow("paired volunteer") << s("paired");
    }

    void jsonValidatesAgainstTheSchema()
    {
        QFETCH(QString, actor);
        auto report = CaseReportBuilder(f.as(actor)).build(m_case);
        QVERIFY(report.ok());
        const QString path = m_out.filePath(actor + s(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CaseReportBuilder::json(*report));
        file.close();
        const QString schema = sourceFile("docs/case-report.schema.json");
        QVERIFY(QFileInfo::exists(schema));
        // Debian's python3-jsonschema (scripts/setup.sh): the reference validator, not one of our own.
        const test::ToolRun v = test::runTool(s("python3"),
            { s("-c"),
                s("import json, sys, jsonschema\n"
                  "schema = json.load(open(sys.argv[1]))\n"
                  "jsonschema.Draft202012Validator.check_schema(schema)\n"
                  "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"),
                schema, path });
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        // A report that breaks the schema is caught (the check can fail).
        QJsonObject broken = report->toJson();
        broken.insert(s("surprise"), 1);
        QFile bad(m_out.filePath(s("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QJsonDocument(broken).toJson());
        bad.close();
        QVERIFY(test::runTool(s("python3"),
                    { s("-c"),
                        s("import json, sys, jsonschema\njsonschema.validate(json.load(open(sys.argv[2])), "
                          "json.load(open(sys.argv[1])))\n"),
                        schema, bad.fileName() })
                    .exitCode
            != 0);
    }

    void mapSnapshotProviderAndSketch()
    {
        CaseReportBuilder builder(f.chief());
        QSize asked;
        builder.setMapSnapshotProvider([&asked](const Lead& lead, QSize size) {
            asked = size;
            QImage image(size, QImage::Format_RGB32);
            image.fill(lead.lon ? Qt::darkGreen : Qt::black);
            return image;
        });
        auto report = builder.build(m_case);
        QVERIFY(report.ok());
        QCOMPARE(asked, CaseReportBuilder::mapSize());
        QCOMPARE(report->map.pixelColor(10, 10), QColor(Qt::darkGreen));
        builder.setMapSnapshotProvider([](const Lead&, QSize) { return QImage(); }); // no picture: the sketch
        QVERIFY(builder.build(m_case)->map.pixelColor(10, 10) != QColor(Qt::darkGreen));

        // The sketch: marker at the point, grid filled around it.
        MapSketchInput in;
        in.point = geo::LonLat { 113.325, 23.135 };
        geo::Polygon square {
            { { 113.32, 23.13 }, { 113.33, 23.13 }, { 113.33, 23.14 }, { 113.32, 23.14 }, { 113.32, 23.13 } }, {}
        };
        in.grid.polygons = { square };
        in.gridName = QStringLiteral("第1网格");
        const QImage sketch = MapSketch::render(in, QSize(600, 320));
        QCOMPARE(sketch.size(), QSize(600, 320));
        QCOMPARE(sketch.pixelColor(300, 160), QColor(0xc6, 0x28, 0x28)); // the marker at the centre
        QCOMPARE(sketch.pixelColor(300 + 60, 160 + 40), QColor(0xd6, 0xe6, 0xf7)); // inside the grid
        QVERIFY(!sketch.hasAlphaChannel());
        const QImage empty = MapSketch::render({}, QSize(200, 100));
        QCOMPARE(empty.size(), QSize(200, 100));
    }

    void exportIsAudited()
    {
        CaseReportBuilder builder(f.chief());
        auto report = builder.build(m_case);
        QVERIFY(report.ok());
        const int before = f.count(s("SELECT count(*) FROM audit_events"));
        const QString pdfPath = m_out.filePath(s("上报材料.pdf"));
        const QString jsonPath = m_out.filePath(s("case.json"));
        QVERIFY(builder.exportFiles(*report, pdfPath, jsonPath).ok());
        QVERIFY(QFileInfo(pdfPath).size() > 1000);
        QCOMPARE(QFileInfo(jsonPath).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        QCOMPARE(f.count(s("SELECT count(*) FROM audit_events")), before + 1);
        const AuditEvent last = AuditLog::forLead(f.chief().db(), m_case)->last();
        QCOMPARE(last.kind, s("report_exported"));
        const QJsonArray files = last.payload.value(s("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(1).toObject().value(s("sha256")).toString(),
            QString::fromLatin1(crypto::sha256(test::fileBytes(jsonPath)).toHex()));
        QVERIFY(last.payload.value(s("informantIncluded")).toBool());
        // A folder that does not exist: an error naming the file, nothing audited.
        QVERIFY(!builder.exportFiles(*report, QString(), m_out.filePath(s("missing/case.json"))).ok());
        QCOMPARE(f.count(s("SELECT count(*) FROM audit_events")), before + 1);
    }
};

QTEST_MAIN(TestCaseReport)
#include "tst_CaseReport.moc"
