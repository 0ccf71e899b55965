// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoImages.h"

#include "models/catalog/Catalog.h"

#include <QHash>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Each family gets its own backdrop so a grid of thumbnails is easy to scan.
std::pair<QString, QString> backdrop(const QString& family)
{
    static const QHash<QString, std::pair<QString, QString>> backdrops{
        {QStringLiteral("headphones"), {QStringLiteral("#eef0f8"), QStringLiteral("#d5dbeb")}},
        {QStringLiteral("coffee_machines"), {QStringLiteral("#f7f0e8"), QStringLiteral("#e6d5c2")}},
        {QStringLiteral("running_shoes"), {QStringLiteral("#ecf6f1"), QStringLiteral("#cbe4d8")}},
        {QStringLiteral("backpacks"), {QStringLiteral("#f4f2ea"), QStringLiteral("#ddd8c6")}},
        {QStringLiteral("lamps"), {QStringLiteral("#f1f0ec"), QStringLiteral("#d9d6cc")}},
        {QStringLiteral("bottles"), {QStringLiteral("#eaf4f9"), QStringLiteral("#cce2ee")}},
    };
    return backdrops.value(family, {QStringLiteral("#f2f2f2"), QStringLiteral("#dddddd")});
}

// The shapes are drawn on an 800×800 canvas with the object standing on a shadow at y ≈ 660.
// Paints: url(#body) is the product color as a gradient, {dark}/{light}/{outline} are shades of it,
// url(#metal) is brushed steel.
QString headphones()
{
    return uR"svg(
<path d="M232 470 C232 180 568 180 568 470" fill="none" stroke="url(#body)" stroke-width="38"
    stroke-linecap="round"/>
<path d="M268 318 C300 236 500 236 532 318" fill="none" stroke="{dark}" stroke-width="16"
    stroke-linecap="round"/>
<rect x="219" y="410" width="26" height="74" rx="8" fill="url(#metal)"/>
<rect x="555" y="410" width="26" height="74" rx="8" fill="url(#metal)"/>
<rect x="262" y="462" width="44" height="164" rx="22" fill="{dark}"/>
<rect x="494" y="462" width="44" height="164" rx="22" fill="{dark}"/>
<rect x="168" y="448" width="124" height="192" rx="58" fill="url(#body)" stroke="{outline}" stroke-width="3"/>
<rect x="508" y="448" width="124" height="192" rx="58" fill="url(#body)" stroke="{outline}" stroke-width="3"/>
<circle cx="230" cy="544" r="34" fill="none" stroke="{light}" stroke-width="5" opacity="0.7"/>
<circle cx="570" cy="544" r="34" fill="none" stroke="{light}" stroke-width="5" opacity="0.7"/>
<ellipse cx="204" cy="506" rx="14" ry="38" fill="#ffffff" opacity="0.25"/>
<ellipse cx="544" cy="506" rx="14" ry="38" fill="#ffffff" opacity="0.25"/>
)svg"_s;
}

QString coffeeMachine()
{
    return uR"svg(
<path d="M262 318 L226 318 L226 448" fill="none" stroke="url(#metal)" stroke-width="11"
    stroke-linecap="round"/>
<rect x="250" y="168" width="300" height="488" rx="30" fill="url(#body)" stroke="{outline}" stroke-width="3"/>
<rect x="286" y="296" width="228" height="282" rx="20" fill="{dark}" opacity="0.55"/>
<rect x="298" y="194" width="204" height="34" rx="17" fill="#1c1f24" opacity="0.9"/>
<circle cx="324" cy="211" r="7" fill="#7fe0a6"/>
<circle cx="350" cy="211" r="7" fill="#f2c230"/>
<rect x="392" y="205" width="88" height="12" rx="6" fill="#5a6270"/>
<rect x="328" y="262" width="144" height="44" rx="12" fill="url(#metal)"/>
<rect x="394" y="300" width="198" height="26" rx="13" fill="#2a2c31"/>
<rect x="384" y="318" width="32" height="26" rx="6" fill="url(#metal)"/>
<rect x="396" y="344" width="8" height="104" rx="4" fill="#6b4226" opacity="0.85"/>
<path d="M452 470 C492 470 492 526 452 526" fill="none" stroke="#e9e9e6" stroke-width="12"/>
<path d="M348 446 L452 446 L446 530 C444 544 434 552 420 552 L380 552 C366 552 356 544 354 530 Z"
    fill="#fbfbf8" stroke="#cfcfca" stroke-width="3"/>
<ellipse cx="400" cy="452" rx="48" ry="9" fill="#7a4b2b"/>
<rect x="276" y="568" width="248" height="28" rx="9" fill="url(#metal)"/>
<rect x="268" y="186" width="12" height="440" rx="6" fill="#ffffff" opacity="0.18"/>
)svg"_s;
}

QString runningShoe()
{
    return uR"svg(
<g transform="translate(0 28)">
<path d="M146 556 C146 604 170 628 208 628 L652 614 C692 610 706 578 696 536 Z" fill="#2d3035"/>
<path d="M170 392 L158 358 L184 352 L194 384 Z" fill="{dark}"/>
<path d="M152 546 C146 480 152 420 178 390 C190 378 208 376 220 388 C245 410 290 420 318 406 C330 394 346
    396 358 410 C400 448 470 470 540 482 C610 492 668 510 692 540 Z" fill="url(#body)" stroke="{outline}"
    stroke-width="3" stroke-linejoin="round"/>
<path d="M152 546 C146 480 152 420 178 390 C186 440 204 500 236 546 Z" fill="{dark}" opacity="0.45"/>
<path d="M606 494 C648 504 676 520 692 540 L598 546 C608 530 610 512 606 494 Z" fill="{dark}" opacity="0.45"/>
<path d="M236 520 C320 468 420 462 530 500" fill="none" stroke="{light}" stroke-width="16"
    stroke-linecap="round" opacity="0.85"/>
<g stroke="#ffffff" stroke-width="8" stroke-linecap="round" opacity="0.9">
<line x1="364" y1="410" x2="380" y2="434"/><line x1="394" y1="424" x2="410" y2="448"/>
<line x1="424" y1="438" x2="440" y2="460"/><line x1="454" y1="450" x2="468" y2="470"/>
</g>
<path d="M144 540 L694 530 C702 556 690 586 652 594 L206 608 C170 608 146 590 144 560 Z" fill="#f5f4ef"
    stroke="#c9c8c0" stroke-width="3"/>
<path d="M214 572 L620 562" stroke="#deddd5" stroke-width="4" stroke-linecap="round"/>
</g>
)svg"_s;
}

QString backpack()
{
    return uR"svg(
<path d="M268 262 C222 300 214 430 236 566" fill="none" stroke="{dark}" stroke-width="26"
    stroke-linecap="round"/>
<path d="M532 262 C578 300 586 430 564 566" fill="none" stroke="{dark}" stroke-width="26"
    stroke-linecap="round"/>
<path d="M362 214 C362 162 438 162 438 214" fill="none" stroke="{dark}" stroke-width="16"/>
<path d="M250 290 C250 226 320 200 400 200 C480 200 550 226 550 290 L560 602 C560 640 532 662 492 662 L308
    662 C268 662 240 640 240 602 Z" fill="url(#body)" stroke="{outline}" stroke-width="3"/>
<path d="M276 302 C288 244 512 244 524 302" fill="none" stroke="{dark}" stroke-width="6"
    stroke-dasharray="3 7"/>
<rect x="500" y="286" width="14" height="34" rx="5" fill="url(#metal)"/>
<rect x="368" y="388" width="64" height="32" rx="7" fill="{light}" opacity="0.8"/>
<rect x="296" y="452" width="208" height="164" rx="36" fill="{dark}" opacity="0.45" stroke="{outline}"
    stroke-width="2"/>
<line x1="322" y1="482" x2="478" y2="482" stroke="{outline}" stroke-width="5" stroke-dasharray="3 6"/>
<rect x="470" y="474" width="12" height="28" rx="4" fill="url(#metal)"/>
<path d="M262 320 C258 420 262 520 268 600" fill="none" stroke="#ffffff" stroke-width="14"
    stroke-linecap="round" opacity="0.18"/>
)svg"_s;
}

QString lamp()
{
    return uR"svg(
<g transform="translate(-36 0)">
<path d="M548 372 L650 352 L730 650 L430 650 Z" fill="url(#glow)"/>
<rect x="190" y="616" width="220" height="32" rx="16" fill="{dark}"/>
<ellipse cx="300" cy="616" rx="110" ry="20" fill="url(#body)" stroke="{outline}" stroke-width="2"/>
<line x1="300" y1="608" x2="250" y2="404" stroke="url(#body)" stroke-width="18" stroke-linecap="round"/>
<line x1="314" y1="600" x2="268" y2="412" stroke="{dark}" stroke-width="4" stroke-linecap="round"
    opacity="0.6"/>
<line x1="250" y1="404" x2="500" y2="300" stroke="url(#body)" stroke-width="16" stroke-linecap="round"/>
<line x1="262" y1="420" x2="492" y2="322" stroke="{dark}" stroke-width="4" stroke-linecap="round"
    opacity="0.6"/>
<circle cx="250" cy="404" r="17" fill="url(#metal)"/>
<circle cx="500" cy="300" r="13" fill="url(#metal)"/>
<path d="M486 290 C496 256 540 244 566 262 L658 350 C604 374 542 388 500 382 Z" fill="url(#body)"
    stroke="{outline}" stroke-width="3"/>
<ellipse cx="580" cy="370" rx="80" ry="13" transform="rotate(-14 580 370)" fill="#fff6c8"/>
</g>
)svg"_s;
}

QString bottle()
{
    return uR"svg(
<path d="M376 152 C376 108 424 108 424 152" fill="none" stroke="#2d3035" stroke-width="14"/>
<rect x="344" y="146" width="112" height="72" rx="18" fill="#2d3035"/>
<rect x="356" y="212" width="88" height="40" fill="url(#metal)"/>
<path d="M356 250 C304 270 290 300 290 342 L290 630 C290 660 310 680 340 680 L460 680 C490 680 510 660 510
    630 L510 342 C510 300 496 270 444 250 Z" fill="url(#body)" stroke="{outline}" stroke-width="3"/>
<rect x="290" y="566" width="220" height="42" fill="{dark}" opacity="0.4"/>
<path d="M372 440 C386 424 400 456 414 440 C428 424 442 456 456 440" fill="none" stroke="{light}"
    stroke-width="6" stroke-linecap="round" opacity="0.8" transform="translate(-14 0)"/>
<rect x="316" y="330" width="22" height="300" rx="11" fill="#ffffff" opacity="0.3"/>
)svg"_s;
}

QString parcel()
{
    return uR"svg(
<rect x="230" y="260" width="340" height="380" rx="24" fill="url(#body)" stroke="{outline}" stroke-width="3"/>
<rect x="380" y="260" width="40" height="380" fill="{dark}" opacity="0.4"/>
)svg"_s;
}

} // namespace

QString DemoImages::fileName(const QString& family, const QString& color)
{
    return QStringLiteral("demo-%1-%2.svg").arg(family, color).replace(u'_', u'-');
}

AssetMetadata DemoImages::metadata(const Catalog& catalog, const QString& family, const QString& color)
{
    AssetMetadata m;
    const Family* f = catalog.family(family);
    const Attribute* colors = catalog.attribute(u"color"_s);
    // Alt texts describe the picture for someone who cannot see it, in each language's own word order.
    const QHash<QString, QString> altPatterns{{u"en_US"_s, u"Illustration of the product: %1 in %2"_s},
                                              {u"de_DE"_s, u"Produktillustration: %1 in %2"_s},
                                              {u"fr_FR"_s, u"Illustration du produit : %1, coloris %2"_s}};
    for (const QString& locale : catalog.localeCodes()) {
        const QString familyLabel = f ? f->label(locale) : family;
        const QString colorLabel = colors ? colors->optionLabel(color, locale) : color;
        m.titles.insert(locale, familyLabel + u" – "_s + colorLabel);
        m.alts.insert(locale, altPatterns.value(locale, altPatterns.value(u"en_US"_s)).arg(familyLabel, colorLabel));
    }
    m.rights = u"© 2025 Facet Demo Studio, licensed for Facet Demo channels"_s;
    m.tags = AssetMetadata::normalizedTags({u"illustration"_s, family, color});
    if (key(family, color) == expiredKey()) {
        // The licence of this picture ran out: channels must not use it any more.
        m.expires = QDate(2024, 12, 31);
        m.rights = u"© 2023 Lumen Stock Photography, licence until 31 Dec 2024"_s;
        m.tags = AssetMetadata::normalizedTags(m.tags + QStringList{u"licence-expired"_s});
    }
    return m;
}

QColor DemoImages::paint(const QString& color)
{
    static const QHash<QString, QColor> paints{
        {QStringLiteral("black"), QColor(0x2a, 0x2d, 0x33)},
        {QStringLiteral("white"), QColor(0xf4, 0xf3, 0xef)},
        {QStringLiteral("graphite"), QColor(0x4e, 0x54, 0x5c)},
        {QStringLiteral("silver"), QColor(0xbc, 0xc1, 0xc7)},
        {QStringLiteral("midnight_blue"), QColor(0x22, 0x3c, 0x63)},
        {QStringLiteral("sky_blue"), QColor(0x6f, 0xb3, 0xe0)},
        {QStringLiteral("forest_green"), QColor(0x2f, 0x5d, 0x46)},
        {QStringLiteral("sage"), QColor(0x9b, 0xb5, 0x9a)},
        {QStringLiteral("sand"), QColor(0xd8, 0xc3, 0xa0)},
        {QStringLiteral("terracotta"), QColor(0xc0, 0x64, 0x3f)},
        {QStringLiteral("coral"), QColor(0xef, 0x7b, 0x6c)},
        {QStringLiteral("burgundy"), QColor(0x7a, 0x28, 0x38)},
        {QStringLiteral("sunflower"), QColor(0xf2, 0xc2, 0x30)},
        {QStringLiteral("brass"), QColor(0xb0, 0x8d, 0x57)},
    };
    return paints.value(color, QColor(0x9a, 0x9f, 0xa6));
}

QByteArray DemoImages::illustration(const QString& family, const QString& color)
{
    const QColor base = paint(color);
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    const QString light = mix(base, white, 0.35).name();
    const QString dark = mix(base, black, 0.35).name();
    // Light colors need a firmer outline to stand out from the pale backdrop.
    const QString outline = mix(base, black, base.lightnessF() > 0.7 ? 0.3 : 0.45).name();
    const auto [backdropTop, backdropBottom] = backdrop(family);

    QString shape;
    if (family == u"headphones")
        shape = headphones();
    else if (family == u"coffee_machines")
        shape = coffeeMachine();
    else if (family == u"running_shoes")
        shape = runningShoe();
    else if (family == u"backpacks")
        shape = backpack();
    else if (family == u"lamps")
        shape = lamp();
    else if (family == u"bottles")
        shape = bottle();
    else
        shape = parcel();

    QString svg = uR"svg(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
<defs>
<linearGradient id="backdrop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{bg1}"/><stop
    offset="1" stop-color="{bg2}"/></linearGradient>
<linearGradient id="body" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="{light}"/><stop
    offset="0.55" stop-color="{base}"/><stop offset="1" stop-color="{dark}"/></linearGradient>
<linearGradient id="metal" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#8d939b"/><stop
    offset="0.5" stop-color="#e4e7ea"/><stop offset="1" stop-color="#9aa0a8"/></linearGradient>
<linearGradient id="glow" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff1a8"
    stop-opacity="0.85"/><stop offset="1" stop-color="#fff1a8" stop-opacity="0"/></linearGradient>
<radialGradient id="shadow"><stop offset="0" stop-color="#000000" stop-opacity="0.28"/><stop offset="1"
    stop-color="#000000" stop-opacity="0"/></radialGradient>
</defs>
<rect width="800" height="800" fill="url(#backdrop)"/>
<circle cx="400" cy="390" r="300" fill="#ffffff" opacity="0.35"/>
<ellipse cx="400" cy="668" rx="280" ry="36" fill="url(#shadow)"/>{shape}</svg>
)svg"_s;
    svg.replace(QStringLiteral("{shape}"), shape)
        .replace(QStringLiteral("{bg1}"), backdropTop)
        .replace(QStringLiteral("{bg2}"), backdropBottom)
        .replace(QStringLiteral("{base}"), base.name())
        .replace(QStringLiteral("{light}"), light)
        .replace(QStringLiteral("{dark}"), dark)
        .replace(QStringLiteral("{outline}"), outline);
    return svg.toUtf8();
}

} // namespace facet
