// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QFile>
#include <QHash>
#include <QTranslator>
#include <QXmlStreamReader>

namespace gs {
namespace {

/// The last translator asked: finds a message by its source text alone. lupdate files a string under the
/// class or namespace around the call, which is not always the context the code passes at run time
/// (helpers in anonymous namespaces, free functions); our English source texts name one meaning each,
/// so the source text is enough to find the translation the catalogue has for it.
class CatalogTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadCatalog(const QString& tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source, comment, translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("message")) {
                    source.clear();
                    comment.clear();
                    translation.clear();
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    comment = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    if (xml.attributes().value(QLatin1String("type")) != QLatin1String("unfinished"))
                        translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (name == QLatin1String("numerusform") && translation.isEmpty()) {
                    translation = xml.readElementText(); // Chinese has one plural form
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !translation.isEmpty()) {
                m_bySource.insert(key(source, comment), translation);
            }
        }
        return !xml.hasError() && !m_bySource.isEmpty();
    }

    QString translate(const char*, const char* sourceText, const char* disambiguation, int) const override
    {
        return m_bySource.value(key(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
    }
    bool isEmpty() const override { return m_bySource.isEmpty(); }

private:
    static QString key(const QString& source, const QString& comment) { return source + QChar(0x1f) + comment; }
    QHash<QString, QString> m_bySource;
};

} // namespace

void installTranslations(QCoreApplication& app, const QString& language)
{
    if (language == QStringLiteral("en")) {
        // The source strings are English; the catalogue adds real plural forms ("1 file", "2 files") to the
        // sources' "%n file(s)".
        auto* english = new QTranslator(&app);
        if (english->load(QStringLiteral(":/i18n/gridsentinel_en")))
            QCoreApplication::installTranslator(english);
        QLocale::setDefault(QLocale(language));
        return;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Installed first, asked last: the exact (context, source) lookup of the .qm wins when it knows the string.
    auto* catalog = new CatalogTranslator(&app);
    if (catalog->loadCatalog(QStringLiteral(":/i18n/gridsentinel_%1.ts").arg(language)))
        QCoreApplication::installTranslator(catalog);
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/gridsentinel_") + language))
        QCoreApplication::installTranslator(ours);
    QLocale::setDefault(QLocale(language));
}

QString guiLanguage(const QString& requested)
{
    if (requested == QStringLiteral("en") || requested == QStringLiteral("zh_CN"))
        return requested;
    const QSettings settings(QStringLiteral("GridSentinel"), QStringLiteral("GridSentinel"));
    const QString saved = settings.value(QStringLiteral("ui/language")).toString();
    return saved == QStringLiteral("en") ? saved : QStringLiteral("zh_CN");
}

QString commandLineLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace gs
