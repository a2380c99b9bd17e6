// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "UnitDialog.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "people/PersonRepository.h"
#include "structure/StructureRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs {

UnitDialog::UnitDialog(
    Session& session, DistrictChanges* changes, UnitLevel level, const QString& parentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_changes(changes)
    , m_editing(false)
{
    m_unit.level = level;
    m_unit.parentId = parentId;
    build();
}

UnitDialog::UnitDialog(Session& session, DistrictChanges* changes, const StructureUnit& unit, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_changes(changes)
    , m_unit(unit)
    , m_editing(true)
{
    build();
}

void UnitDialog::build()
{
    const UnitLevel level = m_unit.level;
    const QString what = structure::levelLabel(level).toLower();
    setWindowTitle(m_editing ? tr("Edit %1 %2").arg(what, m_unit.name) : tr("Add %1").arg(what));
    setObjectName(QStringLiteral("unitDialog"));
    StructureRepository repo(m_session);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto message = [this](const QString& field) {
        QLabel* label = makeMessageLabel(this);
        m_messages.insert(field, label);
        return label;
    };
    if (const auto parentLevel = structure::parentLevel(level)) {
        auto parentUnit = repo.unit(*parentLevel, m_unit.parentId);
        m_parentCode = parentUnit ? parentUnit->code : QString();
        auto* parentLabel = new QLabel(
            parentUnit ? QStringLiteral("%1 %2").arg(parentUnit->code, parentUnit->name) : tr("(unknown)"), this);
        parentLabel->setObjectName(QStringLiteral("parentLabel"));
        addFieldRow(form, structure::levelLabel(*parentLevel) + QLatin1Char(':'), parentLabel,
            message(QStringLiteral("parent")));
    }

    m_code = new QLineEdit(m_unit.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(32);
    if (level != UnitLevel::Grid) {
        m_code->setPlaceholderText(level == UnitLevel::District ? tr("6 digits, e.g. 440106")
                : level == UnitLevel::Street                    ? tr("%1 + 3 digits").arg(m_parentCode)
                                                                : tr("%1 + 3 digits").arg(m_parentCode));
        m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    } else {
        m_code->setPlaceholderText(tr("e.g. %1-G01").arg(m_parentCode));
    }
    auto* codeRow = new QWidget(this);
    auto* codeLayout = new QHBoxLayout(codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_code, 1);
    if (level == UnitLevel::Grid && !m_editing) {
        m_suggest = new QPushButton(tr("&Suggest"), this);
        m_suggest->setObjectName(QStringLiteral("suggestCodeButton"));
        m_suggest->setToolTip(tr("The next free code of this kind in the community"));
        codeLayout->addWidget(m_suggest);
        connect(m_suggest, &QPushButton::clicked, this, &UnitDialog::suggestCode);
    }
    codeRow->setFocusProxy(m_code);
    addFieldRow(form, tr("&Code:"), codeRow, message(QStringLiteral("code")));

    m_name = new QLineEdit(m_unit.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(64);
    addFieldRow(form, tr("&Name:"), m_name, message(QStringLiteral("name")));

    if (level == UnitLevel::District) {
        m_city = new QLineEdit(m_unit.city, this);
        m_city->setObjectName(QStringLiteral("cityEdit"));
        m_province = new QLineEdit(m_unit.province, this);
        m_province->setObjectName(QStringLiteral("provinceEdit"));
        form->addRow(tr("C&ity:"), m_city);
        form->addRow(tr("&Province:"), m_province);
    }
    if (level == UnitLevel::Grid) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kindCombo"));
        for (GridKind kind : structure::allGridKinds())
            m_kind->addItem(structure::gridKindLabel(kind), int(kind));
        m_kind->setCurrentIndex(m_kind->findData(int(m_unit.gridKind)));
        addFieldRow(form, tr("&Kind:"), m_kind, message(QStringLiteral("kind")));

        m_responsible = new QComboBox(this);
        m_responsible->setObjectName(QStringLiteral("responsibleCombo"));
        m_responsible->addItem(tr("(nobody yet)"), QString());
        // Sentinels of this grid's community first, then the others.
        if (auto sentinels = PersonRepository(m_session).list({ PersonKind::Sentinel })) {
            for (int pass = 0; pass < 2; ++pass) {
                for (const Person& p : *sentinels) {
                    if ((p.communityId == m_unit.parentId) == (pass == 0))
                        m_responsible->addItem(pass == 0 ? p.name : tr("%1 (%2)").arg(p.name, p.communityName), p.id);
                }
            }
        }
        if (!m_unit.responsiblePersonId.isEmpty() && m_responsible->findData(m_unit.responsiblePersonId) < 0)
            m_responsible->addItem(m_unit.responsibleName, m_unit.responsiblePersonId);
        m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(m_unit.responsiblePersonId)));
        addFieldRow(form, tr("&Responsible sentinel:"), m_responsible, message(QStringLiteral("responsible")));

        m_police = new QComboBox(this);
        m_police->setObjectName(QStringLiteral("policeGridCombo"));
        m_police->addItem(tr("(none)"), QString());
        if (auto units = repo.units(false)) {
            for (const StructureUnit& u : *units) {
                if (u.level == UnitLevel::Grid && u.gridKind == GridKind::Police && u.id != m_unit.id)
                    m_police->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.id);
            }
        }
        if (!m_unit.policeGridId.isEmpty() && m_police->findData(m_unit.policeGridId) < 0)
            m_police->addItem(m_unit.policeGridName, m_unit.policeGridId);
        m_police->setCurrentIndex(std::max(0, m_police->findData(m_unit.policeGridId)));
        m_police->setToolTip(tr("三格联动: the police grid (警格) this community or building grid works with"));
        addFieldRow(form, tr("Police &grid:"), m_police, message(QStringLiteral("policeGrid")));
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
            m_police->setEnabled(GridKind(m_kind->currentData().toInt()) != GridKind::Police);
            validate();
        });
        m_police->setEnabled(m_unit.gridKind != GridKind::Police);
    }

    m_error = makeMessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(m_editing ? tr("&Save") : tr("&Add"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &UnitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_code, &QLineEdit::textChanged, this, &UnitDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::validate);
    if (level == UnitLevel::Grid && !m_editing && m_unit.code.isEmpty())
        suggestCode();
    validate();
}

void UnitDialog::suggestCode()
{
    QStringList taken;
    if (auto units = StructureRepository(m_session).units(true)) {
        for (const StructureUnit& u : *units) {
            if (u.level == UnitLevel::Grid)
                taken << u.code;
        }
    }
    const GridKind kind = m_kind ? GridKind(m_kind->currentData().toInt()) : GridKind::Community;
    m_code->setText(structure::suggestGridCode(m_parentCode, kind, taken));
}

void UnitDialog::validate()
{
    const QString code = m_code->text().trimmed();
    const QString codeProblem
        = structure::codeProblem(m_unit.level, code, m_unit.level == UnitLevel::Grid ? QString() : m_parentCode);
    const QString nameProblem = structure::nameProblem(m_name->text());
    showError(m_messages.value(QStringLiteral("code")), code.isEmpty() ? QString() : codeProblem);
    showError(m_messages.value(QStringLiteral("name")), m_name->text().isEmpty() ? QString() : nameProblem);
    showError(m_error, QString());
    m_save->setEnabled(codeProblem.isEmpty() && nameProblem.isEmpty());
    growToFit();
}

void UnitDialog::growToFit()
{
    // A message under a field wraps onto more lines than the dialog had room for.
    if (isVisible() && height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

void UnitDialog::save()
{
    if (!m_save->isEnabled())
        return;
    StructureUnit u = m_unit;
    u.code = m_code->text().trimmed();
    u.name = m_name->text().trimmed();
    if (m_city) {
        u.city = m_city->text().trimmed();
        u.province = m_province->text().trimmed();
    }
    if (m_kind) {
        u.gridKind = GridKind(m_kind->currentData().toInt());
        u.responsiblePersonId = m_responsible->currentData().toString();
        u.policeGridId = u.gridKind == GridKind::Police ? QString() : m_police->currentData().toString();
    }
    StructureRepository repo(m_session, m_changes);
    auto result = m_editing ? repo.update(u) : repo.add(u);
    if (!result) {
        const Error& e = result.error();
        const QList<FieldError> fields = e.fields.isEmpty() ? QList<FieldError> { { e.field, e.message } } : e.fields;
        for (const FieldError& f : fields)
            showError(m_messages.value(f.field, m_error), f.message);
        growToFit();
        return;
    }
    m_unit = *result;
    Q_EMIT saved(m_unit.id);
    accept();
}

} // namespace gs
