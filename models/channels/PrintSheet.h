// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

namespace facet {

// The print channel's product data sheet: HTML from the print template (the subset QTextDocument
// understands) laid out on A4 or Letter pages and written as PDF/A-1b. Uses no GUI-thread object, so it
// runs in a worker thread; a QGuiApplication must exist (fonts come from the platform).
class PrintSheet
{
public:
    struct Options
    {
        QString title;  // document title (Info dictionary and XMP dc:title)
        QString locale; // e.g. "de_DE"; sets the text direction
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QMarginsF marginsMm{18, 18, 18, 18};
        qreal fontPointSize = 10;
    };

    // The PDF bytes, or empty with *error set.
    static QByteArray write(const QString& html, const Options& options, QString* error = nullptr);

    // "A4" or "Letter" (as the channel setting page_size spells them, any case); an invalid size otherwise.
    static QPageSize pageSize(const QString& name);
    // The family the sheet is set in: one whose TrueType outlines Qt embeds (DejaVu Sans, else Noto Sans).
    static QString fontFamily();
};

} // namespace facet
