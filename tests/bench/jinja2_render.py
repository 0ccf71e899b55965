#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison for Facet's rendering benchmark: the same records and channel templates rendered with
Jinja2 the way a user would script it. Reads the JSON Lines file facet_render_bench writes (first line: the
structure, templates and per-channel constants; then one record per line in its canonical JSON), builds each
template's context from the record (the channel's own value before the common one, option labels, prices
in the locale's currency, rich text as markup or text), renders every template of every channel and locale,
and prints {"renderings", "seconds", "jinja2", "python"} as JSON. Reading the file is not timed."""
import datetime
import html
import json
import platform
import re
import sys
import time

import jinja2
from markupsafe import Markup

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
UNITS = {"GRAM": "g", "KILOGRAM": "kg", "WATT": "W", "KILOWATT": "kW", "LITER": "l", "MILLILITER": "ml",
         "MILLIMETER": "mm", "CENTIMETER": "cm", "METER": "m", "HOUR": "h", "BAR": "bar", "KELVIN": "K"}


def format_number(value, locale, decimals=None):
    text = f"{value:,.{decimals}f}" if decimals is not None else f"{value:,}"
    if locale.startswith("en"):
        return text
    group = "\u202f" if locale.startswith("fr") else "."
    return text.replace(",", "\0").replace(".", ",").replace("\0", group)


def format_money(amount, currency, locale):
    text = format_number(float(amount), locale, 2)
    symbol = SYMBOLS.get(currency, currency)
    return f"{symbol}{text}" if locale.startswith("en") else f"{text}\u00a0{symbol}"


def money(price, currency=None):
    if not price:
        return ""
    if currency:
        amount = price.get("all", {}).get(currency, "")
    else:
        currency, amount = price.get("currency", ""), price.get("amount", "")
    return format_money(amount, currency, price["locale"]) if amount else ""


TAG = re.compile(r"<[^>]+>")


def plain(value):
    text = re.sub(r"<li>", "\n\u2022 ", str(value))
    text = re.sub(r"</p>|<br\s*/?>", "\n", text)
    return html.unescape(TAG.sub("", text)).strip()


def jsonstr(value):
    text = json.dumps(str(value), ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def asset(value, field="url"):
    return (value or {}).get(field, "")


GSM7 = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-",
                      "\u00a0": " ", "\u202f": " ", "\u2026": "...", "\u00e7": "c", "\u00e2": "a", "\u00ea": "e",
                      "\u00ee": "i", "\u00f4": "o", "\u00fb": "u", "\u00eb": "e", "\u00ef": "i", "\u00e1": "a",
                      "\u00ed": "i", "\u00f3": "o", "\u00fa": "u"})


def gsm7(value):
    return str(value).translate(GSM7)


def smarttruncate(value, limit):
    text = str(value)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "\u2026"


def hashtags(value, limit=0):
    phrases = value if isinstance(value, list) else re.split(r"[,.;:!?]", str(value))
    tags = []
    for phrase in phrases:
        words = re.findall(r"\w+", str(phrase))
        if words:
            tags.append("#" + "".join(w[:1].upper() + w[1:] for w in words))
    return " ".join(tags[:limit] if limit else tags)


def linkedin(value):
    return re.sub(r"([\\|{}@\[\]()<>#*_~])", r"\\\1", str(value))


def to_jinja(source):
    # Django's filter arguments (|money:"USD") become Jinja2 calls (|money("USD")).
    return re.sub(r'\|(\w+):("[^"]*"|\'[^\']*\'|[\w.]+)', r"|\1(\2)", source)


def revive(value):
    if isinstance(value, dict):
        if "__safe__" in value and len(value) == 1:
            return Markup(value["__safe__"])
        return {k: revive(v) for k, v in value.items()}
    if isinstance(value, list):
        return [revive(v) for v in value]
    return value


def environment(autoescape):
    # Django templates print nothing for a missing value; ChainableUndefined gives Jinja2 the same manners.
    env = jinja2.Environment(autoescape=autoescape, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.ChainableUndefined)
    env.filters.update(money=money, plain=plain, jsonstr=jsonstr, asset=asset, gsm7=gsm7,
                       smarttruncate=smarttruncate, hashtags=hashtags, linkedin=linkedin)
    return env


def resolve(values, channel, locale):
    """Per attribute, the channel's own value before the common one."""
    result = {}
    for code, scoped in values.items():
        value = scoped.get(f"{locale}|{channel}")
        if value is None:
            value = scoped.get(f"{locale}|")
        if value is None:
            value = scoped.get(f"|{channel}", scoped.get("|"))
        if value is not None:
            result[code] = value
    return result


def build_context(record, structure, channel, locale, html_mode):
    base = structure["bases"][f"{channel}/{locale}"]
    attributes = structure["attributes"]
    family = structure["families"].get(record["family"], {})
    settings = structure["channels"][channel]["settings"]
    currency = base["currency"]
    base_url = base["channel"]["base_url"]
    values = resolve(record["values"], channel, locale)
    name = values.get(family.get("label_attribute", "name"), "")
    product = {"sku": record["sku"], "family_code": record["family"],
               "family": family.get("labels", {}).get(locale, record["family"]),
               "categories": [structure["categories"].get(c, {}).get(locale, c) for c in record["categories"]],
               "title": name}
    specs = []
    for code in family.get("attributes", []):
        if code not in values:
            continue
        value, spec = values[code], attributes[code]
        kind = spec["type"]
        display = None
        if kind == "rich_text":
            converted = Markup(value) if html_mode else plain(value)
        elif kind == "number":
            converted = display = format_number(value, locale)
        elif kind == "metric":
            converted = display = f"{format_number(value['amount'], locale)}\u00a0{UNITS.get(value['unit'], value['unit'].lower())}"
        elif kind == "price_collection":
            all_prices = {c: f"{float(a):.2f}" for c, a in value.items()}
            chosen = currency if currency in all_prices else next(iter(all_prices), "")
            amount = all_prices.get(chosen, "")
            converted = {"amount": amount, "currency": chosen, "locale": locale, "all": all_prices,
                         "text": format_money(amount, chosen, locale) if amount else ""}
        elif kind == "boolean":
            converted = value
            display = "Yes" if value else "No"
        elif kind == "date":
            converted = datetime.date.fromisoformat(value)
        elif kind == "simple_select":
            converted = display = spec["options"].get(value, {}).get(locale, value)
        elif kind == "multi_select":
            converted = [spec["options"].get(v, {}).get(locale, v) for v in value]
            display = ", ".join(converted)
        elif kind == "asset":
            a = structure["assets"].get(str(value))
            if not a:
                continue
            suffix = {"image/svg+xml": ".svg", "image/png": ".png", "image/jpeg": ".jpg"}.get(a["mime_type"], "")
            path = f"assets/{a['sha256']}{suffix}"
            converted = {"url": f"{base_url}/{path}", "path": path, "file_name": a["file_name"],
                         "mime_type": a["mime_type"], "sha256": a["sha256"], "alt": name}
        else:
            converted = value
        product[code] = converted
        if display and kind in ("number", "metric", "boolean", "simple_select", "multi_select"):
            specs.append({"code": code, "label": base["labels"].get(code, code), "value": display})
    product["specs"] = specs
    product.setdefault("brand", settings.get("brand", ""))
    availability = settings.get("availability", "in_stock")
    product["availability"] = availability
    product["schema_availability"] = {"in_stock": "https://schema.org/InStock",
                                      "out_of_stock": "https://schema.org/OutOfStock"}.get(availability)
    product["url"] = f"{base_url}/{base['lang'].lower()}/{record['sku']}.html"
    context = dict(base)
    context["product"] = product
    return context


def main(path):
    html_env, text_env = environment(True), environment(False)
    with open(path, encoding="utf-8") as f:
        structure = json.loads(f.readline())
        records = [json.loads(line) for line in f]
    structure["bases"] = {k: revive(v) for k, v in structure["bases"].items()}
    templates = {
        channel: [(slot["name"], (html_env if slot["html"] else text_env).from_string(to_jinja(slot["source"])),
                   slot["html"]) for slot in slots]
        for channel, slots in structure["templates"].items()
    }
    targets = structure["targets"]
    renderings = 0
    start = time.perf_counter()
    for record in records:
        for channel, locale in targets:
            contexts = {}
            parts = {}
            for name, template, is_html in templates[channel]:
                if is_html not in contexts:
                    contexts[is_html] = build_context(record, structure, channel, locale, is_html)
                context = contexts[is_html]
                context["parts"] = parts
                parts[name] = template.render(context)
            renderings += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"renderings": renderings, "seconds": seconds, "jinja2": jinja2.__version__,
                      "python": platform.python_version()}))


if __name__ == "__main__":
    main(sys.argv[1])
