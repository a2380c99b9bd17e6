// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "FirstRunWizard.h"

#include "Async.h"
#include "FormHelpers.h"
#include "accounts/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gs {

// --- Node -------------------------------------------------------------------------------------------

class NodePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NodePage(const QString& databasePath, QWidget* parent = nullptr) : QWizardPage(parent)
    {
        setTitle(tr("This node"));
        setSubTitle(tr("A node is this computer's encrypted database for one district office or grid team."));

        m_nodeName = new QLineEdit(this);
        m_nodeName->setObjectName(QStringLiteral("nodeNameEdit"));
        m_nodeName->setPlaceholderText(tr("e.g. Xinhua Street office"));
        m_nodeName->setMaxLength(80);
        m_districtName = new QLineEdit(this);
        m_districtName->setObjectName(QStringLiteral("districtNameEdit"));
        m_districtName->setPlaceholderText(tr("e.g. Gulou District"));
        m_districtName->setMaxLength(80);
        m_districtCode = new QLineEdit(this);
        m_districtCode->setObjectName(QStringLiteral("districtCodeEdit"));
        m_districtCode->setPlaceholderText(tr("Optional, e.g. 320106"));
        m_districtCode->setMaxLength(12);

        auto* welcome = new QLabel(tr("Welcome to GridSentinel. It keeps leads about illegal fundraising encrypted on "
                                      "this computer. Setting it up takes three short steps: name this node, create the "
                                      "first account, and write down the recovery code."),
            this);
        welcome->setWordWrap(true);
        auto* outer = new QVBoxLayout(this);
        outer->addWidget(welcome);
        outer->addSpacing(8);
        auto* form = new QFormLayout;
        outer->addLayout(form);
        outer->addStretch();
        form->addRow(tr("&Node name:"), m_nodeName);
        form->addRow(tr("&District:"), m_districtName);
        form->addRow(tr("District &code:"), m_districtCode);

        auto* where = new QLabel(tr("The encrypted database will be created at:\n%1").arg(QDir::toNativeSeparators(databasePath)), this);
        where->setWordWrap(true);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        where->setForegroundRole(QPalette::PlaceholderText);
        form->addItem(new QSpacerItem(0, 12, QSizePolicy::Minimum, QSizePolicy::Fixed));
        form->addRow(where);

        connect(m_nodeName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_districtName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        return !m_nodeName->text().trimmed().isEmpty() && !m_districtName->text().trimmed().isEmpty();
    }

    QString nodeName() const { return m_nodeName->text().trimmed(); }
    QString districtName() const { return m_districtName->text().trimmed(); }
    QString districtCode() const { return m_districtCode->text().trimmed(); }

private:
    QLineEdit* m_nodeName;
    QLineEdit* m_districtName;
    QLineEdit* m_districtCode;
};

// --- First account ---------------------------------------------------------------------------------

class FirstAccountPage : public QWizardPage
{
    Q_OBJECT

public:
    FirstAccountPage(QString databasePath, crypto::ScryptParams kdf, NodePage* nodePage, QWidget* parent = nullptr)
        : QWizardPage(parent), m_databasePath(std::move(databasePath)), m_kdf(kdf), m_nodePage(nodePage)
    {
        setTitle(tr("First supervisor account"));
        setSubTitle(tr("This account belongs to the district office. It can add the other accounts later."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("Create node"));

        m_userName = new QLineEdit(this);
        m_userName->setObjectName(QStringLiteral("userNameEdit"));
        m_userName->setMaxLength(32);
        m_userMessage = makeMessageLabel(this);
        m_userMessage->setObjectName(QStringLiteral("userNameMessage"));
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
        m_displayName->setMaxLength(64);
        m_password = makePasswordEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_passwordMessage = makeMessageLabel(this);
        m_passwordMessage->setObjectName(QStringLiteral("passwordMessage"));
        m_repeat = makePasswordEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatEdit"));
        m_repeatMessage = makeMessageLabel(this);
        m_repeatMessage->setObjectName(QStringLiteral("repeatMessage"));
        m_error = makeMessageLabel(this);
        m_error->setObjectName(QStringLiteral("createError"));
        m_busy = makeBusyBar(this);
        m_busyLabel = new QLabel(tr("Creating the encrypted database…"), this);
        m_busyLabel->setVisible(false);

        auto* form = new QFormLayout;
        addFieldRow(form, tr("&User name:"), m_userName, m_userMessage);
        form->addRow(tr("&Display name:"), m_displayName);
        addFieldRow(form, tr("&Password:"), m_password, m_passwordMessage);
        addFieldRow(form, tr("&Repeat password:"), m_repeat, m_repeatMessage);

        auto* hint = new QLabel(tr("Use a long passphrase. Nobody can read this node's data without a password "
                                   "or the recovery code shown on the next page."),
            this);
        hint->setWordWrap(true);

        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(hint);
        layout->addStretch();
        layout->addWidget(m_error);
        layout->addWidget(m_busyLabel);
        layout->addWidget(m_busy);

        for (QLineEdit* edit : { m_userName, m_password, m_repeat })
            connect(edit, &QLineEdit::textEdited, this, &FirstAccountPage::validate);
    }

    ~FirstAccountPage() override { wipeSecret(); }

    bool isComplete() const override { return m_busy->isHidden() && problems().isEmpty(); }

    bool validatePage() override
    {
        if (m_created)
            return true;
        if (!m_busy->isHidden() || !problems().isEmpty())
            return false;
        startCreation();
        return false;
    }

    bool isCreating() const { return !m_busy->isHidden(); }
    bool created() const { return m_created; }
    std::unique_ptr<Session> takeSession() { return std::move(m_session); }
    const QString& recoveryCode() const { return m_recoveryCode; }

private:
    struct Problems
    {
        QString user, password, repeat;
        bool isEmpty() const { return user.isEmpty() && password.isEmpty() && repeat.isEmpty(); }
    };

    Problems problems() const
    {
        Problems p;
        const QString user = m_userName->text().trimmed();
        p.user = userNameProblem(user);
        p.password = passwordProblem(m_password->text(), user);
        if (m_repeat->text() != m_password->text())
            p.repeat = tr("The two passwords differ.");
        return p;
    }

    void validate()
    {
        // Only complain about fields the user has reached, so an empty form is not a wall of red.
        const Problems p = problems();
        showError(m_userMessage, m_userName->text().isEmpty() ? QString() : p.user);
        showError(m_passwordMessage, m_password->text().isEmpty() ? QString() : p.password);
        showError(m_repeatMessage, m_repeat->text().isEmpty() ? QString() : p.repeat);
        showError(m_error, QString());
        Q_EMIT completeChanged();
    }

    void setBusy(bool busy)
    {
        m_busy->setVisible(busy);
        m_busyLabel->setVisible(busy);
        for (QWidget* w : std::initializer_list<QWidget*> { m_userName, m_displayName, m_password, m_repeat })
            w->setEnabled(!busy);
        if (wizard())
            wizard()->button(QWizard::BackButton)->setEnabled(!busy);
        Q_EMIT completeChanged();
    }

    void startCreation()
    {
        Vault::NodeSetup setup;
        setup.databasePath = m_databasePath;
        setup.nodeName = m_nodePage->nodeName();
        setup.districtName = m_nodePage->districtName();
        setup.districtCode = m_nodePage->districtCode();
        setup.adminUserName = m_userName->text().trimmed();
        setup.adminDisplayName = m_displayName->text().trimmed();
        setup.adminPassword = m_password->text();
        setup.kdf = m_kdf;
        setBusy(true);
        showError(m_error, QString());
        runAsync(
            this,
            [setup]() mutable {
                auto created = Vault::createNode(setup);
                secureWipe(setup.adminPassword);
                return created;
            },
            [this](Result<Vault::CreatedNode> created) {
                setBusy(false);
                if (!created) {
                    showError(m_error, created.error().message);
                    return;
                }
                m_session = std::move(created->session);
                m_recoveryCode = created->recoveryCode;
                m_created = true;
                wipeSecret();
                wizard()->next();
            });
    }

    void wipeSecret()
    {
        QString a = takePassword(m_password);
        QString b = takePassword(m_repeat);
        secureWipe(a);
        secureWipe(b);
    }

    QString m_databasePath;
    crypto::ScryptParams m_kdf;
    NodePage* m_nodePage;
    QLineEdit* m_userName;
    QLabel* m_userMessage;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLabel* m_passwordMessage;
    QLineEdit* m_repeat;
    QLabel* m_repeatMessage;
    QLabel* m_error;
    QLabel* m_busyLabel;
    QProgressBar* m_busy;
    bool m_created = false;
    std::unique_ptr<Session> m_session;
    QString m_recoveryCode;
};

// --- Recovery code ---------------------------------------------------------------------------------

class RecoveryCodePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryCodePage(QWidget* parent = nullptr) : QWizardPage(parent)
    {
        setTitle(tr("Recovery code"));
        setSubTitle(tr("The node has been created. This code is shown only now."));

        auto* intro = new QLabel(tr("Write the recovery code on paper and keep it locked away at the district office. "
                                    "If every password is forgotten, it is the only way back into this node's data."),
            this);
        intro->setWordWrap(true);

        m_code = new QLabel(this);
        m_code->setObjectName(QStringLiteral("recoveryCodeLabel"));
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(std::max(mono.pointSizeF(), font().pointSizeF()) * 1.6);
        mono.setBold(true);
        m_code->setFont(mono);
        m_code->setTextFormat(Qt::PlainText);
        m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_code->setAlignment(Qt::AlignCenter);
        m_code->setFrameShape(QFrame::StyledPanel);
        m_code->setMargin(12);

        auto* copy = new QPushButton(tr("&Copy"), this);
        copy->setObjectName(QStringLiteral("copyButton"));
        m_copied = makeMessageLabel(this);
        connect(copy, &QPushButton::clicked, this, [this] {
            QGuiApplication::clipboard()->setText(m_code->text());
            showNote(m_copied, tr("Copied. Paste it only where it stays private, then clear the clipboard."));
        });

        m_confirm = new QCheckBox(tr("I have &written down the recovery code"), this);
        m_confirm->setObjectName(QStringLiteral("confirmCheck"));
        connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);

        auto* copyRow = new QHBoxLayout;
        copyRow->addStretch();
        copyRow->addWidget(copy);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addSpacing(8);
        layout->addWidget(m_code);
        layout->addLayout(copyRow);
        layout->addWidget(m_copied);
        layout->addStretch();
        layout->addWidget(m_confirm);
    }

    void setCode(const QString& code) { m_code->setText(code); }
    bool isComplete() const override { return m_confirm->isChecked(); }

private:
    QLabel* m_code;
    QLabel* m_copied;
    QCheckBox* m_confirm;
};

// --- Wizard ----------------------------------------------------------------------------------------

FirstRunWizard::FirstRunWizard(QString databasePath, crypto::ScryptParams kdf, QWidget* parent)
    : QWizard(parent), m_nodePage(new NodePage(databasePath, this)),
      m_accountPage(new FirstAccountPage(databasePath, kdf, m_nodePage, this)), m_recoveryPage(new RecoveryCodePage(this))
{
    setWindowTitle(tr("Set up GridSentinel"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(NodePageId, m_nodePage);
    setPage(AccountPageId, m_accountPage);
    setPage(RecoveryPageId, m_recoveryPage);
    setMinimumSize(640, 520);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RecoveryPageId)
            m_recoveryPage->setCode(m_accountPage->recoveryCode());
    });
}

FirstRunWizard::~FirstRunWizard() = default;

std::unique_ptr<Session> FirstRunWizard::takeSession() { return m_accountPage->takeSession(); }

bool FirstRunWizard::nodeCreated() const { return m_accountPage->created(); }

bool FirstRunWizard::isCreating() const { return m_accountPage->isCreating(); }

QString FirstRunWizard::recoveryCode() const { return m_accountPage->recoveryCode(); }

void FirstRunWizard::reject()
{
    // While the database is being written, or once the code is on screen, there is nothing to cancel:
    // the node exists and the recovery code must not be lost by a stray Escape.
    if (isCreating() || nodeCreated())
        return;
    QWizard::reject();
}

} // namespace gs

#include "FirstRunWizard.moc"
