"""The report's summary for machines: JSON as it is, and CSV in long format. Both keep stable
English keys whatever language the HTML is in (`dlp-proxy report --lang`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any


def csv_rows(summary: dict[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    """The summary in long format (section, key, subkey, value): the same figures as the JSON."""
    for section, body in summary.items():
        if section == "justifications":
            yield section, "total", "", body["total"]
            yield section, "shown", "", body["shown"]
            for item in body["items"]:
                for k, v in item.items():
                    if k != "decision_id":
                        yield section, item["decision_id"], k, v
            continue
        if not isinstance(body, dict):
            continue
        for key, value in body.items():
            if isinstance(value, dict):
                for sub, v in value.items():
                    yield section, key, sub, v
            elif isinstance(value, list):
                for v in value:
                    yield section, key, "", v
            else:
                yield section, key, "", value


def to_csv(summary: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("section", "key", "subkey", "value"))
    for row in csv_rows(summary):
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def to_json(summary: dict[str, Any]) -> str:
    return json.dumps(summary, indent=2, ensure_ascii=False) + "\n"
