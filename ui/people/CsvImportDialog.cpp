// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CsvImportDialog.h"

#include "FormHelpers.h"
#include "Prompter.h"
#include "accounts/Session.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gs {
namespace {

QString actionLabel(const QString& action)
{
    if (action == u"add")
        return CsvImportDialog::tr("Add");
    if (action == u"update")
        return CsvImportDialog::tr("Update");
    if (action == u"unchanged")
        return CsvImportDialog::tr("Unchanged");
    if (action == u"end")
        return CsvImportDialog::tr("End card");
    return CsvImportDialog::tr("Problem");
}

} // namespace

CsvImportDialog::CsvImportDialog(
    Session& session, Prompter& prompter, DistrictChanges* changes, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_changes(changes)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(kind == Kind::People ? tr("Import people from CSV") : tr("Import pairing cards from CSV"));
    const QStringList columns = kind == Kind::People ? PeopleCsv::peopleColumns() : PeopleCsv::pairingColumns();
    auto* intro = new QLabel(kind == Kind::People
            ? tr("One person per row. Columns (English or Chinese headers, any order): %1. Rows with a known id or "
                 "phone update "
                 "that person. UTF-8 and GB18030 (Excel's and WPS's \"CSV\") are both read.")
                  .arg(columns.join(QStringLiteral(", ")))
            : tr("One card per row. Columns: %1. People are found by phone, or by a unique name. A known card number "
                 "with an end "
                 "date ends that card.")
                  .arg(columns.join(QStringLiteral(", "))),
        this);
    intro->setWordWrap(true);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_check = new QPushButton(tr("&Check file"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setDefault(true);
    auto* row = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    row->addWidget(fileLabel);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    row->addWidget(m_check);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_preview = new QTableWidget(0, 4, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setHorizontalHeaderLabels(
        { tr("Line"), tr("Change"), kind == Kind::People ? tr("Person") : tr("Card"), tr("Problems") });
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(true);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(browse, &QPushButton::clicked, this, &CsvImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &CsvImportDialog::check);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_report.reset();
        m_import->setEnabled(false);
    });
}

void CsvImportDialog::browse()
{
    const QString file = m_prompter.openFileName(
        this, windowTitle(), QFileInfo(m_file->text()).absolutePath(), tr("CSV (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(file));
        check();
    }
}

Result<CsvImportReport> CsvImportDialog::run(PeopleCsv::Mode mode)
{
    const QString name = QFileInfo(m_file->text()).fileName();
    return m_kind == Kind::People ? PeopleCsv::importPeople(m_session, m_bytes, name, mode, m_changes)
                                  : PeopleCsv::importPairings(m_session, m_bytes, name, mode, m_changes);
}

void CsvImportDialog::check()
{
    m_report.reset();
    m_import->setEnabled(false);
    m_preview->setRowCount(0);
    QFile file(QDir::fromNativeSeparators(m_file->text().trimmed()));
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_status, tr("Cannot read the file: %1").arg(file.errorString()));
        return;
    }
    if (file.size() > PeopleCsv::kMaxImportBytes) {
        showError(m_status, tr("The file is larger than 32 MB; split it."));
        return;
    }
    m_bytes = file.readAll();
    // A district's people fit in a few thousand rows: the dry run (the import in a transaction that is rolled
    // back) takes a fraction of a second on the thread that owns the database.
    auto report = run(PeopleCsv::Mode::Preview);
    if (!report) {
        showError(m_status, report.error().message);
        return;
    }
    m_report = std::move(*report);
    m_preview->setRowCount(int(m_report->rows.size()));
    for (int i = 0; i < m_report->rows.size(); ++i) {
        const auto& r = m_report->rows[i];
        const QStringList cells { QString::number(r.line), actionLabel(r.action), r.label,
            r.errors.join(QLatin1Char('\n')) };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (!r.errors.isEmpty())
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->resizeRowsToContents();
    const QString encoding = csv::encodingName(m_report->encoding);
    if (m_report->ok())
        showNote(m_status, tr("%1 (read as %2).").arg(m_report->summary(), encoding));
    else
        showError(m_status, m_report->summary());
    m_import->setEnabled(m_report->ok() && m_report->added + m_report->updated + m_report->ended > 0);
}

void CsvImportDialog::import()
{
    if (!m_report || !m_report->ok())
        return;
    auto report = run(PeopleCsv::Mode::Commit);
    if (!report || !report->committed) {
        showError(m_status, report ? report->summary() : report.error().message);
        return;
    }
    Q_EMIT imported(report->added + report->ended, report->updated);
    accept();
}

} // namespace gs
