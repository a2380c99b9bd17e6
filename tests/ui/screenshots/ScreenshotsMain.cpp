// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
//
// Usage: QT_QPA_PLATFORM=offscreen gridsentinel_screenshots --out DIR [--size 1366x768] [--lang zh_CN|en]
//        [--only NAME,...] [--list]
// Writes DIR/<order>-<name>.png and DIR/report.txt: text that does not fit its widget, and (in zh_CN) every
// string the screens asked a translation for and did not get.
#include "Screenshots.h"

#include "AppController.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "demo/DemoBuilder.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace gs::shots {

QList<Screen>& screens()
{
    static QList<Screen> all;
    return all;
}

bool addScreen(int order, const char* name, ScreenFunction render)
{
    screens().append({ order, name, render });
    return true;
}

Studio::Studio(QString outputDir, QSize screen, QString language)
    : m_out(std::move(outputDir))
    , m_screen(screen)
    , m_language(std::move(language))
{ }

Studio::~Studio()
{
    signOut();
}

QString Studio::newTempDir()
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_dirs.append(dir);
    return dir->path();
}

const QString& Studio::demoNode()
{
    if (m_demo.isEmpty()) {
        const QString path = QDir(newTempDir()).filePath(QStringLiteral("demo.db"));
        auto demo = DemoBuilder::create(path, test::kFastKdf);
        if (!demo)
            qFatal("demo: %s", qPrintable(demo.error().message));
        auto session = Vault::unlock(path, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
        if (!session)
            qFatal("demo: %s", qPrintable(session.error().message));
        fillDemoLeads(**session);
        m_demo = path;
    }
    return m_demo;
}

void Studio::signOut()
{
    if (m_controller && m_controller->mainWindow())
        m_controller->lock();
    m_controller.reset();
    settle(50);
}

MainWindow* Studio::signIn(const QString& account)
{
    static const QHash<QString, QString> passwords { { QStringLiteral("supervisor"),
                                                         QStringLiteral("Supervisor-2026") },
        { QStringLiteral("sentinel"), QStringLiteral("Sentinel-2026") },
        { QStringLiteral("volunteer"), QStringLiteral("Volunteer-2026") },
        { QStringLiteral("admin"), QStringLiteral("Admin-2026!") } };
    signOut();
    m_controller = std::make_unique<AppController>(demoNode());
    m_controller->setKdfParamsForTesting(test::kFastKdf);
    m_controller->prompter().setScripted(true);
    m_controller->start();
    LoginDialog* login = m_controller->loginDialog();
    login->findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->setText(account);
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(passwords.value(account));
    login->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    QDeadlineTimer deadline(30000);
    while (!m_controller->mainWindow() && !deadline.hasExpired())
        settle(20);
    MainWindow* window = m_controller->mainWindow();
    if (!window)
        qFatal("could not sign in as %s", qPrintable(account));
    window->resize(m_screen);
    settle();
    return window;
}

void Studio::settle(int ms)
{
    QDeadlineTimer deadline(ms);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    } while (!deadline.hasExpired());
}

void Studio::save(QWidget* w, const QString& name, QWidget* behind)
{
    settle(100);
    const QString file = QStringLiteral("%1-%2.png").arg(order, 2, 10, QLatin1Char('0')).arg(name);
    QImage image;
    if (behind) {
        behind->resize(m_screen);
        image = QImage(m_screen, QImage::Format_RGB32);
        image.fill(QColor(0x3a, 0x4a, 0x5a));
        QPainter p(&image);
        p.drawPixmap(0, 0, behind->grab());
        p.fillRect(image.rect(), QColor(0, 0, 0, 60)); // the window behind a modal dialog
        const QPixmap front = w->grab();
        p.drawPixmap(
            (m_screen.width() - front.width()) / 2, std::max(0, (m_screen.height() - front.height()) / 2), front);
    } else {
        image = w->grab().toImage();
    }
    image.save(QDir(m_out).filePath(file), "PNG", 0); // 0: the smallest file
    std::printf("%s (%dx%d)\n", qPrintable(file), image.width(), image.height());
    checkFit(w, file);
    if (behind)
        checkFit(behind, file);
}

/// Text wider than its widget: labels that neither wrap nor elide, buttons narrower than they ask to be.
void Studio::checkFit(QWidget* root, const QString& file)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 1)
            continue;
        QString text;
        int needed = 0, has = 0;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || Qt::mightBeRichText(label->text())
                || !label->pixmap().isNull())
                continue;
            text = label->text();
            for (const QString& line : text.split(QLatin1Char('\n')))
                needed
                    = std::max(needed, label->fontMetrics().horizontalAdvance(QString(line).remove(QLatin1Char('&'))));
            has = label->contentsRect().width() - 2 * label->margin() - label->indent();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty())
                continue;
            text = button->text();
            needed = button->sizeHint().width();
            has = button->width();
        } else {
            continue;
        }
        if (needed > has + 1)
            problems << QStringLiteral("%1: %2 \"%3\" needs %4 px, has %5 (%6)")
                            .arg(file, QString::fromLatin1(w->metaObject()->className()), text.simplified().left(60))
                            .arg(needed)
                            .arg(has)
                            .arg(w->objectName().isEmpty() ? QStringLiteral("no name") : w->objectName());
    }
}

} // namespace gs::shots

namespace {

/// Installed before the app's translators, so asked last: whatever reaches it found no translation.
class MissingTranslations : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "QGuiApplication") == 0)
            return {}; // QT_LAYOUT_DIRECTION: Qt asks every catalogue, by design
        const QString text = QString::fromUtf8(source);
        bool latin = false;
        for (QChar c : text)
            latin = latin || (c.unicode() < 128 && c.isLetter());
        if (latin)
            m_missing.insert(QStringLiteral("%1: %2").arg(QString::fromLatin1(context), text.simplified()));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> m_missing;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir"), QStringLiteral("screenshots"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Screen size (default 1366x768)."),
        QStringLiteral("WxH"), QStringLiteral("1366x768"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN (default) or en."),
        QStringLiteral("lang"), QStringLiteral("zh_CN"));
    const QCommandLineOption only(
        QStringLiteral("only"), QStringLiteral("Screens to render (names, comma-separated)."), QStringLiteral("names"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the screens and exit."));
    parser.addOptions({ out, size, lang, only, list });
    parser.process(app);

    QList<gs::shots::Screen> screens = gs::shots::screens();
    std::sort(screens.begin(), screens.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    if (parser.isSet(list)) {
        for (const auto& s : screens)
            std::printf("%2d %s\n", s.order, s.name);
        return 0;
    }
    auto* missing = new MissingTranslations;
    if (parser.value(lang) != QStringLiteral("en")) // English is the source language
        app.installTranslator(missing);
    gs::installTranslations(app, parser.value(lang));
    const QStringList wxh = parser.value(size).split(QLatin1Char('x'));
    const QSize screen(wxh.value(0).toInt(), wxh.value(1).toInt());
    if (screen.width() < 800 || screen.height() < 600)
        qFatal("--size: give WxH, e.g. 1366x768");
    const QString dir = parser.value(out);
    QDir().mkpath(dir);
    const QStringList wanted = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);

    gs::shots::Studio studio(dir, screen, parser.value(lang));
    for (const auto& s : screens) {
        if (!wanted.isEmpty() && !wanted.contains(QLatin1String(s.name)))
            continue;
        studio.order = s.order;
        s.render(studio);
    }
    studio.signOut();

    QFile report(QDir(dir).filePath(QStringLiteral("report.txt")));
    if (report.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream ts(&report);
        ts << "Screens at " << parser.value(size) << " in " << parser.value(lang)
           << "\n\nText that does not fit its widget (" << studio.problems.size() << "):\n";
        for (const QString& p : std::as_const(studio.problems))
            ts << "  " << p << '\n';
        QStringList untranslated(missing->m_missing.begin(), missing->m_missing.end());
        untranslated.sort();
        ts << "\nStrings asked for a translation that has none (" << untranslated.size()
           << "; meaningful in zh_CN only):\n";
        for (const QString& u : std::as_const(untranslated))
            ts << "  " << u << '\n';
    }
    return 0;
}
