#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parses an .eml file with Python's standard email package (the oracle for tst_emailchannel) and prints
what a receiving client would see, as JSON: defects per part, the MIME tree, decoded headers and bodies."""
import email
import email.policy
import email.utils
import json
import sys


def main(path):
    with open(path, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = list(msg.walk())
    report = {
        "defects": [f"{p.get_content_type()}: {type(d).__name__}" for p in parts for d in p.defects],
        "tree": [p.get_content_type() for p in parts],
        "subject": str(msg["Subject"]),
        "from_name": msg["From"].addresses[0].display_name,
        "from_address": msg["From"].addresses[0].addr_spec,
        "to_name": msg["To"].addresses[0].display_name,
        "to_address": msg["To"].addresses[0].addr_spec,
        "date_ok": email.utils.parsedate_to_datetime(str(msg["Date"])) is not None,
        "message_id": str(msg["Message-ID"]),
        "mime_version": str(msg["MIME-Version"]),
        "list_unsubscribe": [str(v) for v in msg.get_all("List-Unsubscribe", [])],
        "list_unsubscribe_post": [str(v) for v in msg.get_all("List-Unsubscribe-Post", [])],
        "boundary": msg.get_boundary(),
        "bodies": {},
    }
    for p in parts[1:]:
        report["bodies"][p.get_content_type()] = p.get_content().replace("\r\n", "\n")
    json.dump(report, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
