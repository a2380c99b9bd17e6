// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "BoundaryImportDialog.h"

#include "Async.h"
#include "FormHelpers.h"
#include "Prompter.h"
#include "accounts/Session.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gs {

BoundaryImportDialog::BoundaryImportDialog(
    Session& session, Prompter& prompter, DistrictChanges* changes, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("boundaryImportDialog"));
    setWindowTitle(tr("Import boundaries from GeoJSON"));
    auto* intro
        = new QLabel(tr("A FeatureCollection of Polygon or MultiPolygon features. Each feature is attached to the unit "
                        "whose code (properties “code”, “adcode” or “id”) or else name (“name”) it carries; “level” "
                        "(district, street, community, grid) narrows the search."),
            this);
    intro->setWordWrap(true);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    fileRow->setFocusProxy(m_file);
    m_crs = new QComboBox(this);
    m_crs->setObjectName(QStringLiteral("crsCombo"));
    m_crs->addItem(tr("As the file declares (WGS-84 if it does not)"), QString());
    m_crs->addItem(tr("WGS-84 (GPS, Tianditu, OpenStreetMap)"), QStringLiteral("wgs84"));
    m_crs->addItem(tr("GCJ-02 (AMap/Gaode, Tencent)"), QStringLiteral("gcj02"));
    m_crs->addItem(tr("BD-09 (Baidu)"), QStringLiteral("bd09"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Coordinates:"), m_crs);

    m_read = new QPushButton(tr("&Read file"), this);
    m_read->setObjectName(QStringLiteral("readButton"));
    m_read->setDefault(true);
    m_busy = makeBusyBar(this);
    m_read->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_read);
    readRow->addWidget(m_busy, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_preview = new QTableWidget(0, 5, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setHorizontalHeaderLabels({ tr("Feature"), tr("Level"), tr("Code"), tr("Name"), tr("Boundary") });
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, &BoundaryImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(readRow);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(browse, &QPushButton::clicked, this, &BoundaryImportDialog::browse);
    connect(m_read, &QPushButton::clicked, this, &BoundaryImportDialog::read);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_plan.reset();
        updateButtons();
    });
    connect(m_crs, &QComboBox::currentIndexChanged, this, [this] {
        m_plan.reset();
        updateButtons();
    });
    updateButtons();
}

void BoundaryImportDialog::browse()
{
    const QString file = m_prompter.openFileName(this, tr("GeoJSON boundaries"),
        QFileInfo(m_file->text()).absolutePath(), tr("GeoJSON (*.geojson *.json);;All files (*)"));
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

void BoundaryImportDialog::updateButtons()
{
    m_read->setEnabled(!m_reading && !m_file->text().trimmed().isEmpty());
    m_import->setEnabled(!m_reading && m_plan && m_plan->ok());
    m_busy->setVisible(m_reading);
}

void BoundaryImportDialog::read()
{
    if (auto s = m_session.require(Permission::ManageStructure); !s) {
        showError(m_status, s.error().message);
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    std::optional<geo::Crs> crs;
    if (const QString key = m_crs->currentData().toString(); !key.isEmpty())
        crs = geo::crsFromString(key);
    m_plan.reset();
    m_preview->setRowCount(0);
    m_problems->clear();
    m_problems->setVisible(false);
    m_reading = true;
    showNote(m_status, tr("Reading and checking %1…").arg(QFileInfo(path).fileName()));
    updateButtons();
    // Parsing and validating polygons runs on a worker (no database); matching and writing run here, on the
    // thread that owns the session's connection.
    runAsync(
        this,
        [path, crs]() {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                geo::GeoJsonImport failed;
                failed.errors.append({ geo::FeatureError::Kind::InvalidDocument, -1, {}, {}, std::nullopt,
                    BoundaryImportDialog::tr("Cannot read the file: %1").arg(file.errorString()) });
                return failed;
            }
            return BoundaryImporter::read(file.readAll(), crs);
        },
        [this](geo::GeoJsonImport parsed) { readFinished(std::move(parsed)); });
}

void BoundaryImportDialog::readFinished(geo::GeoJsonImport parsed)
{
    m_reading = false;
    auto plan = BoundaryImporter(m_session).plan(parsed, QFileInfo(m_file->text()).fileName());
    if (!plan) {
        showError(m_status, plan.error().message);
        updateButtons();
        return;
    }
    m_plan = std::move(*plan);
    m_preview->setRowCount(int(m_plan->items.size()));
    for (int i = 0; i < m_plan->items.size(); ++i) {
        const auto& item = m_plan->items[i];
        const QStringList cells { QString::number(item.feature + 1), structure::levelLabel(item.level), item.code,
            item.name, item.replaces ? tr("Replaces the stored one") : tr("New") };
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    for (const ImportIssue& e : m_plan->errors) {
        auto* item = new QListWidgetItem(e.toString(), m_problems);
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_problems->setVisible(m_problems->count() > 0);
    if (m_plan->ok())
        showNote(m_status, m_plan->summary());
    else
        showError(
            m_status, tr("%n problem(s); nothing is imported while one remains.", nullptr, int(m_plan->errors.size())));
    updateButtons();
}

void BoundaryImportDialog::import()
{
    if (!m_plan || !m_plan->ok())
        return;
    auto written = BoundaryImporter(m_session, m_changes).apply(*m_plan);
    if (!written) {
        showError(m_status, written.error().message);
        return;
    }
    Q_EMIT imported(*written);
    accept();
}

} // namespace gs
