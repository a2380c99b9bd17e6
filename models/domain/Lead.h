// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gs {

/// One evidence file. `content` is filled for new files and when explicitly loaded; lists carry metadata only.
struct Attachment
{
    QString id;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; ///< lower-case hex
    QByteArray content;
    QString createdAt;
    QString sourcePath; ///< set by importers: the file to read into `content` before saving
};

/// A lead (线索) as the form edits it and the repository stores it.
struct Lead
{
    QString id;
    QString caseNo;
    QString status = QStringLiteral("draft");

    QString title;
    QStringList categories; ///< terms from the editable category dictionary (非法集资, 高额返利, ...)

    QString entityName;
    QString entityUscc; ///< 统一社会信用代码
    QString entityAddress;
    QString entityPhone;
    QString entityOnline; ///< website / WeChat / app name
    QString personIdNumber; ///< 身份证 of a person involved, if given

    QString address;
    std::optional<double> lon, lat; ///< WGS-84
    QString gridId;

    QStringList groupsAtRisk; ///< keys of groupsAtRiskKeys()
    std::optional<qint64> amountCents;
    std::optional<int> victims;
    QString source; ///< a key of sourceKeys()
    QString informantName;
    QString informantPhone;
    bool informantConfidential = false;
    QString description;

    double riskScore = 0;
    QString riskLevel = QStringLiteral("low");
    QString reporterUserId;
    QString assigneeUserId;
    QString deadlineAt;
    QString linkedLeadId;
    QString createdAt;
    QString updatedAt;

    QList<Attachment> attachments;

    /// The text that search and risk screening read.
    QString searchableText() const;
};

namespace leads {

inline constexpr qint64 kMaxAttachmentBytes = 25LL * 1024 * 1024;
inline constexpr qint64 kMaxLeadAttachmentBytes = 200LL * 1024 * 1024;

/// Drafts may be incomplete; submitted leads need the fields a triage needs.
enum class Completeness { Draft, Submitted };

QList<FieldError> validate(const Lead& lead, Completeness completeness);

QStringList sourceKeys(); ///< patrol, public_report, institution, online, other
QString sourceLabel(const QString& key); ///< translated (巡查发现...)
QStringList groupsAtRiskKeys(); ///< elderly, students, freelancers, relocated_villagers, migrant_workers, other
QString groupAtRiskLabel(const QString& key);
QStringList defaultCategories(); ///< the seed of the category dictionary
QStringList statusKeys();
QString statusLabel(const QString& key);

} // namespace leads
} // namespace gs
