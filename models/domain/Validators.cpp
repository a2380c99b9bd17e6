// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Validators.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace gs::validate {

QString normalizedCode(const QString& code)
{
    QString out;
    for (QChar c : code.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            out += c.toUpper();
    }
    return out;
}

bool isValidUscc(const QString& input)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    const QString code = normalizedCode(input);
    if (code.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = int(alphabet.indexOf(code[i]));
        if (value < 0)
            return false;
        if (i >= 2 && i <= 7 && !code[i].isDigit()) // the administrative division code
            return false;
        sum += value * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return alphabet[check] == code[17];
}

bool isValidIdNumber(const QString& input)
{
    static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const char checks[] = "10X98765432";
    const QString id = normalizedCode(input);
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id[i].isDigit() || id[i].unicode() > '9')
            return false;
        sum += (id[i].unicode() - '0') * weights[i];
    }
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate())
        return false;
    return id[17] == QLatin1Char(checks[sum % 11]);
}

QString normalizedPhone(const QString& input)
{
    QString digits;
    for (QChar c : input.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits += c;
    }
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    return digits;
}

bool isValidPhone(const QString& input)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}[- ]?\\d{7,8}([- ]?(转|ext\\.?|x)?[- ]?\\d{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression service(QStringLiteral("^[48]00[- ]?\\d{3}[- ]?\\d{4}$"));
    const QString trimmed = input.normalized(QString::NormalizationForm_KC).trimmed();
    if (mobile.match(normalizedPhone(trimmed)).hasMatch())
        return !trimmed.contains(QRegularExpression(QStringLiteral("[^0-9+ \\-]")));
    return landline.match(trimmed).hasMatch() || service.match(trimmed).hasMatch();
}

std::optional<qint64> parseAmountYuan(const QString& input)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0xFFE5)).remove(QChar(0x00A5)).remove(QStringLiteral("元"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 yuan = m.captured(1).toLongLong();
    QString fraction = m.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    if (yuan >= 10000000000000LL)
        return std::nullopt;
    return yuan * 100 + fraction.toInt();
}

QString formatAmountYuan(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 a = cents < 0 ? -cents : cents;
    return sign + QLocale(QLocale::English, QLocale::UnitedStates).toString(a / 100) + QLatin1Char('.') + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString maskIdNumber(const QString& number)
{
    const QString id = normalizedCode(number);
    if (id.size() < 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

QString maskPhone(const QString& phone)
{
    const QString digits = normalizedPhone(phone);
    if (digits.size() < 7)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
}

} // namespace gs::validate
