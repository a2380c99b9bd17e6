// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DemoEvidence.h"

#include "domain/Validators.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <cmath>

namespace gs::demo {
namespace {

QString u(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QFont font(int pixels, bool bold = false, bool serif = false)
{
    QFont f(serif ? QStringLiteral("Noto Serif CJK SC") : QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(70); // zlib level 2: most of the size for a third of the time of the default level
    writer.write(image);
    return bytes;
}

/// A surface the paper lies on: a table top or a wall, lit unevenly.
void drawSurface(QPainter& p, Random& r, const QSize& size)
{
    const QColor base = r.pick(
        QList<QColor> { QColor(122, 94, 70), QColor(150, 146, 138), QColor(96, 104, 112), QColor(170, 150, 120) });
    QLinearGradient g(0, 0, size.width() * 0.3, size.height());
    g.setColorAt(0, base.lighter(118));
    g.setColorAt(1, base.darker(125));
    p.fillRect(QRect(QPoint(0, 0), size), g);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 26; ++i) { // grain
        QColor c = base.darker(r.between(104, 120));
        c.setAlpha(r.between(20, 60));
        p.setBrush(c);
        const int y = r.below(size.height());
        p.drawRect(0, y, size.width(), r.between(1, 3));
    }
}

/// Light and lens: a soft glare where the lamp was, darker corners.
void drawLighting(QPainter& p, Random& r, const QSize& size)
{
    QRadialGradient glare(
        QPointF(size.width() * r.real(0.2, 0.8), size.height() * r.real(0.1, 0.5)), size.width() * 0.7);
    glare.setColorAt(0, QColor(255, 255, 240, 60));
    glare.setColorAt(1, QColor(255, 255, 240, 0));
    p.fillRect(QRect(QPoint(0, 0), size), glare);
    QRadialGradient vignette(QPointF(size.width() / 2.0, size.height() / 2.0), size.height() * 0.75);
    vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
    vignette.setColorAt(1, QColor(0, 0, 0, 90));
    p.fillRect(QRect(QPoint(0, 0), size), vignette);
}

/// A sheet of paper, slightly turned, with a soft shadow; the painter is left in the paper's coordinates.
void beginPaper(QPainter& p, Random& r, const QSize& size, const QSizeF& paper, const QColor& colour)
{
    p.translate(size.width() / 2.0 + r.real(-12, 12), size.height() / 2.0 + r.real(-10, 10));
    p.rotate(r.real(-6, 6));
    p.translate(-paper.width() / 2.0, -paper.height() / 2.0);
    p.setPen(Qt::NoPen);
    for (int i = 6; i >= 1; --i) {
        p.setBrush(QColor(0, 0, 0, 14));
        p.drawRoundedRect(QRectF(QPointF(3 + i, 5 + i), paper), 3 + i, 3 + i);
    }
    p.setBrush(colour);
    p.drawRect(QRectF(QPointF(0, 0), paper));
}

void drawQrCode(QPainter& p, Random& r, const QRectF& at)
{
    constexpr int modules = 21;
    const double m = at.width() / modules;
    p.fillRect(at.adjusted(-m, -m, m, m), Qt::white);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    auto finder = [&](int cx, int cy) {
        p.drawRect(QRectF(at.x() + cx * m, at.y() + cy * m, 7 * m, 7 * m));
        p.fillRect(QRectF(at.x() + (cx + 1) * m, at.y() + (cy + 1) * m, 5 * m, 5 * m), Qt::white);
        p.drawRect(QRectF(at.x() + (cx + 2) * m, at.y() + (cy + 2) * m, 3 * m, 3 * m));
    };
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            const bool inFinder = (x < 8 && y < 8) || (x > 12 && y < 8) || (x < 8 && y > 12);
            if (!inFinder && r.chance(0.5))
                p.drawRect(QRectF(at.x() + x * m, at.y() + y * m, m, m));
        }
    }
    finder(0, 0);
    finder(14, 0);
    finder(0, 14);
}

/// A red round seal with the entity's name around the rim and a star in the middle.
void drawSeal(QPainter& p, const QPointF& centre, double radius, const QString& name)
{
    const QColor red(205, 30, 40, 200);
    p.setPen(QPen(red, 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius, radius);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5;
        const double rr = i % 2 == 0 ? radius * 0.28 : radius * 0.11;
        const QPointF pt(centre.x() + rr * std::cos(a), centre.y() + rr * std::sin(a));
        i == 0 ? star.moveTo(pt) : star.lineTo(pt);
    }
    star.closeSubpath();
    p.fillPath(star, red);
    p.setPen(red);
    p.setFont(font(int(radius * 0.26), true, true));
    const QString text = name.left(16);
    const double span = M_PI * 1.35; // the name runs over the upper 240°
    for (int i = 0; i < text.size(); ++i) {
        const double a = -M_PI / 2 - span / 2 + span * (i + 0.5) / text.size();
        p.save();
        p.translate(centre.x() + radius * 0.76 * std::cos(a), centre.y() + radius * 0.76 * std::sin(a));
        p.rotate(a * 180 / M_PI + 90);
        p.drawText(QRectF(-radius * 0.2, -radius * 0.16, radius * 0.4, radius * 0.32), Qt::AlignCenter, text.at(i));
        p.restore();
    }
}

QString amountText(const Story& st, Random& r)
{
    qint64 cents = qint64(r.between(1, 20)) * 1000000; // 1–20 万元
    if (st.lead.amountCents && st.lead.victims && *st.lead.victims > 0)
        cents = std::max<qint64>(1, *st.lead.amountCents / *st.lead.victims / 1000000) * 1000000;
    return u(u"¥%1").arg(validate::formatAmountYuan(cents));
}

QImage flyer(Random& r, const Story& st)
{
    const QSize size(480, 640);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawSurface(p, r, size);
    p.save();
    const QSizeF paper(372, 520);
    beginPaper(p, r, size, paper, QColor(250, 247, 238));
    const QColor red = r.chance(0.7) ? QColor(200, 16, 46) : QColor(196, 90, 0);
    p.fillRect(QRectF(0, 0, paper.width(), 96), red);
    p.setPen(QColor(255, 236, 160));
    p.setFont(font(30, true));
    p.drawText(QRectF(10, 8, paper.width() - 20, 50), Qt::AlignCenter, st.entity.shortName);
    p.setPen(Qt::white);
    p.setFont(font(16));
    p.drawText(QRectF(10, 58, paper.width() - 20, 30), Qt::AlignCenter, u(u"诚邀您参加%1").arg(st.venue));

    QRectF banner(22, 112, paper.width() - 44, 92);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 214, 64));
    p.drawRoundedRect(banner, 10, 10);
    p.setPen(red);
    p.setFont(font(42, true));
    p.drawText(banner, Qt::AlignCenter, st.entity.promise);

    p.setPen(QColor(40, 40, 40));
    p.setFont(font(17, true));
    p.drawText(QRectF(22, 216, paper.width() - 44, 30), Qt::AlignLeft | Qt::AlignVCenter, st.entity.product);
    p.setFont(font(15));
    const QString claim = QStringLiteral("★ ") + st.entity.claim;
    p.drawText(QRectF(22, 248, paper.width() - 44, 70), Qt::TextWordWrap, claim);
    p.drawText(QRectF(22, 318, paper.width() - 44, 26), Qt::AlignLeft,
        r.pick({ u"★ 名额有限　先到先得", u"★ 到场即送鸡蛋一盒", u"★ 专车接送　午餐免费" }));
    p.drawText(QRectF(22, 344, paper.width() - 44, 26), Qt::AlignLeft,
        r.pick({ u"★ 每周二、四上午9:30", u"★ 本周六下午2:30", u"★ 每天上午10:00开讲" }));
    p.setFont(font(13));
    p.setPen(QColor(70, 70, 70));
    p.drawText(QRectF(22, 376, paper.width() - 44, 44), Qt::TextWordWrap, u(u"地址：%1").arg(st.lead.address.mid(6)));
    p.setPen(red);
    p.setFont(font(18, true));
    const QString phone = st.entity.phone.isEmpty() ? Content::mobile(r) : st.entity.phone;
    p.drawText(QRectF(22, 432, 240, 30), Qt::AlignLeft | Qt::AlignVCenter, u(u"咨询热线"));
    p.drawText(QRectF(22, 462, 240, 30), Qt::AlignLeft | Qt::AlignVCenter, phone);
    drawQrCode(p, r, QRectF(paper.width() - 112, 420, 84, 84));
    p.restore();
    drawLighting(p, r, size);
    return image;
}

QImage chat(Random& r, const Story& st)
{
    const QSize size(360, 720);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(237, 237, 237));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Status bar and title.
    p.setPen(QColor(20, 20, 20));
    p.setFont(font(13, true));
    p.drawText(QRectF(14, 4, 80, 22), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1:%2").arg(r.between(7, 21)).arg(r.between(0, 59), 2, 10, QLatin1Char('0')));
    p.drawText(QRectF(size.width() - 70, 4, 56, 22), Qt::AlignRight | Qt::AlignVCenter,
        QStringLiteral("%1%").arg(r.between(18, 96)));
    p.fillRect(QRectF(0, 28, size.width(), 46), QColor(246, 246, 246));
    p.setFont(font(16, true));
    QString group = st.entity.online;
    if (const qsizetype open = group.indexOf(QChar(0x201C)); open >= 0)
        group = group.mid(open + 1).chopped(1);
    if (group.isEmpty())
        group = st.entity.shortName + u(u"交流群");
    p.drawText(QRectF(40, 28, size.width() - 80, 46), Qt::AlignCenter, u(u"%1(%2)").arg(group).arg(r.between(80, 480)));
    p.drawText(QRectF(10, 28, 30, 46), Qt::AlignCenter, QStringLiteral("<"));

    struct Message
    {
        QString who;
        QString text;
        bool mine = false;
        bool packet = false;
    };
    const QString host = Content::personName(r).left(1) + r.pick({ u"经理", u"老师", u"主任" });
    const QList<Message> messages {
        { host, u(u"各位叔叔阿姨早上好！%1本月最后一期，%2").arg(st.entity.product, st.entity.promise) },
        { host, st.entity.claim },
        { Content::personName(r),
            r.pick({ u"我上个月投的已经收到返利了，真不错", u"昨天又拿到分红了，谢谢%1", u"跟着%1放心" })
                .replace(QLatin1String("%1"), host) },
        { host, u(u"恭喜发财，大吉大利"), false, true },
        { QString(), r.pick({ u"真的保本吗？可以随时取出来吗？", u"要交多少钱才能参加？", u"有营业执照吗？" }), true },
        { host,
            r.pick({ u"放心，公司有担保，稳赚不赔！名额不多了，今天报名还送鸡蛋",
                u"绝对保本，合同上写得清清楚楚，已经有很多老朋友加入了" }) },
    };
    double y = 90;
    for (const Message& m : messages) {
        int hue = 0;
        for (QChar c : m.who) // not qHash: its seed changes with every run
            hue = (hue * 31 + c.unicode()) % 360;
        const QColor avatar = m.mine ? QColor(88, 140, 200) : QColor::fromHsv(hue, 120, 200);
        const double avatarX = m.mine ? size.width() - 50 : 10;
        p.setPen(Qt::NoPen);
        p.setBrush(avatar);
        p.drawRoundedRect(QRectF(avatarX, y, 40, 40), 5, 5);
        p.setPen(Qt::white);
        p.setFont(font(18, true));
        p.drawText(QRectF(avatarX, y, 40, 40), Qt::AlignCenter, m.mine ? u(u"我") : m.who.left(1));
        double top = y;
        if (!m.mine) {
            p.setPen(QColor(130, 130, 130));
            p.setFont(font(11));
            p.drawText(QRectF(58, y - 2, 200, 16), Qt::AlignLeft, m.who);
            top += 16;
        }
        p.setFont(font(15));
        const double maxWidth = 220;
        QRectF textRect
            = p.fontMetrics().boundingRect(QRect(0, 0, int(maxWidth), 400), Qt::TextWordWrap, m.text).toRectF();
        if (m.packet)
            textRect = QRectF(0, 0, 200, 64);
        const double bx = m.mine ? size.width() - 60 - textRect.width() - 20 : 58;
        QRectF bubble(bx, top, textRect.width() + 20, textRect.height() + 16);
        p.setPen(Qt::NoPen);
        p.setBrush(m.packet ? QColor(250, 157, 59) : (m.mine ? QColor(149, 236, 105) : Qt::white));
        p.drawRoundedRect(bubble, 6, 6);
        p.setPen(m.packet ? Qt::white : QColor(25, 25, 25));
        if (m.packet) {
            p.setFont(font(15, true));
            p.drawText(bubble.adjusted(12, 6, -12, -24), Qt::AlignLeft | Qt::AlignVCenter, m.text);
            p.setFont(font(11));
            p.drawText(bubble.adjusted(12, 40, -12, -4), Qt::AlignLeft, u(u"返利红包"));
        } else {
            p.drawText(bubble.adjusted(10, 8, -10, -8), Qt::TextWordWrap, m.text);
        }
        y = std::max(y + 52, bubble.bottom() + 14);
        if (y > size.height() - 90)
            break;
    }
    p.fillRect(QRectF(0, size.height() - 56, size.width(), 56), QColor(246, 246, 246));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(48, size.height() - 46, size.width() - 110, 36), 5, 5);
    return image;
}

QImage contract(Random& r, const Story& st)
{
    const QSize size(480, 640);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawSurface(p, r, size);
    p.save();
    const QSizeF paper(380, 540);
    beginPaper(p, r, size, paper, QColor(252, 252, 250));
    p.setPen(QColor(20, 20, 20));
    p.setFont(font(22, true, true));
    p.drawText(QRectF(0, 24, paper.width(), 40), Qt::AlignCenter, u(u"%1认购协议").arg(st.entity.product.left(10)));
    p.setFont(font(11, false, true));
    p.drawText(QRectF(24, 66, paper.width() - 48, 18), Qt::AlignRight,
        u(u"编号：%1-%2").arg(st.entity.shortName.left(2)).arg(r.between(1000, 9999)));
    const QList<std::pair<QString, QString>> rows {
        { u(u"甲方"), st.entity.name },
        { u(u"乙方"), Content::personName(r).left(1) + u(u"**") },
        { u(u"认购金额"), amountText(st, r) },
        { u(u"约定收益"), u(u"年化%1%").arg(r.between(10, 24)) },
        { u(u"期限"), u(u"%1个月").arg(r.pick({ u"6", u"12", u"24" })) },
    };
    double y = 96;
    p.setFont(font(14, false, true));
    for (const auto& [label, value] : rows) {
        p.setPen(QPen(QColor(60, 60, 60), 1));
        p.drawRect(QRectF(24, y, 92, 34));
        p.drawRect(QRectF(116, y, paper.width() - 140, 34));
        p.drawText(QRectF(24, y, 92, 34), Qt::AlignCenter, label);
        p.drawText(QRectF(124, y, paper.width() - 156, 34), Qt::AlignLeft | Qt::AlignVCenter, value);
        y += 34;
    }
    p.setFont(font(13, false, true));
    const QString terms = u(u"第三条　甲方保证乙方本金安全，%"
                            u"1。\n第四条　到期后甲方一次性返还本金及收益，逾期按日加付违约金。\n第五条　乙方可推荐亲友"
                            u"认购，甲方按认购金额的%2%支付推荐奖励。")
                              .arg(st.entity.promise)
                              .arg(r.between(2, 8));
    p.drawText(QRectF(24, y + 16, paper.width() - 48, 170), Qt::TextWordWrap, terms);
    p.drawText(QRectF(24, paper.height() - 86, 160, 24), Qt::AlignLeft, u(u"甲方（盖章）："));
    p.drawText(QRectF(200, paper.height() - 86, 160, 24), Qt::AlignLeft, u(u"乙方（签字）："));
    drawSeal(p, QPointF(110, paper.height() - 74), 46, st.entity.name);
    p.setPen(QPen(QColor(30, 40, 110), 2));
    QPainterPath signature;
    signature.moveTo(250, paper.height() - 50);
    for (int i = 0; i < 6; ++i)
        signature.quadTo(262 + i * 14, paper.height() - 70 + r.between(-10, 10), 270 + i * 14, paper.height() - 48);
    p.drawPath(signature);
    p.restore();
    drawLighting(p, r, size);
    return image;
}

} // namespace

bool Evidence::available()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

Evidence::Kind Evidence::kindFor(Random& r, const Story& st)
{
    const QString v = st.venue;
    if (v == u(u"微信群") || v == u(u"QQ群") || v == u(u"直播间") || v == u(u"微信朋友圈") || v == u(u"小程序推广"))
        return Kind::Chat;
    if (st.lead.victims && r.chance(0.35))
        return Kind::Contract;
    return Kind::Flyer;
}

Attachment Evidence::picture(Random& r, Kind kind, const Story& st, const QDateTime& takenAt, int number)
{
    Attachment a;
    a.mimeType = QStringLiteral("image/png");
    QString stamp = takenAt.toString(QStringLiteral("MMdd-HHmm"));
    if (number > 1)
        stamp += QStringLiteral("-%1").arg(number);
    switch (kind) {
    case Kind::Flyer:
        a.fileName = u(u"宣传单照片-%1.png").arg(stamp);
        a.content = png(flyer(r, st));
        break;
    case Kind::Chat:
        a.fileName = u(u"群聊截图-%1.png").arg(stamp);
        a.content = png(chat(r, st));
        break;
    case Kind::Contract:
        a.fileName = u(u"认购协议照片-%1.png").arg(stamp);
        a.content = png(contract(r, st));
        break;
    }
    a.size = a.content.size();
    return a;
}

} // namespace gs::demo
