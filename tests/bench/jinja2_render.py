#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison for Facet's rendering benchmark: the same channel templates and the same data rendered
with Jinja2 the way a user would script it. Reads the JSON Lines file facet_render_bench writes (first line:
templates per channel; then one context per product, channel and locale), renders every template of every
line, and prints {"renderings", "seconds", "jinja2", "python"} as JSON. Loading the data is not timed."""
import html
import json
import platform
import re
import sys
import time

import jinja2
from markupsafe import Markup


def money(price, currency=None):
    if not price:
        return ""
    if currency:
        amount = price.get("all", {}).get(currency, "")
    else:
        currency, amount = price.get("currency", ""), price.get("amount", "")
    if not amount:
        return ""
    value = float(amount)
    locale = price.get("locale", "en_US")
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency)
    if locale.startswith("en"):
        return f"{symbol}{value:,.2f}"
    text = f"{value:,.2f}".replace(",", "\u202f" if locale.startswith("fr") else ".")
    text = text[: text.rfind(".")] + "," + text[text.rfind(".") + 1 :] if locale.startswith("de") else text.replace(".", ",")
    return f"{text}\u00a0{symbol}"


TAG = re.compile(r"<[^>]+>")


def plain(value):
    text = str(value)
    text = re.sub(r"<li>", "\n\u2022 ", text)
    text = re.sub(r"</p>|<br\s*/?>", "\n", text)
    return html.unescape(TAG.sub("", text)).strip()


def jsonstr(value):
    text = json.dumps(str(value), ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def asset(value, field="url"):
    return (value or {}).get(field, "")


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
    env.filters.update(money=money, plain=plain, jsonstr=jsonstr, asset=asset)
    return env


def main(path):
    html_env, text_env = environment(True), environment(False)
    with open(path, encoding="utf-8") as f:
        templates = {
            channel: [(slot["name"], (html_env if slot["html"] else text_env).from_string(to_jinja(slot["source"])), slot["html"])
                      for slot in slots]
            for channel, slots in json.loads(f.readline()).items()
        }
        lines = [json.loads(line) for line in f]
    jobs = [(templates[line["channel"]], revive(line["text"]), revive(line["html"])) for line in lines]
    start = time.perf_counter()
    for slots, text_context, html_context in jobs:
        parts = {}
        for name, template, is_html in slots:
            context = dict(html_context if is_html else text_context)
            context["parts"] = parts
            parts[name] = template.render(context)
    seconds = time.perf_counter() - start
    print(json.dumps({"renderings": len(jobs), "seconds": seconds, "jinja2": jinja2.__version__,
                      "python": platform.python_version()}))


if __name__ == "__main__":
    main(sys.argv[1])
