// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace gs::csv {
namespace {

constexpr qint64 kBlockSize = 1 << 20;

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::csv::CsvReader", text);
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Unknown:
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{
    m_record.reserve(256);
}

CsvReader::~CsvReader() = default;

void CsvReader::decideEncoding(QByteArrayView block)
{
    QByteArray probe = m_undecided; // an incomplete sequence at the end of the last block continues here
    if (probe.isEmpty()) {
        qsizetype first = 0;
        while (first < block.size() && static_cast<unsigned char>(block[first]) < 0x80)
            ++first;
        if (first == block.size())
            return; // still only ASCII: either encoding reads it the same
        block = block.sliced(first);
    }
    probe += block.toByteArray();
    // A stateful decoder: a sequence cut at the end of the block is not an error.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(probe); // the decoder is lazy: converting runs it
    m_undecided.clear();
    if (utf8.hasError())
        m_encoding = Encoding::Gb18030;
    else if (std::any_of(decoded.cbegin(), decoded.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
        m_encoding = Encoding::Utf8;
    else
        m_undecided = probe; // only the start of a sequence so far: the next block decides
}

bool CsvReader::fill()
{
    if (!m_device || !m_device->isReadable()) {
        m_error = tr("The file cannot be read.");
        return false;
    }
    // Whole blocks even from devices that hand over less per read (pipes, sockets): the byte-order mark and the
    // encoding are decided on the first bytes, whatever the device.
    m_buffer = m_device->read(kBlockSize);
    while (!m_buffer.isEmpty() && m_buffer.size() < kBlockSize && !m_device->atEnd()) {
        const QByteArray more = m_device->read(kBlockSize - m_buffer.size());
        if (more.isEmpty())
            break;
        m_buffer += more;
    }
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        if (!m_device->atEnd())
            m_error = tr("Reading the file failed: %1").arg(m_device->errorString());
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
            m_encoding = Encoding::Utf8;
        } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            m_error
                = tr("The file is in UTF-16 (Excel's \"Unicode text\"). Save it as \"CSV UTF-8\" or plain \"CSV\" and "
                     "try again.");
            return false;
        }
    }
    if (m_encoding == Encoding::Unknown)
        decideEncoding(QByteArrayView(m_buffer).sliced(m_pos));
    return true;
}

bool CsvReader::next()
{
    if (m_end || !m_error.isEmpty())
        return false;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    m_decodingError = false;
    for (;;) {
        m_record.clear();
        m_fields.clear();
        m_recordLine = m_line;
        State state = State::FieldStart;
        qsizetype fieldStart = 0;
        bool content = false;
        const auto endField = [&] {
            m_fields.emplace_back(fieldStart, m_record.size() - fieldStart);
            fieldStart = m_record.size();
        };
        bool recordDone = false;
        while (!recordDone) {
            if (m_pos >= m_buffer.size()) {
                if (!fill()) {
                    if (!m_error.isEmpty())
                        return false;
                    if (state == State::Quoted) {
                        m_error
                            = tr("Line %1: a quoted field is not closed before the end of the file.").arg(m_recordLine);
                        return false;
                    }
                    m_end = true;
                    if (!content)
                        return false;
                    endField();
                    return true;
                }
            }
            const char* data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            // Copy runs of ordinary bytes at once; only the syntax characters are looked at one by one.
            if (state == State::Quoted) {
                const void* quote = std::memchr(data + m_pos, '"', size_t(size - m_pos));
                const qsizetype stop = quote ? static_cast<const char*>(quote) - data : size;
                for (qsizetype i = m_pos; i < stop; ++i) {
                    if (data[i] == '\n')
                        ++m_line;
                }
                m_record.append(data + m_pos, stop - m_pos);
                m_consumed += stop - m_pos;
                m_pos = stop;
                if (m_pos < size) {
                    ++m_pos;
                    ++m_consumed;
                    state = State::AfterQuote;
                }
                continue;
            }
            if (state == State::Unquoted || state == State::FieldStart) {
                qsizetype stop = m_pos;
                while (stop < size && data[stop] != ',' && data[stop] != '\n' && data[stop] != '\r'
                    && (data[stop] != '"' || state == State::Unquoted))
                    ++stop;
                if (stop > m_pos) {
                    m_record.append(data + m_pos, stop - m_pos);
                    m_consumed += stop - m_pos;
                    m_pos = stop;
                    state = State::Unquoted;
                    content = true;
                }
                if (m_pos >= size)
                    continue;
            }
            const char c = data[m_pos++];
            ++m_consumed;
            switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    state = State::Quoted;
                    content = true;
                    break;
                }
                [[fallthrough]];
            case State::Unquoted:
                if (c == ',') {
                    endField();
                    state = State::FieldStart;
                    content = true;
                } else if (c == '\n') {
                    ++m_line;
                    recordDone = true;
                } else if (c != '\r') {
                    m_record.append(c); // a quote inside an unquoted field is kept as it is
                    state = State::Unquoted;
                    content = true;
                }
                break;
            case State::AfterQuote:
                if (c == '"') {
                    m_record.append('"');
                    state = State::Quoted;
                } else if (c == ',') {
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n') {
                    ++m_line;
                    recordDone = true;
                } else if (c != '\r') {
                    m_record.append(c); // text after the closing quote: keep it (Excel does)
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                break; // handled above
            }
        }
        if (!content)
            continue; // a blank line
        endField();
        return true;
    }
}

QByteArrayView CsvReader::raw(int index) const
{
    if (index < 0 || index >= int(m_fields.size()))
        return {};
    const auto& [offset, length] = m_fields[size_t(index)];
    return QByteArrayView(m_record.constData() + offset, length);
}

QString CsvReader::decode(QByteArrayView bytes) const
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (!m_decoder) {
        // Each field is decoded on its own: without ConvertInitialBom the decoder would drop a U+FEFF that
        // begins a field as if it were the file's byte-order mark (that one is stripped from the stream).
        const QStringDecoder::Flags flags = QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;
        m_decoder = m_encoding == Encoding::Gb18030 ? std::make_unique<QStringDecoder>("GB18030", flags)
                                                    : std::make_unique<QStringDecoder>(QStringDecoder::Utf8, flags);
    }
    m_decoder->resetState();
    QString text = (*m_decoder)(bytes);
    if (m_decoder->hasError() || !m_decoder->isValid())
        m_decodingError = true;
    return text;
}

QString CsvReader::field(int index) const
{
    return decode(raw(index)).trimmed();
}

QStringList CsvReader::fields() const
{
    QStringList out;
    out.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        out.append(field(i));
    return out;
}

} // namespace gs::csv
