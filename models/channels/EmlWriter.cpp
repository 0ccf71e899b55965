// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/EmlWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype foldWidth = 78;      // RFC 5322 §2.1.1 SHOULD
constexpr qsizetype maxLineLength = 998; // RFC 5322 §2.1.1 MUST
constexpr qsizetype qpLineLength = 76;   // RFC 2045 §6.7 (5)
// "=?UTF-8?B?" + 52 base64 characters + "?=" = 64 ≤ 75 (RFC 2047 §2); 39 bytes encode to 52 characters.
constexpr qsizetype wordPayloadBytes = 39;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::EmlWriter", text);
}

bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Greedy folding at the separating spaces so that no line exceeds foldWidth where a token allows it.
QByteArray foldHeader(const QByteArray& name, const QList<QByteArray>& tokens)
{
    QByteArray out = name + ": ";
    qsizetype lineLength = out.size();
    bool first = true;
    for (const QByteArray& token : tokens) {
        // A long first token (an unsubscribe URL) may start on the next line: FWS may open a field body.
        if (first && lineLength + token.size() > foldWidth && 1 + token.size() <= foldWidth) {
            out.chop(1);
            out += "\r\n ";
            lineLength = 1;
        }
        if (!first) {
            if (!token.isEmpty() && lineLength + 1 + token.size() > foldWidth) {
                out += "\r\n";
                lineLength = 0;
            }
            out += ' ';
            ++lineLength;
        }
        out += token;
        lineLength += token.size();
        first = false;
    }
    return out + "\r\n";
}

QList<QByteArray> unstructuredTokens(const QString& value)
{
    // A printable ASCII value that cannot be mistaken for an encoded-word goes as it is.
    if (isPrintableAscii(value) && !value.contains(u"=?"_s))
        return value.toLatin1().split(' ');
    return EmlWriter::encodedWords(value);
}

QByteArray normalizedAddress(const QString& address, QString* error)
{
    static const QRegularExpression localPart(u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$"_s);
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = address.left(at);
    // An internationalised domain goes in its ASCII (punycode) form; the local part must already be ASCII.
    const QByteArray domain = at > 0 ? QUrl::toAce(address.mid(at + 1)) : QByteArray();
    static const QRegularExpression domainPattern(u"^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"_s);
    if (at <= 0 || !localPart.match(local).hasMatch() ||
        !domainPattern.match(QString::fromLatin1(domain)).hasMatch()) {
        *error = tr("“%1” is not a mail address that can be sent to").arg(address);
        return {};
    }
    return local.toLatin1() + '@' + domain;
}

QList<QByteArray> mailboxTokens(const Mailbox& mailbox, QString* error)
{
    const QByteArray address = normalizedAddress(mailbox.address, error);
    if (address.isEmpty())
        return {};
    const QString name = mailbox.name.simplified();
    if (name.isEmpty())
        return {address};
    QList<QByteArray> tokens;
    static const QRegularExpression atoms(u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$"_s);
    if (atoms.match(name).hasMatch() && !name.contains(u"=?"_s)) {
        tokens = name.toLatin1().split(' ');
    } else if (isPrintableAscii(name) && !name.contains(u"=?"_s)) {
        QString quoted = name;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        tokens = (u'"' + quoted + u'"').toLatin1().split(' ');
    } else {
        tokens = EmlWriter::encodedWords(name);
    }
    tokens << '<' + address + '>';
    return tokens;
}

QByteArray normalizedLineEnds(const QString& text)
{
    QString t = text;
    t.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return t.toUtf8();
}

} // namespace

QList<QByteArray> EmlWriter::encodedWords(const QString& text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    auto flush = [&] {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > wordPayloadBytes)
            flush();
        chunk += character;
        i += length;
    }
    flush();
    return words;
}

QByteArray EmlWriter::quotedPrintable(const QByteArray& utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray& line = lines.at(l);
        qsizetype column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = uchar(line.at(i));
            auto encode = [&](bool atLineStart) {
                // A leading "." or "From " is escaped too: some relays still mangle those at a line start.
                const bool risky = atLineStart && (byte == '.' || line.mid(i).startsWith("From "));
                const bool lastOfLine = i == line.size() - 1;
                if (!risky && ((byte >= 33 && byte <= 126 && byte != '=') ||
                               ((byte == ' ' || byte == '\t') && !lastOfLine)))
                    return QByteArray(1, char(byte));
                QByteArray escaped(1, '=');
                return escaped.append(hex[byte >> 4]).append(hex[byte & 0xf]);
            };
            QByteArray token = encode(column == 0);
            // Keep room for the soft break "=" so every encoded line stays within qpLineLength.
            if (column + token.size() > qpLineLength - 1) {
                out += "=\r\n";
                column = 0;
                token = encode(true);
            }
            out += token;
            column += token.size();
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray EmlWriter::rfc5322Date(const QDateTime& date)
{
    const int offset = date.offsetFromUtc() / 60;
    const QString zone =
        QString::asprintf("%c%02d%02d", offset < 0 ? '-' : '+', qAbs(offset) / 60, qAbs(offset) % 60);
    return (QLocale::c().toString(date, u"ddd, dd MMM yyyy hh:mm:ss "_s) + zone).toLatin1();
}

QByteArray EmlWriter::write(const EmailMessage& message, QString* error)
{
    QString problem;
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return QByteArray();
    };

    const QList<QByteArray> from = mailboxTokens(message.from, &problem);
    if (from.isEmpty())
        return fail(tr("sender: %1").arg(problem));
    const QList<QByteArray> to = mailboxTokens(message.to, &problem);
    if (to.isEmpty())
        return fail(tr("recipient: %1").arg(problem));
    const QByteArray domain = QUrl::toAce(message.messageIdDomain);
    static const QRegularExpression hostName(u"^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"_s);
    if (!hostName.match(QString::fromLatin1(domain)).hasMatch())
        return fail(tr("“%1” is not a domain for the Message-ID").arg(message.messageIdDomain));

    // RFC 8058 §3.1: exactly one HTTPS URI the receiver can POST to; an optional mailto: beside it.
    static const QRegularExpression httpsUri(u"^https://[\\x21-\\x7e]+$"_s);
    if (!httpsUri.match(message.unsubscribeUrl).hasMatch() || message.unsubscribeUrl.contains(u'>'))
        return fail(tr("the one-click unsubscribe link must be an ASCII https:// URL, not “%1”")
                        .arg(message.unsubscribeUrl));
    QList<QByteArray> unsubscribe{'<' + message.unsubscribeUrl.toLatin1() + '>'};
    if (!message.unsubscribeMailto.isEmpty()) {
        static const QRegularExpression mailtoUri(u"^mailto:[\\x21-\\x7e]+$"_s);
        if (!mailtoUri.match(message.unsubscribeMailto).hasMatch() ||
            message.unsubscribeMailto.contains(u'>'))
            return fail(tr("the unsubscribe address must be an ASCII mailto: URL, not “%1”")
                            .arg(message.unsubscribeMailto));
        unsubscribe.first() += ',';
        unsubscribe << '<' + message.unsubscribeMailto.toLatin1() + '>';
    }
    for (const QByteArray& token : std::as_const(unsubscribe))
        if (token.size() + qsizetype(sizeof("List-Unsubscribe: ")) > maxLineLength)
            return fail(tr("an unsubscribe link is longer than a mail header line may be"));

    QString subject = message.subject;
    subject.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');

    const QByteArray text = quotedPrintable(normalizedLineEnds(message.text));
    const QByteArray html = quotedPrintable(normalizedLineEnds(message.html));
    const QByteArray rawText = message.text.toUtf8();
    const QByteArray rawHtml = message.html.toUtf8();

    // "=_" can never appear in quoted-printable output, so the first candidate nearly always fits; the
    // loop is there for the decoded bodies, which RFC 2046 §5.1.1 also forbids the boundary to occur in.
    const QByteArray seed =
        QCryptographicHash::hash(QByteArray(rawText + '\0' + rawHtml), QCryptographicHash::Sha256).toHex();
    QByteArray boundary;
    for (int attempt = 0;; ++attempt) {
        boundary = "=_facet_" + seed.left(24) + (attempt ? '_' + QByteArray::number(attempt) : QByteArray());
        if (!text.contains(boundary) && !html.contains(boundary) && !rawText.contains(boundary) &&
            !rawHtml.contains(boundary))
            break;
    }

    const QString localPart =
        message.messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : message.messageId;
    static const QRegularExpression dotAtom(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"_s);
    if (!dotAtom.match(localPart).hasMatch())
        return fail(tr("“%1” cannot be the left part of a Message-ID").arg(localPart));
    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTime();

    QByteArray eml;
    eml += "Date: " + rfc5322Date(date) + "\r\n";
    eml += foldHeader("From", from);
    eml += foldHeader("To", to);
    eml += foldHeader("Subject", unstructuredTokens(subject));
    eml += "Message-ID: <" + localPart.toLatin1() + '@' + domain + ">\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += foldHeader("List-Unsubscribe", unsubscribe);
    eml += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    eml += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    eml += "\r\n";
    // RFC 2046 §5.1.4: increasing order of preference, so the plain text comes first and the HTML last.
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: text/plain; charset=utf-8\r\n";
    eml += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    eml += text + "\r\n";
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: text/html; charset=utf-8\r\n";
    eml += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    eml += html + "\r\n";
    eml += "--" + boundary + "--\r\n";
    return eml;
}

} // namespace facet
