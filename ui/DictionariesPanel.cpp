// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DictionariesPanel.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "dictionaries/NodeDictionaries.h"
#include "domain/Lead.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gs {

namespace {

constexpr double kMaxThreshold = 100000;

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

DictionariesPanel::DictionariesPanel(Session& session, QWidget* parent)
    : QGroupBox(tr("Dictionaries"), parent), m_session(session), m_editable(session.can(Permission::ManageNodeSettings))
{
    setObjectName(QStringLiteral("dictionariesSection"));
    auto* explain = new QLabel(m_editable ? tr("Lead categories offered in the lead form, and the risk signals and thresholds "
                                               "used to screen every lead. Changes apply to leads filed or edited after saving.")
                                          : tr("Lead categories and the risk signals and thresholds used to screen every lead. "
                                               "Only the district office or the node administrator can change them."),
        this);
    explain->setWordWrap(true);

    m_save = makeButton(tr("Save dictionaries"), QStringLiteral("saveDictionariesButton"), this);
    m_restore = makeButton(tr("Restore defaults"), QStringLiteral("restoreDictionariesButton"), this);
    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("dictionariesMessage"));
    m_save->setVisible(m_editable);
    m_restore->setVisible(m_editable);

    auto* top = new QHBoxLayout;
    top->addWidget(buildCategories(), 1);
    top->addWidget(buildSignals(), 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buildThresholds());
    buttons->addStretch();
    buttons->addWidget(m_restore);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_restore, &QPushButton::clicked, this, &DictionariesPanel::restoreDefaults);

    const NodeDictionaries stored(m_session);
    load(stored.categories(), stored.riskDictionary(), stored.thresholds());
}

QWidget* DictionariesPanel::buildCategories()
{
    auto* box = new QWidget(this);
    m_categories = new QListWidget(box);
    m_categories->setObjectName(QStringLiteral("dictionaryCategoriesList"));
    m_categories->setAccessibleName(tr("Lead categories"));
    m_categories->setEditTriggers(m_editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                             : QAbstractItemView::NoEditTriggers);
    auto* add = makeButton(tr("Add"), QStringLiteral("addCategoryButton"), box);
    auto* remove = makeButton(tr("Remove"), QStringLiteral("removeCategoryButton"), box);
    auto* up = makeButton(tr("Up"), QStringLiteral("categoryUpButton"), box);
    auto* down = makeButton(tr("Down"), QStringLiteral("categoryDownButton"), box);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : { add, remove, up, down }) {
        b->setVisible(m_editable);
        row->addWidget(b);
    }
    row->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Lead &categories:"), box);
    label->setBuddy(m_categories);
    layout->addWidget(label);
    layout->addWidget(m_categories);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &DictionariesPanel::addCategory);
    connect(remove, &QPushButton::clicked, this, &DictionariesPanel::removeCategory);
    connect(up, &QPushButton::clicked, this, [this] { moveCategory(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCategory(1); });
    return box;
}

QWidget* DictionariesPanel::buildSignals()
{
    auto* box = new QWidget(this);
    m_signals = new QTableWidget(0, SignalColumnCount, box);
    m_signals->setObjectName(QStringLiteral("riskSignalsTable"));
    m_signals->setAccessibleName(tr("Risk signals"));
    m_signals->setHorizontalHeaderLabels({ tr("Term"), tr("Category"), tr("Weight"), tr("Field"), tr("Meaning") });
    m_signals->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_signals->verticalHeader()->setVisible(false);
    m_signals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signals->setEditTriggers(m_editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          : QAbstractItemView::NoEditTriggers);
    m_signals->setMinimumHeight(240);
    auto* add = makeButton(tr("Add signal"), QStringLiteral("addSignalButton"), box);
    auto* remove = makeButton(tr("Remove signal"), QStringLiteral("removeSignalButton"), box);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : { add, remove }) {
        b->setVisible(m_editable);
        row->addWidget(b);
    }
    row->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Risk signals (each found term adds its weight to the lead's score once):"), box);
    label->setBuddy(m_signals);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_signals);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &DictionariesPanel::addSignal);
    connect(remove, &QPushButton::clicked, this, &DictionariesPanel::removeSignal);
    return box;
}

QWidget* DictionariesPanel::buildThresholds()
{
    auto* box = new QWidget(this);
    auto makeSpin = [this, box](const QString& name) {
        auto* spin = new QDoubleSpinBox(box);
        spin->setObjectName(name);
        spin->setRange(0, kMaxThreshold);
        spin->setDecimals(1);
        spin->setEnabled(m_editable);
        return spin;
    };
    m_medium = makeSpin(QStringLiteral("mediumThresholdSpin"));
    m_high = makeSpin(QStringLiteral("highThresholdSpin"));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* medium = new QLabel(tr("&Medium risk from score:"), box);
    medium->setBuddy(m_medium);
    auto* high = new QLabel(tr("&High risk from score:"), box);
    high->setBuddy(m_high);
    layout->addWidget(medium);
    layout->addWidget(m_medium);
    layout->addSpacing(12);
    layout->addWidget(high);
    layout->addWidget(m_high);
    return box;
}

void DictionariesPanel::load(const QStringList& categories, const RiskDictionary& dictionary, RiskThresholds thresholds)
{
    m_categories->clear();
    for (const QString& category : categories) {
        auto* item = new QListWidgetItem(category, m_categories);
        if (m_editable)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_signals->setRowCount(0);
    for (const RiskRule& rule : dictionary.rules())
        appendSignal(rule);
    m_signals->resizeColumnsToContents();
    m_medium->setValue(thresholds.medium);
    m_high->setValue(thresholds.high);
}

void DictionariesPanel::appendSignal(const RiskRule& rule)
{
    const int row = m_signals->rowCount();
    m_signals->insertRow(row);
    m_signals->setItem(row, TermColumn, new QTableWidgetItem(rule.term));
    m_signals->setItem(row, CategoryColumn, new QTableWidgetItem(rule.category));
    auto* weight = new QTableWidgetItem;
    weight->setData(Qt::EditRole, rule.weight);
    weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_signals->setItem(row, WeightColumn, weight);
    m_signals->setItem(row, LabelColumn, new QTableWidgetItem(rule.label));
    auto* field = new QComboBox(m_signals);
    field->addItem(tr("Any field"), RiskRule::anyField());
    field->addItem(tr("Entity name only"), RiskRule::entityField());
    const int index = field->findData(rule.field);
    if (index < 0) // kept as stored so Save reports it rather than silently changing it
        field->addItem(rule.field, rule.field);
    field->setCurrentIndex(index < 0 ? field->count() - 1 : index);
    field->setEnabled(m_editable);
    m_signals->setCellWidget(row, FieldColumn, field);
}

QStringList DictionariesPanel::editedCategories() const
{
    QStringList categories;
    for (int i = 0; i < m_categories->count(); ++i)
        categories << m_categories->item(i)->text();
    return categories;
}

RiskDictionary DictionariesPanel::editedDictionary() const
{
    QList<RiskRule> rules;
    for (int row = 0; row < m_signals->rowCount(); ++row) {
        RiskRule rule;
        rule.term = m_signals->item(row, TermColumn)->text().trimmed();
        rule.category = m_signals->item(row, CategoryColumn)->text().trimmed();
        rule.weight = m_signals->item(row, WeightColumn)->data(Qt::EditRole).toDouble();
        rule.label = m_signals->item(row, LabelColumn)->text().trimmed();
        if (auto* field = qobject_cast<QComboBox*>(m_signals->cellWidget(row, FieldColumn)))
            rule.field = field->currentData().toString();
        rules << rule;
    }
    return RiskDictionary(std::move(rules));
}

RiskThresholds DictionariesPanel::editedThresholds() const { return { m_medium->value(), m_high->value() }; }

Status DictionariesPanel::save()
{
    // Check all three before storing any, so a mistake in one never leaves the others half saved.
    auto categories = NodeDictionaries::normalizedCategories(editedCategories());
    const RiskDictionary dictionary = editedDictionary();
    Status status = !categories ? Status(categories.error()) : dictionary.validate();
    if (status && !editedThresholds().isValid())
        status = makeError(Error::Code::InvalidInput,
            tr("Risk thresholds: the medium threshold must not be above the high threshold."), QStringLiteral("thresholds"));
    NodeDictionaries dictionaries(m_session);
    if (status)
        status = dictionaries.setCategories(*categories);
    if (status)
        status = dictionaries.setRiskDictionary(dictionary);
    if (status)
        status = dictionaries.setThresholds(editedThresholds());
    if (!status) {
        showProblem(status.error());
        return status;
    }
    load(dictionaries.categories(), dictionaries.riskDictionary(), dictionaries.thresholds());
    showNote(m_message, tr("Saved. New and edited leads use these dictionaries from now on."));
    Q_EMIT saved();
    return {};
}

void DictionariesPanel::restoreDefaults()
{
    load(leads::defaultCategories(), RiskDictionary::seeded(), RiskThresholds {});
    showNote(m_message, tr("The built-in dictionaries are shown. Save to use them."));
}

void DictionariesPanel::showProblem(const Error& error)
{
    showError(m_message, error.message);
    static const QRegularExpression indexed(QStringLiteral("^(categories|rules)\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const QRegularExpressionMatch match = indexed.match(error.field);
    if (!match.hasMatch()) {
        if (error.field == QStringLiteral("thresholds"))
            m_medium->setFocus();
        return;
    }
    const int index = match.captured(2).toInt();
    if (match.captured(1) == QStringLiteral("categories")) {
        m_categories->setCurrentRow(index);
        m_categories->setFocus();
        return;
    }
    static const QStringList columns { QStringLiteral("term"), QStringLiteral("category"), QStringLiteral("weight"),
        QStringLiteral("field"), QStringLiteral("label") };
    const int column = std::max(0, int(columns.indexOf(match.captured(3))));
    m_signals->setCurrentCell(index, column);
    m_signals->scrollToItem(m_signals->item(index, TermColumn));
    m_signals->setFocus();
}

void DictionariesPanel::addCategory()
{
    auto* item = new QListWidgetItem(tr("New category"), m_categories);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_categories->setCurrentItem(item);
    m_categories->editItem(item);
}

void DictionariesPanel::removeCategory()
{
    if (QListWidgetItem* item = m_categories->currentItem())
        delete item;
}

void DictionariesPanel::moveCategory(int delta)
{
    const int row = m_categories->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_categories->count())
        return;
    QListWidgetItem* item = m_categories->takeItem(row);
    m_categories->insertItem(target, item);
    m_categories->setCurrentRow(target);
}

void DictionariesPanel::addSignal()
{
    appendSignal({ QString(), RiskRule::promiseCategory(), 10, RiskRule::anyField(), QString() });
    const int row = m_signals->rowCount() - 1;
    m_signals->setCurrentCell(row, TermColumn);
    m_signals->editItem(m_signals->item(row, TermColumn));
}

void DictionariesPanel::removeSignal()
{
    if (const int row = m_signals->currentRow(); row >= 0)
        m_signals->removeRow(row);
}

} // namespace gs
