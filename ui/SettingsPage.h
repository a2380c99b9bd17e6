// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace gs {

class AccountsPanel;
class DeadlinesPanel;
class DictionariesPanel;
class Prompter;
class Session;

/// Settings: the user's own password, the node's auto-lock time, the interface language, the node's
/// dictionaries and, for account managers, the Accounts section.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~SettingsPage() override;

    /// Null unless the user may manage accounts.
    AccountsPanel* accountsPanel() const { return m_accounts; }
    /// Lead categories, risk signals and thresholds: shown to everyone, editable with ManageNodeSettings.
    DictionariesPanel* dictionariesPanel() const { return m_dictionaries; }
    /// Stage deadlines and the working calendar: shown to everyone, editable with ManageNodeSettings.
    DeadlinesPanel* deadlinesPanel() const { return m_deadlines; }
    bool isBusy() const;

    static QString languageSettingKey();
    /// The configured UI language ("zh_CN" by default, or "en").
    static QString configuredLanguage();

Q_SIGNALS:
    void autoLockMinutesChanged(int minutes);

private:
    QWidget* buildPasswordSection();
    QWidget* buildAutoLockSection();
    QWidget* buildLanguageSection();
    void validatePassword();
    void changePassword();
    void saveAutoLock();
    void saveLanguage();

    Session& m_session;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_changePassword = nullptr;
    QLabel* m_passwordMessage = nullptr;
    QProgressBar* m_passwordBusy = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QPushButton* m_saveAutoLock = nullptr;
    QLabel* m_autoLockMessage = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageMessage = nullptr;
    AccountsPanel* m_accounts = nullptr;
    DictionariesPanel* m_dictionaries = nullptr;
    DeadlinesPanel* m_deadlines = nullptr;
};

} // namespace gs
