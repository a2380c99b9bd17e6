// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "EvidenceList.h"

#include "FormHelpers.h"
#include "ImageViewerDialog.h"
#include "LeadServices.h"
#include "Prompter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace gs {

EvidenceList::~EvidenceList() { disconnectChildren(this); }

EvidenceList::EvidenceList(Session& session, Prompter& prompter, Mode mode, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_mode(mode)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_list->setUniformItemSizes(true);
    // Room for three files; more scroll.
    m_list->setFixedHeight((kThumbnailSize + 6) * 3 + 2 * m_list->frameWidth() + 4);
    m_list->setAccessibleName(tr("Evidence files"));

    m_add = new QPushButton(tr("&Add file…"), this);
    m_add->setObjectName(QStringLiteral("addEvidenceButton"));
    m_add->setToolTip(tr("Photos (JPG, PNG, HEIC), PDF documents or audio recordings; at most 25 MB each and "
                         "200 MB per lead."));
    m_view = new QPushButton(tr("&View"), this);
    m_view->setObjectName(QStringLiteral("viewEvidenceButton"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportEvidenceButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeEvidenceButton"));
    m_message = makeMessageLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentsMessage"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_view);
    buttons->addWidget(m_export);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    const bool editable = mode == Mode::Edit;
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    connect(m_add, &QPushButton::clicked, this, &EvidenceList::addViaDialog);
    connect(m_view, &QPushButton::clicked, this, &EvidenceList::viewSelected);
    connect(m_export, &QPushButton::clicked, this, &EvidenceList::exportSelected);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceList::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &EvidenceList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &EvidenceList::viewSelected);
    updateButtons();
}

QStringList EvidenceList::acceptedSuffixes()
{
    return { QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("heic"), QStringLiteral("heif"),
        QStringLiteral("pdf"), QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("aac"), QStringLiteral("wav"),
        QStringLiteral("amr"), QStringLiteral("ogg"), QStringLiteral("opus") };
}

QString EvidenceList::fileDialogFilter()
{
    QStringList patterns;
    for (const QString& suffix : acceptedSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    return tr("Evidence (%1)").arg(patterns.join(QLatin1Char(' ')));
}

QString EvidenceList::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool EvidenceList::isImage(const Attachment& a)
{
    const QString suffix = QFileInfo(a.fileName).suffix().toLower();
    return a.mimeType.startsWith(QStringLiteral("image/")) || suffix == QStringLiteral("jpg") || suffix == QStringLiteral("jpeg")
        || suffix == QStringLiteral("png") || suffix == QStringLiteral("heic") || suffix == QStringLiteral("heif");
}

void EvidenceList::setAttachments(const QList<Attachment>& attachments)
{
    m_attachments = attachments;
    showError(m_message, QString());
    rebuild();
}

QByteArray EvidenceList::contentOf(const Attachment& a, QString* error) const
{
    if (!a.content.isEmpty() || a.id.isEmpty())
        return a.content;
    auto content = makeLeadRepository(m_session).attachmentContent(a.id);
    if (!content) {
        if (error)
            *error = content.error().message;
        return {};
    }
    return *content;
}

void EvidenceList::rebuild()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const Attachment& a : std::as_const(m_attachments)) {
        QIcon icon;
        if (isImage(a)) {
            // Thumbnails are decoded at their small size; HEIC often has no decoder: the generic icon then.
            QByteArray bytes = contentOf(a, nullptr);
            QBuffer buffer(&bytes);
            QImageReader reader(&buffer);
            if (reader.canRead()) {
                QSize size = reader.size();
                if (size.isValid()) {
                    size.scale(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio);
                    reader.setScaledSize(size);
                }
                const QImage thumb = reader.read();
                if (!thumb.isNull())
                    icon = QIcon(QPixmap::fromImage(thumb));
            }
        }
        if (icon.isNull()) {
            const QString suffix = QFileInfo(a.fileName).suffix().toLower();
            icon = style()->standardIcon(suffix == QStringLiteral("pdf") ? QStyle::SP_FileDialogContentsView
                    : isImage(a)                                          ? QStyle::SP_FileIcon
                                                                          : QStyle::SP_MediaVolume);
        }
        const qint64 size = a.size > 0 ? a.size : a.content.size();
        auto* item = new QListWidgetItem(icon, tr("%1 — %2").arg(a.fileName, formatSize(size)), m_list);
        item->setSizeHint(QSize(0, kThumbnailSize + 6));
        item->setToolTip(a.id.isEmpty() ? tr("Not saved yet") : tr("Stored encrypted · SHA-256 %1").arg(a.sha256.left(16)));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(current, 0, m_list->count() - 1));
    updateButtons();
}

int EvidenceList::selectedRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_attachments.size() ? row : -1;
}

void EvidenceList::updateButtons()
{
    const int row = selectedRow();
    const Attachment* a = row >= 0 ? &m_attachments.at(row) : nullptr;
    m_view->setEnabled(a && isImage(*a));
    m_view->setToolTip(a && !isImage(*a) ? tr("Only images open here. Export the file to open it in another program.") : QString());
    m_export->setEnabled(a && !a->id.isEmpty());
    m_export->setToolTip(a && a->id.isEmpty() ? tr("Save the lead first; the original file is still where you added it from.")
                                              : tr("Write a copy to a place you choose."));
    m_remove->setEnabled(a != nullptr);
}

bool EvidenceList::addFile(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!acceptedSuffixes().contains(info.suffix().toLower())) {
        showError(m_message, tr("Evidence: %1 is not a photo (JPG, PNG, HEIC), a PDF or an audio recording.").arg(name));
        return false;
    }
    if (!info.isFile()) {
        showError(m_message, tr("Evidence: %1 cannot be found.").arg(name));
        return false;
    }
    if (info.size() > leads::kMaxAttachmentBytes) {
        showError(m_message, tr("Evidence: %1 is %2; each file may be at most %3. Compress or split it.")
                                 .arg(name, formatSize(info.size()), formatSize(leads::kMaxAttachmentBytes)));
        return false;
    }
    qint64 total = info.size();
    for (const Attachment& a : std::as_const(m_attachments))
        total += a.size > 0 ? a.size : a.content.size();
    if (total > leads::kMaxLeadAttachmentBytes) {
        showError(m_message, tr("Evidence: with %1 the files of this lead would come to %2; together they may be at most %3.")
                                 .arg(name, formatSize(total), formatSize(leads::kMaxLeadAttachmentBytes)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_message, tr("Evidence: %1 cannot be read (%2).").arg(name, file.errorString()));
        return false;
    }
    Attachment a;
    a.fileName = name;
    a.content = file.readAll();
    a.size = a.content.size();
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, a.content).name();
    m_attachments.append(a);
    showError(m_message, QString());
    rebuild();
    m_list->setCurrentRow(m_list->count() - 1);
    Q_EMIT changed();
    return true;
}

void EvidenceList::addViaDialog()
{
    QPointer<EvidenceList> self(this);
    const QString path = m_prompter.openFileName(window(), tr("Add evidence"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), fileDialogFilter());
    if (!self || path.isEmpty())
        return;
    addFile(path);
}

void EvidenceList::viewSelected()
{
    const int row = selectedRow();
    if (row < 0 || !isImage(m_attachments.at(row)))
        return;
    const Attachment& a = m_attachments.at(row);
    QString error;
    const QByteArray bytes = contentOf(a, &error);
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        showError(m_message, error.isEmpty() ? tr("%1 cannot be shown here (no decoder for this image format). Export it to "
                                                  "open it in another program.")
                                                   .arg(a.fileName)
                                             : error);
        return;
    }
    showError(m_message, QString());
    auto* viewer = new ImageViewerDialog(image, a.fileName, window());
    viewer->open();
}

void EvidenceList::exportSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_attachments.at(row).id.isEmpty())
        return;
    const Attachment a = m_attachments.at(row);
    QPointer<EvidenceList> self(this);
    const QString path = m_prompter.saveFileName(window(), tr("Export evidence"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + a.fileName, QString());
    if (!self || path.isEmpty())
        return;
    if (Status s = makeLeadRepository(m_session).exportAttachment(a.id, path); !s)
        showError(m_message, s.error().message);
    else
        showNote(m_message, tr("Exported %1 to %2.").arg(a.fileName, QDir::toNativeSeparators(path)));
}

void EvidenceList::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (!m_attachments.at(row).id.isEmpty()) {
        QPointer<EvidenceList> self(this);
        const auto answer = m_prompter.question(window(), tr("Remove evidence"),
            tr("Remove %1 from the lead when it is saved? Its fingerprint stays in the history.").arg(m_attachments.at(row).fileName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (!self || answer != QMessageBox::Yes)
            return;
    }
    m_attachments.removeAt(row);
    showError(m_message, QString());
    rebuild();
    Q_EMIT changed();
}

} // namespace gs
