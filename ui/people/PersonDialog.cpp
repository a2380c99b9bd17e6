// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "PersonDialog.h"

#include "FormHelpers.h"
#include "accounts/Session.h"
#include "domain/Validators.h"
#include "people/PersonRepository.h"
#include "store/Transaction.h"
#include "structure/DistrictChanges.h"
#include "structure/StructureQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace gs {

PersonDialog::PersonDialog(Session& session, DistrictChanges* changes, PersonKind kind, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_changes(changes)
    , m_editing(false)
{
    m_person.kind = kind;
    build();
}

PersonDialog::PersonDialog(Session& session, DistrictChanges* changes, const Person& person, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_changes(changes)
    , m_person(person)
    , m_editing(true)
{
    build();
}

void PersonDialog::build()
{
    const bool sentinel = m_person.kind == PersonKind::Sentinel;
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(m_editing ? tr("Edit %1").arg(m_person.name)
            : sentinel       ? tr("New grid sentinel")
                             : tr("New finance volunteer"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto message = [this](const QString& field) {
        QLabel* label = makeMessageLabel(this);
        m_messages.insert(field, label);
        return label;
    };

    m_name = new QLineEdit(m_person.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(32);
    addFieldRow(form, tr("&Name:"), m_name, message(QStringLiteral("name")));
    m_phone = new QLineEdit(m_person.phone, this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("Mobile or landline: 13800138000, 020-12345678"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addFieldRow(form, tr("&Phone:"), m_phone, message(QStringLiteral("phone")));

    if (sentinel) {
        m_community = new QComboBox(this);
        m_community->setObjectName(QStringLiteral("communityCombo"));
        m_community->addItem(tr("(choose a community)"), QString());
        StructureQuery query(m_session);
        if (auto streets = query.streets()) {
            for (const StructureItem& street : *streets) {
                if (auto communities = query.communities(street.id)) {
                    for (const StructureItem& c : *communities)
                        m_community->addItem(QStringLiteral("%1 · %2").arg(street.name, c.name), c.id);
                }
            }
        }
        if (!m_person.communityId.isEmpty() && m_community->findData(m_person.communityId) < 0)
            m_community->addItem(m_person.communityName, m_person.communityId);
        // 200+ communities: typing part of a name finds one.
        m_community->setEditable(true);
        m_community->setInsertPolicy(QComboBox::NoInsert);
        m_community->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_community->completer()->setFilterMode(Qt::MatchContains);
        m_community->setCurrentIndex(std::max(0, m_community->findData(m_person.communityId)));
        addFieldRow(form, tr("&Community:"), m_community, message(QStringLiteral("community")));
        m_grids = new QListWidget(this);
        m_grids->setObjectName(QStringLiteral("gridList"));
        m_grids->setMaximumHeight(120);
        addFieldRow(form, tr("&Grids covered:"), m_grids, message(QStringLiteral("grids")));
        connect(m_community, &QComboBox::currentIndexChanged, this, [this] {
            fillGrids();
            validate();
        });
        fillGrids();
    } else {
        m_institution = new QComboBox(this);
        m_institution->setObjectName(QStringLiteral("institutionCombo"));
        m_institution->setEditable(true);
        QSet<QString> known;
        if (auto volunteers = PersonRepository(m_session).list({ PersonKind::Volunteer, {}, {}, true })) {
            for (const Person& v : *volunteers)
                known.insert(v.institution);
        }
        for (const char* common : { "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行",
                 "中国邮政储蓄银行", "招商银行", "广州农村商业银行", "中国人寿保险", "中国平安保险", "中国太平洋保险" })
            known.insert(QString::fromUtf8(common));
        QStringList institutions(known.begin(), known.end());
        institutions.removeAll(QString());
        institutions.sort();
        m_institution->addItems(institutions);
        m_institution->setCurrentText(m_person.institution);
        m_institution->lineEdit()->setObjectName(QStringLiteral("institutionEdit"));
        addFieldRow(form, tr("&Institution:"), m_institution, message(QStringLiteral("institution")));
        m_branch = new QLineEdit(m_person.branch, this);
        m_branch->setObjectName(QStringLiteral("branchEdit"));
        m_branch->setPlaceholderText(tr("e.g. 广州五山支行"));
        addFieldRow(form, tr("&Branch:"), m_branch, message(QStringLiteral("branch")));
        auto* hats = new QWidget(this);
        auto* hatsLayout = new QGridLayout(hats);
        hatsLayout->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < people::hatKeys().size(); ++i) {
            const QString key = people::hatKeys()[i];
            auto* check = new QCheckBox(people::hatLabel(key), hats);
            check->setObjectName(QStringLiteral("hatCheck%1").arg(i));
            check->setProperty("hat", key);
            check->setToolTip(key);
            check->setChecked(m_person.hats.contains(key));
            connect(check, &QCheckBox::toggled, this, &PersonDialog::validate);
            hatsLayout->addWidget(check, i / 2, i % 2);
            m_hats << check;
        }
        addFieldRow(form, tr("&Hats:"), hats, message(QStringLiteral("hats")));
    }

    auto* locationRow = new QWidget(this);
    auto* locationLayout = new QHBoxLayout(locationRow);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    m_lon = new QLineEdit(m_person.location ? QString::number(m_person.location->lon, 'f', 6) : QString(), this);
    m_lon->setObjectName(QStringLiteral("lonEdit"));
    m_lon->setPlaceholderText(tr("longitude"));
    m_lat = new QLineEdit(m_person.location ? QString::number(m_person.location->lat, 'f', 6) : QString(), this);
    m_lat->setObjectName(QStringLiteral("latEdit"));
    m_lat->setPlaceholderText(tr("latitude"));
    for (QLineEdit* e : { m_lon, m_lat }) {
        auto* v = new QDoubleValidator(-180, 180, 7, e);
        v->setNotation(QDoubleValidator::StandardNotation);
        v->setLocale(QLocale::c());
        e->setValidator(v);
        locationLayout->addWidget(e);
    }
    locationRow->setFocusProxy(m_lon);
    locationRow->setToolTip(tr("WGS-84, as a phone's GPS gives it"));
    addFieldRow(form, sentinel ? tr("Home &base (WGS-84):") : tr("Branch &location (WGS-84):"), locationRow,
        message(QStringLiteral("location")));
    m_address = new QLineEdit(m_person.address, this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setMaxLength(128);
    addFieldRow(form, tr("Addr&ess:"), m_address, message(QStringLiteral("address")));
    m_note = new QPlainTextEdit(m_person.note, this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaximumHeight(60);
    addFieldRow(form, tr("N&ote:"), m_note, message(QStringLiteral("note")));

    if (m_session.can(Permission::ManageUsers)) {
        m_account = new QComboBox(this);
        m_account->setObjectName(QStringLiteral("accountCombo"));
        m_account->addItem(tr("(none: files through a shared workstation)"), QString());
        if (auto accounts = PersonRepository(m_session).linkableAccounts(m_person.kind)) {
            for (const User& u : *accounts) {
                const bool other = !u.personId.isEmpty() && u.personId != m_person.id;
                m_account->addItem(other ? tr("%1 (%2, linked to someone else)").arg(u.userName, u.displayName)
                                         : QStringLiteral("%1 (%2)").arg(u.userName, u.displayName),
                    u.id);
            }
        }
        m_account->setCurrentIndex(std::max(0, m_account->findData(m_person.userId)));
        addFieldRow(form, tr("Acco&unt:"), m_account, message(QStringLiteral("account")));
    }

    m_error = makeMessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(m_editing ? tr("&Save") : tr("&Add"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &PersonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addStretch(1); // rows keep their height; the space goes below them
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    resize(600, sentinel ? 540 : 440);

    for (QLineEdit* e : { m_name, m_phone, m_lon, m_lat })
        connect(e, &QLineEdit::textChanged, this, &PersonDialog::validate);
    if (m_institution)
        connect(m_institution, &QComboBox::currentTextChanged, this, &PersonDialog::validate);
    validate();
}

void PersonDialog::fillGrids()
{
    const QString communityId = m_community->currentData().toString();
    QSet<QString> checked(m_person.gridIds.begin(), m_person.gridIds.end());
    for (int i = 0; i < m_grids->count(); ++i) {
        QListWidgetItem* item = m_grids->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked)
            checked.insert(id);
        else
            checked.remove(id);
    }
    m_grids->clear();
    if (communityId.isEmpty())
        return;
    if (auto grids = StructureQuery(m_session).grids(communityId)) {
        for (const StructureItem& g : *grids) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(g.name, g.code), m_grids);
            item->setData(Qt::UserRole, g.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(g.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void PersonDialog::validate()
{
    Person p;
    p.kind = m_person.kind;
    p.name = m_name->text();
    p.phone = m_phone->text();
    if (m_community)
        p.communityId = m_community->currentData().toString();
    if (m_institution)
        p.institution = m_institution->currentText();
    for (QCheckBox* c : m_hats) {
        if (c->isChecked())
            p.hats << c->property("hat").toString();
    }
    for (QLabel* label : std::as_const(m_messages))
        showError(label, QString());
    // Only what the user has touched: an empty new form is not a wall of red.
    const QList<FieldError> errors = validatePerson(p);
    bool blocking = false;
    for (const FieldError& e : errors) {
        blocking = true;
        const bool typed
            = (e.field == u"name" && !m_name->text().isEmpty()) || (e.field == u"phone" && !m_phone->text().isEmpty());
        if (typed)
            showError(m_messages.value(e.field), e.message);
    }
    const bool oneCoordinate = m_lon->text().trimmed().isEmpty() != m_lat->text().trimmed().isEmpty();
    if (oneCoordinate)
        showError(m_messages.value(QStringLiteral("location")),
            tr("Location: give both longitude and latitude, or neither."));
    showError(m_error, QString());
    m_save->setEnabled(!blocking && !oneCoordinate);
}

void PersonDialog::save()
{
    if (!m_save->isEnabled())
        return;
    Person p = m_person;
    p.name = m_name->text().trimmed();
    p.phone = m_phone->text().trimmed();
    if (m_community) {
        p.communityId = m_community->currentData().toString();
        p.gridIds.clear();
        for (int i = 0; i < m_grids->count(); ++i) {
            if (m_grids->item(i)->checkState() == Qt::Checked)
                p.gridIds << m_grids->item(i)->data(Qt::UserRole).toString();
        }
    } else {
        p.institution = m_institution->currentText().trimmed();
        p.branch = m_branch->text().trimmed();
        p.hats.clear();
        for (QCheckBox* c : m_hats) {
            if (c->isChecked())
                p.hats << c->property("hat").toString();
        }
    }
    p.location.reset();
    if (!m_lon->text().trimmed().isEmpty())
        p.location = geo::LonLat { QLocale::c().toDouble(m_lon->text()), QLocale::c().toDouble(m_lat->text()) };
    p.address = m_address->text().trimmed();
    p.note = m_note->toPlainText().trimmed();

    // The person and the account link land together or not at all.
    Transaction tx(m_session.db());
    if (!tx.begun()) {
        showError(m_error, tx.begun().error().message);
        return;
    }
    PersonRepository repo(m_session);
    auto saved = repo.save(p);
    Status linked;
    if (saved && m_account && m_account->currentData().toString() != m_person.userId)
        linked = repo.linkAccount(saved->id, m_account->currentData().toString());
    const Error* problem = !saved ? &saved.error() : !linked ? &linked.error() : nullptr;
    Status committed;
    if (!problem) {
        committed = tx.commit();
        if (!committed)
            problem = &committed.error();
    }
    if (problem) {
        const QList<FieldError> fields
            = problem->fields.isEmpty() ? QList<FieldError> { { problem->field, problem->message } } : problem->fields;
        for (const FieldError& f : fields)
            showError(m_messages.value(f.field, m_error), f.message);
        return;
    }
    m_person = *saved;
    if (m_changes)
        Q_EMIT m_changes->peopleChanged({ m_person.id });
    Q_EMIT this->saved(m_person.id);
    accept();
}

} // namespace gs
