// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PairingDialog.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "people/PersonRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gs {
namespace {

void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
}

} // namespace

PairingDialog::PairingDialog(
    Session& session, DistrictChanges* changes, QWidget* parent, const QString& sentinelId, const QString& volunteerId)
    : QDialog(parent)
    , m_session(session)
    , m_changes(changes)
    , m_presetSentinel(sentinelId)
    , m_presetVolunteer(volunteerId)
{
    build();
}

PairingDialog::PairingDialog(Session& session, DistrictChanges* changes, const Pairing& current, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_changes(changes)
    , m_current(current)
    , m_presetSentinel(current.sentinelId)
    , m_presetVolunteer(current.volunteerId)
{
    build();
}

void PairingDialog::build()
{
    setObjectName(QStringLiteral("pairingDialog"));
    setWindowTitle(m_current ? tr("Re-pair card %1").arg(m_current->cardNo) : tr("New pairing card"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto message = [this](const QString& field) {
        QLabel* label = makeMessageLabel(this);
        m_messages.insert(field, label);
        return label;
    };
    if (m_current) {
        auto* now = new QLabel(
            tr("%1 ⇄ %2, since %3")
                .arg(m_current->sentinelName, m_current->volunteerName, m_current->startedOn.toString(Qt::ISODate)),
            this);
        form->addRow(tr("Current card:"), now);
        m_replaceVolunteer = new QRadioButton(tr("Another vo&lunteer for %1").arg(m_current->sentinelName), this);
        m_replaceVolunteer->setObjectName(QStringLiteral("replaceVolunteerRadio"));
        m_replaceSentinel = new QRadioButton(tr("Another &sentinel for %1").arg(m_current->volunteerName), this);
        m_replaceSentinel->setObjectName(QStringLiteral("replaceSentinelRadio"));
        m_replaceVolunteer->setChecked(true);
        auto* group = new QButtonGroup(this);
        group->addButton(m_replaceVolunteer);
        group->addButton(m_replaceSentinel);
        auto* which = new QWidget(this);
        auto* whichLayout = new QVBoxLayout(which);
        whichLayout->setContentsMargins(0, 0, 0, 0);
        whichLayout->addWidget(m_replaceVolunteer);
        whichLayout->addWidget(m_replaceSentinel);
        form->addRow(tr("Replace:"), which);
        connect(m_replaceVolunteer, &QRadioButton::toggled, this, &PairingDialog::updateState);
    }
    m_sentinel = new QComboBox(this);
    m_sentinel->setObjectName(QStringLiteral("sentinelCombo"));
    makeSearchable(m_sentinel);
    addFieldRow(form, tr("&Grid sentinel:"), m_sentinel, message(QStringLiteral("sentinel")));
    m_volunteer = new QComboBox(this);
    m_volunteer->setObjectName(QStringLiteral("volunteerCombo"));
    makeSearchable(m_volunteer);
    addFieldRow(form, tr("Finance &volunteer:"), m_volunteer, message(QStringLiteral("volunteer")));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setMinimumDate(m_current ? m_current->startedOn : QDate(2000, 1, 1));
    addFieldRow(form, m_current ? tr("&Date:") : tr("&Paired since:"), m_date,
        message(m_current ? QStringLiteral("on") : QStringLiteral("startedOn")));
    if (m_current) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("Why the current card ends (volunteer transferred, sentinel moved…)"));
        addFieldRow(form, tr("&Reason:"), m_reason, message(QStringLiteral("reason")));
        connect(m_reason, &QLineEdit::textChanged, this, &PairingDialog::updateState);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("e.g. a joint visit every month"));
    addFieldRow(form, tr("N&ote:"), m_note, message(QStringLiteral("note")));

    m_error = makeMessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(m_current ? tr("Re-&pair") : tr("&Create card"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &PairingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    fillPeople();
    connect(m_sentinel, &QComboBox::currentIndexChanged, this, &PairingDialog::updateState);
    connect(m_volunteer, &QComboBox::currentIndexChanged, this, &PairingDialog::updateState);
    updateState();
}

void PairingDialog::fillPeople()
{
    PersonRepository people(m_session);
    PairingRepository pairings(m_session);
    const int max = pairings.maxPerVolunteer();
    m_sentinel->addItem(tr("(choose a sentinel)"), QString());
    m_volunteer->addItem(tr("(choose a volunteer)"), QString());
    // Sentinels without a card first; a paired one can only be re-paired.
    if (auto sentinels = people.list({ PersonKind::Sentinel })) {
        for (int pass = 0; pass < 2; ++pass) {
            for (const Person& p : *sentinels) {
                const bool free = p.activePairings == 0 || (m_current && p.id == m_current->sentinelId);
                if (free != (pass == 0))
                    continue;
                m_sentinel->addItem(free ? tr("%1 · %2").arg(p.name, p.communityName)
                                         : tr("%1 · %2 (has a card)").arg(p.name, p.communityName),
                    p.id);
            }
        }
    }
    if (auto volunteers = people.list({ PersonKind::Volunteer })) {
        for (const Person& p : *volunteers) {
            m_volunteer->addItem(
                tr("%1 · %2 %3 (%4/%5 pairs)").arg(p.name, p.institution, p.branch).arg(p.activePairings).arg(max),
                p.id);
        }
    }
    m_sentinel->setCurrentIndex(std::max(0, m_sentinel->findData(m_presetSentinel)));
    m_volunteer->setCurrentIndex(std::max(0, m_volunteer->findData(m_presetVolunteer)));
}

void PairingDialog::updateState()
{
    for (QLabel* label : std::as_const(m_messages))
        showError(label, QString());
    showError(m_error, QString());
    bool ready = !m_sentinel->currentData().toString().isEmpty() && !m_volunteer->currentData().toString().isEmpty();
    if (m_current) {
        const bool volunteer = m_replaceVolunteer->isChecked();
        m_volunteer->setEnabled(volunteer);
        m_sentinel->setEnabled(!volunteer);
        if (volunteer && m_sentinel->currentData().toString() != m_current->sentinelId)
            m_sentinel->setCurrentIndex(std::max(0, m_sentinel->findData(m_current->sentinelId)));
        if (!volunteer && m_volunteer->currentData().toString() != m_current->volunteerId)
            m_volunteer->setCurrentIndex(std::max(0, m_volunteer->findData(m_current->volunteerId)));
        const bool changed = m_sentinel->currentData().toString() != m_current->sentinelId
            || m_volunteer->currentData().toString() != m_current->volunteerId;
        ready = ready && changed && !m_reason->text().trimmed().isEmpty();
    }
    m_save->setEnabled(ready);
}

void PairingDialog::save()
{
    if (!m_save->isEnabled())
        return;
    PairingRepository repo(m_session, m_changes);
    Result<Pairing> result = m_current
        ? repo.rePair(m_current->id,
            { m_replaceSentinel->isChecked() ? m_sentinel->currentData().toString() : QString(),
                m_replaceVolunteer->isChecked() ? m_volunteer->currentData().toString() : QString(), m_reason->text(),
                m_date->date(), m_note->text() })
        : repo.create({ m_sentinel->currentData().toString(), m_volunteer->currentData().toString(), m_date->date(),
            m_note->text(), {} });
    if (!result) {
        const Error& e = result.error();
        const QList<FieldError> fields = e.fields.isEmpty() ? QList<FieldError> { { e.field, e.message } } : e.fields;
        for (const FieldError& f : fields)
            showError(m_messages.value(f.field, m_error), f.message);
        if (height() < sizeHint().height())
            resize(width(), sizeHint().height());
        return;
    }
    m_created = *result;
    Q_EMIT saved(m_created.id);
    accept();
}

} // namespace gs
