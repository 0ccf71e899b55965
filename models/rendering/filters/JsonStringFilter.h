// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/Filter>

namespace facet {

// {{ value|jsonstr }}: a JSON string literal, quotes included, safe inside <script> (no "<", ">" or "&"
// survive unescaped), so JSON-LD and push payloads can be written by templates.
class JsonStringFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override;
    bool isSafe() const override { return true; }
};

} // namespace facet
