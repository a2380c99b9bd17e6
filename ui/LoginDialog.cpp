// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LoginDialog.h"

#include "Async.h"
#include "FormHelpers.h"
#include "RecoveryDialog.h"
#include "accounts/Session.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gs {

LoginDialog::LoginDialog(QString databasePath, LoginThrottle& throttle, crypto::ScryptParams kdf, QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_throttle(throttle), m_kdf(kdf)
{
    setWindowTitle(tr("Sign in — GridSentinel"));

    auto* icon = new QLabel(this);
    icon->setPixmap(windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon).pixmap(40, 40)
                                          : windowIcon().pixmap(40, 40));
    auto* title = makeTitleLabel(tr("GridSentinel"), this, 6);
    auto* where = new QLabel(tr("Database: %1").arg(QFileInfo(m_databasePath).fileName()), this);
    where->setObjectName(QStringLiteral("databaseLabel"));
    where->setToolTip(m_databasePath);
    where->setForegroundRole(QPalette::PlaceholderText);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(where);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(titles, 1);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setMaxLength(32);
    m_password = makePasswordEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    m_error = makeMessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy = makeBusyBar(this);

    m_forgot = new QPushButton(tr("Forgot password?"), this);
    m_forgot->setObjectName(QStringLiteral("forgotButton"));
    m_forgot->setFlat(true);
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_forgot->setAutoDefault(false);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setAutoDefault(false);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_quit, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_forgot, &QPushButton::clicked, this, &LoginDialog::openRecovery);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_forgot);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addLayout(bottom);
    setMinimumWidth(440);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (--m_remaining <= 0) {
            m_remaining = 0;
            m_countdown.stop();
        }
        updateSignInButton();
    });
    connect(m_userName, &QLineEdit::textChanged, this, &LoginDialog::updateSignInButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateSignInButton);
    startCountdown(m_throttle.delaySeconds());
    updateSignInButton();
}

LoginDialog::~LoginDialog()
{
    QString pw = takePassword(m_password);
    secureWipe(pw);
}

void LoginDialog::setUserName(const QString& userName)
{
    m_userName->setText(userName);
    (userName.isEmpty() ? m_userName : m_password)->setFocus();
}

std::unique_ptr<Session> LoginDialog::takeSession() { return std::move(m_session); }

bool LoginDialog::isBusy() const { return !m_busy->isHidden(); }

void LoginDialog::reject()
{
    if (isBusy())
        return; // an unlock is running; let it finish rather than leave a thread holding the key
    QDialog::reject();
}

void LoginDialog::updateSignInButton()
{
    const bool filled = !m_userName->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_signIn->setEnabled(filled && !isBusy() && m_remaining == 0);
    m_signIn->setText(m_remaining > 0 ? tr("Sign in (%1 s)").arg(m_remaining) : tr("&Sign in"));
}

void LoginDialog::startCountdown(int seconds)
{
    m_remaining = std::max(0, seconds);
    if (m_remaining > 0)
        m_countdown.start();
    updateSignInButton();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_userName->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_forgot->setEnabled(!busy);
    m_quit->setEnabled(!busy);
    updateSignInButton();
}

void LoginDialog::signIn()
{
    if (!m_signIn->isEnabled())
        return;
    const QString userName = m_userName->text().trimmed();
    QString password = takePassword(m_password);
    showError(m_error, QString());
    setBusy(true);
    runAsync(
        this,
        [path = m_databasePath, userName, password]() mutable {
            auto session = Vault::unlock(path, userName, password);
            secureWipe(password);
            return session;
        },
        [this](Result<std::unique_ptr<Session>> session) {
            setBusy(false);
            if (!session) {
                m_throttle.recordFailure();
                showError(m_error, session.error().message);
                startCountdown(m_throttle.delaySeconds());
                m_password->setFocus();
                return;
            }
            m_throttle.recordSuccess();
            m_session = std::move(*session);
            accept();
        });
    secureWipe(password);
}

void LoginDialog::openRecovery()
{
    auto* dialog = new RecoveryDialog(m_databasePath, m_kdf, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::passwordReset, this, [this](const QString& userName) {
        setUserName(userName);
        showNote(m_error, tr("The password of %1 has been reset. Sign in with the new password.").arg(userName));
    });
    dialog->open();
}

} // namespace gs
