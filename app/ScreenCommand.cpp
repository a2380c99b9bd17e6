// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// gridsentinel screen --text TEXT | --file FILE [--entity NAME]: risk screening without a database.
#include "CliSupport.h"
#include "rules/RiskScreener.h"

#include <QFile>

namespace gs::cli {

int cmdScreen(const QStringList& args)
{
    Command c(args, QStringLiteral("screen"));
    c.parser().addOptions({
        { QStringLiteral("text"), tr("Text to screen."), tr("TEXT") },
        { QStringLiteral("file"), tr("UTF-8 file to screen ('-' for stdin)."), tr("FILE") },
        { QStringLiteral("entity"), tr("Entity name (entity-name rules such as 理财, 财富管理 count only here)."), tr("NAME") },
    });
    if (int rc = c.parse(); rc >= 0)
        return rc;
    const bool hasText = c.parser().isSet(QStringLiteral("text")), hasFile = c.parser().isSet(QStringLiteral("file"));
    if (hasText == hasFile && !c.parser().isSet(QStringLiteral("entity")))
        return usage(tr("give --text TEXT or --file FILE."));
    QString text = c.parser().value(QStringLiteral("text"));
    if (hasFile) {
        const QString path = c.parser().value(QStringLiteral("file"));
        QFile file(path);
        const bool opened = path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened)
            return fail(makeError(Error::Code::InvalidInput, tr("Cannot read %1: %2").arg(path, file.errorString())));
        text = QString::fromUtf8(file.readAll());
    }
    const RiskScreener screener;
    const RiskAssessment risk = screener.screen({ QString(), text, c.parser().value(QStringLiteral("entity")), QString(), {} });
    if (c.json()) {
        printJson(risk.toJson());
    } else {
        out() << risk.summary() << Qt::endl;
        for (const RiskHit& hit : risk.hits)
            out() << QStringLiteral("  %1\t%2\t+%3\t%4@%5").arg(hit.term, hit.category).arg(hit.weight).arg(hit.field).arg(hit.start)
                  << Qt::endl;
    }
    return Ok;
}

} // namespace gs::cli
