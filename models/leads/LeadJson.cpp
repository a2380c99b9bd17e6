// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "LeadJson.h"

#include "domain/Validators.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <limits>

namespace gs::leads {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("gs::LeadJson", text); }
QString k(const char* key) { return QString::fromLatin1(key); }

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

} // namespace

QJsonObject toJson(const Lead& l, bool withAttachmentContent)
{
    QJsonObject o { { k("id"), l.id }, { k("caseNo"), l.caseNo }, { k("status"), l.status }, { k("title"), l.title },
        { k("categories"), toArray(l.categories) },
        { k("entity"),
            QJsonObject { { k("name"), l.entityName }, { k("uscc"), l.entityUscc }, { k("address"), l.entityAddress },
                { k("phone"), l.entityPhone }, { k("online"), l.entityOnline } } },
        { k("personIdNumber"), l.personIdNumber }, { k("address"), l.address }, { k("gridId"), l.gridId },
        { k("groupsAtRisk"), toArray(l.groupsAtRisk) }, { k("source"), l.source },
        { k("informant"),
            QJsonObject { { k("name"), l.informantName }, { k("phone"), l.informantPhone },
                { k("confidential"), l.informantConfidential } } },
        { k("description"), l.description }, { k("riskScore"), l.riskScore }, { k("riskLevel"), l.riskLevel },
        { k("reporterUserId"), l.reporterUserId }, { k("assigneeUserId"), l.assigneeUserId }, { k("deadlineAt"), l.deadlineAt },
        { k("linkedLeadId"), l.linkedLeadId }, { k("createdAt"), l.createdAt }, { k("updatedAt"), l.updatedAt } };
    if (l.lon && l.lat)
        o.insert(k("location"), QJsonObject { { k("lon"), *l.lon }, { k("lat"), *l.lat } });
    if (l.amountCents)
        o.insert(k("amountYuan"), validate::formatAmountYuan(*l.amountCents).remove(QLatin1Char(',')));
    if (l.victims)
        o.insert(k("victims"), *l.victims);
    QJsonArray attachments;
    for (const Attachment& a : l.attachments) {
        QJsonObject ao { { k("id"), a.id }, { k("fileName"), a.fileName }, { k("mimeType"), a.mimeType },
            { k("size"), double(a.size) }, { k("sha256"), a.sha256 } };
        // Only content that is loaded: an empty contentBase64 would read back as a 0-byte file.
        if (withAttachmentContent && (!a.content.isEmpty() || a.size == 0))
            ao.insert(k("contentBase64"), QString::fromLatin1(a.content.toBase64()));
        attachments.append(ao);
    }
    o.insert(k("attachments"), attachments);
    return o;
}

Result<Lead> fromJson(const QJsonObject& o, const QString& record)
{
    QList<FieldError> errors;
    Lead lead = fromJson(o, record, &errors);
    if (!errors.isEmpty())
        return invalidInput(errors);
    return lead;
}

Lead fromJson(const QJsonObject& o, const QString& record, QList<FieldError>* errorsOut)
{
    static const QSet<QString> known { k("id"), k("caseNo"), k("status"), k("title"), k("categories"), k("entity"),
        k("personIdNumber"), k("address"), k("location"), k("gridId"), k("groupsAtRisk"), k("amountYuan"), k("victims"),
        k("source"), k("informant"), k("description"), k("attachments"), k("riskScore"), k("riskLevel"),
        k("reporterUserId"), k("assigneeUserId"), k("deadlineAt"), k("linkedLeadId"), k("createdAt"), k("updatedAt") };
    Lead l;
    QList<FieldError>& errors = *errorsOut;
    auto fail = [&](const QString& field, const QString& message) {
        errors.append({ field, record.isEmpty() ? message : QStringLiteral("%1: %2").arg(record, message) });
    };
    auto text = [&](const QJsonObject& from, const char* key, const QString& field) -> QString {
        const QJsonValue v = from.value(k(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(field, tr("%1: must be text.").arg(field));
        return v.toString().trimmed();
    };
    auto list = [&](const char* key) -> QStringList {
        const QJsonValue v = o.value(k(key));
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(k(key), tr("%1: must be a list of text.").arg(k(key)));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                fail(k(key), tr("%1: must be a list of text.").arg(k(key)));
            else
                out << item.toString().trimmed();
        }
        return out;
    };

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), tr("%1: unknown field.").arg(it.key()));
    }
    l.id = text(o, "id", k("id"));
    l.title = text(o, "title", k("title"));
    l.categories = list("categories");
    const QJsonObject entity = o.value(k("entity")).toObject();
    if (!o.value(k("entity")).isUndefined() && !o.value(k("entity")).isObject())
        fail(k("entity"), tr("entity: must be an object with name, uscc, address, phone, online."));
    l.entityName = text(entity, "name", k("entity.name"));
    l.entityUscc = validate::normalizedCode(text(entity, "uscc", k("entity.uscc")));
    l.entityAddress = text(entity, "address", k("entity.address"));
    l.entityPhone = text(entity, "phone", k("entity.phone"));
    l.entityOnline = text(entity, "online", k("entity.online"));
    l.personIdNumber = validate::normalizedCode(text(o, "personIdNumber", k("personIdNumber")));
    l.address = text(o, "address", k("address"));
    l.gridId = text(o, "gridId", k("gridId"));
    if (o.contains(k("location")) && !o.value(k("location")).isNull()) {
        const QJsonObject loc = o.value(k("location")).toObject();
        if (!loc.value(k("lon")).isDouble() || !loc.value(k("lat")).isDouble())
            fail(k("location"), tr("location: needs numeric lon and lat (WGS-84)."));
        else {
            l.lon = loc.value(k("lon")).toDouble();
            l.lat = loc.value(k("lat")).toDouble();
        }
    }
    l.groupsAtRisk = list("groupsAtRisk");
    const QJsonValue amount = o.value(k("amountYuan"));
    if (amount.isString() || amount.isDouble()) {
        const QString amountText = amount.isString() ? amount.toString() : QString::number(amount.toDouble(), 'f', 2);
        const auto cents = validate::parseAmountYuan(amountText);
        if (!cents)
            fail(k("amount"), tr("amountYuan: a non-negative amount in yuan with at most two decimals, e.g. \"12345.67\"."));
        else
            l.amountCents = cents;
    } else if (!amount.isUndefined() && !amount.isNull()) {
        fail(k("amount"), tr("amountYuan: a non-negative amount in yuan with at most two decimals, e.g. \"12345.67\"."));
    }
    const QJsonValue victims = o.value(k("victims"));
    // Range first: converting a double outside int's range (1e10, 1e300) to int is undefined behaviour.
    const double v = victims.toDouble();
    if (victims.isDouble() && v >= 0 && v <= std::numeric_limits<int>::max() && v == std::floor(v))
        l.victims = int(v);
    else if (!victims.isUndefined() && !victims.isNull())
        fail(k("victims"), tr("victims: a whole number, 0 or more."));
    l.source = text(o, "source", k("source"));
    const QJsonObject informant = o.value(k("informant")).toObject();
    l.informantName = text(informant, "name", k("informant.name"));
    l.informantPhone = text(informant, "phone", k("informant.phone"));
    l.informantConfidential = informant.value(k("confidential")).toBool(false);
    l.description = text(o, "description", k("description"));
    l.linkedLeadId = text(o, "linkedLeadId", k("linkedLeadId"));
    for (const QJsonValue& v : o.value(k("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        Attachment att;
        att.id = a.value(k("id")).toString();
        att.fileName = a.value(k("fileName")).toString();
        att.mimeType = a.value(k("mimeType")).toString();
        att.sha256 = a.value(k("sha256")).toString();
        // Metadata only (the content, when present, gives the size); out of range reads as unknown (0).
        const double size = a.value(k("size")).toDouble();
        att.size = size >= 0 && size <= double(Q_INT64_C(1) << 53) ? qint64(size) : 0;
        if (a.contains(k("contentBase64"))) {
            att.content = QByteArray::fromBase64(a.value(k("contentBase64")).toString().toLatin1());
            att.size = att.content.size();
        }
        if (a.contains(k("path"))) {
            att.sourcePath = a.value(k("path")).toString(); // the caller reads it (it knows the base folder)
            if (att.fileName.isEmpty())
                att.fileName = att.sourcePath.section(QLatin1Char('/'), -1);
        }
        l.attachments.append(att);
    }
    return l;
}

} // namespace gs::leads
