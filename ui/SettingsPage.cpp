// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "SettingsPage.h"

#include "AccountsPanel.h"
#include "DictionariesPanel.h"
#include "cases/DeadlinesPanel.h"
#include "Async.h"
#include "FormHelpers.h"
#include "accounts/AccountService.h"
#include "accounts/NodeSettings.h"
#include "accounts/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gs {

SettingsPage::SettingsPage(Session& session, Prompter& prompter, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(32, 28, 32, 28);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(18);
    grid->addWidget(makeTitleLabel(tr("Settings"), content, 6), 0, 0, 1, 2);
    grid->addWidget(buildPasswordSection(), 1, 0, 2, 1);
    grid->addWidget(buildAutoLockSection(), 1, 1);
    grid->addWidget(buildLanguageSection(), 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_dictionaries = new DictionariesPanel(session, content);
    grid->addWidget(m_dictionaries, 3, 0, 1, 2);
    m_deadlines = new DeadlinesPanel(session, content);
    grid->addWidget(m_deadlines, 4, 0, 1, 2);
    if (session.can(Permission::ManageUsers)) {
        m_accounts = new AccountsPanel(session, prompter, content);
        grid->addWidget(m_accounts, 5, 0, 1, 2);
    }
    grid->setRowStretch(5, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

SettingsPage::~SettingsPage()
{
    for (QLineEdit* edit : { m_current, m_new, m_repeat }) {
        QString text = takePassword(edit);
        secureWipe(text);
    }
}

QWidget* SettingsPage::buildPasswordSection()
{
    auto* box = new QGroupBox(tr("Your password"));
    box->setObjectName(QStringLiteral("passwordSection"));
    m_current = makePasswordEdit(box);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new = makePasswordEdit(box);
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat = makePasswordEdit(box);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_changePassword = new QPushButton(tr("C&hange password"), box);
    m_changePassword->setObjectName(QStringLiteral("changePasswordButton"));
    m_passwordMessage = makeMessageLabel(box);
    m_passwordMessage->setObjectName(QStringLiteral("passwordMessage"));
    m_passwordBusy = makeBusyBar(box);

    auto* who = new QLabel(tr("Signed in as %1 (%2).").arg(m_session.user().displayName, m_session.user().userName), box);
    who->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_changePassword);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_passwordMessage);
    layout->addWidget(m_passwordBusy);
    layout->addLayout(buttonRow);
    layout->addStretch();

    for (QLineEdit* edit : { m_current, m_new, m_repeat })
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::validatePassword);
    connect(m_changePassword, &QPushButton::clicked, this, &SettingsPage::changePassword);
    validatePassword();
    return box;
}

QWidget* SettingsPage::buildAutoLockSection()
{
    auto* box = new QGroupBox(tr("Auto-lock"));
    box->setObjectName(QStringLiteral("autoLockSection"));
    const bool mayChange = m_session.can(Permission::ManageNodeSettings);
    m_autoLock = new QSpinBox(box);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(NodeSettings(m_session).autoLockMinutes());
    m_autoLock->setEnabled(mayChange);
    m_saveAutoLock = new QPushButton(tr("&Save"), box);
    m_saveAutoLock->setObjectName(QStringLiteral("saveAutoLockButton"));
    m_saveAutoLock->setEnabled(false);
    m_saveAutoLock->setVisible(mayChange);
    m_autoLockMessage = makeMessageLabel(box);

    auto* explain = new QLabel(mayChange ? tr("After this many minutes without input, GridSentinel locks itself and "
                                              "closes the database on this computer, for every account.")
                                         : tr("After this many minutes without input, GridSentinel locks itself. "
                                              "Only the district office or the node administrator can change it."),
        box);
    explain->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Lock after:"), box));
    row->addWidget(m_autoLock);
    row->addWidget(m_saveAutoLock);
    row->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addWidget(m_autoLockMessage);

    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_saveAutoLock->setEnabled(minutes != NodeSettings(m_session).autoLockMinutes());
        showError(m_autoLockMessage, QString());
    });
    connect(m_saveAutoLock, &QPushButton::clicked, this, &SettingsPage::saveAutoLock);
    return box;
}

QWidget* SettingsPage::buildLanguageSection()
{
    auto* box = new QGroupBox(tr("Language"));
    box->setObjectName(QStringLiteral("languageSection"));
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Language names in their own language, never translated.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(configuredLanguage())));
    m_languageMessage = makeMessageLabel(box);
    m_languageMessage->setObjectName(QStringLiteral("languageMessage"));

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Interface language:"), box));
    row->addWidget(m_language);
    row->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_languageMessage);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);
    return box;
}

QString SettingsPage::languageSettingKey() { return QStringLiteral("ui/language"); }

QString SettingsPage::configuredLanguage()
{
    QSettings settings(QStringLiteral("GridSentinel"), QStringLiteral("GridSentinel"));
    const QString value = settings.value(languageSettingKey()).toString();
    return value == QStringLiteral("en") ? value : QStringLiteral("zh_CN");
}

bool SettingsPage::isBusy() const { return !m_passwordBusy->isHidden() || (m_accounts && m_accounts->isBusy()); }

void SettingsPage::validatePassword()
{
    QString problem;
    if (!m_new->text().isEmpty())
        problem = passwordProblem(m_new->text(), m_session.user().userName);
    if (problem.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != m_new->text())
        problem = tr("The two new passwords differ.");
    showError(m_passwordMessage, problem);
    m_changePassword->setEnabled(m_passwordBusy->isHidden() && problem.isEmpty() && !m_current->text().isEmpty()
        && !m_new->text().isEmpty() && m_repeat->text() == m_new->text());
}

void SettingsPage::changePassword()
{
    if (!m_changePassword->isEnabled())
        return;
    QString current = takePassword(m_current);
    QString fresh = takePassword(m_new);
    QString repeat = takePassword(m_repeat);
    secureWipe(repeat);
    m_passwordBusy->setVisible(true);
    for (QWidget* w : std::initializer_list<QWidget*> { m_current, m_new, m_repeat })
        w->setEnabled(false);
    validatePassword();
    Session* session = &m_session;
    runAsync(
        this,
        [session, current, fresh]() mutable {
            Status s = AccountService(*session).changeOwnPassword(current, fresh);
            secureWipe(current);
            secureWipe(fresh);
            return s;
        },
        [this](Status s) {
            m_passwordBusy->setVisible(false);
            for (QWidget* w : std::initializer_list<QWidget*> { m_current, m_new, m_repeat })
                w->setEnabled(true);
            validatePassword();
            if (s)
                showNote(m_passwordMessage, tr("Your password has been changed. Use the new one from now on."));
            else
                showError(m_passwordMessage, s.error().message);
            m_current->setFocus();
        });
    secureWipe(current);
    secureWipe(fresh);
}

void SettingsPage::saveAutoLock()
{
    const int minutes = m_autoLock->value();
    if (Status s = NodeSettings(m_session).setAutoLockMinutes(minutes); !s) {
        showError(m_autoLockMessage, s.error().message);
        return;
    }
    m_saveAutoLock->setEnabled(false);
    showNote(m_autoLockMessage, tr("Saved. The node now locks after %n minute(s) without input.", nullptr, minutes));
    Q_EMIT autoLockMinutesChanged(minutes);
}

void SettingsPage::saveLanguage()
{
    const QString language = m_language->currentData().toString();
    QSettings settings(QStringLiteral("GridSentinel"), QStringLiteral("GridSentinel"));
    settings.setValue(languageSettingKey(), language);
    showNote(m_languageMessage, tr("The new language is used the next time GridSentinel starts."));
}

} // namespace gs
