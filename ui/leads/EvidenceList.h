// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "domain/Lead.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace gs {

class Prompter;
class Session;

/// The evidence files of a lead with thumbnails. Images open in an in-app viewer straight from memory and
/// stored files export only to a path the user picks: no copy of case data is ever written anywhere else.
/// In Edit mode files can be added (type and size caps checked before reading) and removed.
class EvidenceList : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Edit, View };
    static constexpr int kThumbnailSize = 48;

    EvidenceList(Session& session, Prompter& prompter, Mode mode, QWidget* parent = nullptr);
    ~EvidenceList() override;

    void setAttachments(const QList<Attachment>& attachments);
    const QList<Attachment>& attachments() const { return m_attachments; }
    QListWidget* list() const { return m_list; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* addButton() const { return m_add; }

    /// Adds a file from disk. False (with the reason under the list) for an unaccepted type, a file over
    /// leads::kMaxAttachmentBytes or a lead total over leads::kMaxLeadAttachmentBytes.
    bool addFile(const QString& path);
    void addViaDialog();
    void viewSelected();
    void exportSelected();
    void removeSelected();

    static QStringList acceptedSuffixes();
    static QString fileDialogFilter();
    static QString formatSize(qint64 bytes);
    static bool isImage(const Attachment& attachment);

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    void updateButtons();
    int selectedRow() const;
    QByteArray contentOf(const Attachment& attachment, QString* error) const;

    Session& m_session;
    Prompter& m_prompter;
    Mode m_mode;
    QList<Attachment> m_attachments;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace gs
