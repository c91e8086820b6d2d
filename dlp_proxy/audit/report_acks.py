"""The report's view of policy acknowledgements (`acknowledgement` records, first contact): per
policy version how many users acknowledged it, and how many of the users active in the period
acknowledged the version in force at its end (training evidence, ISO 27001 A.6.3).

An acknowledgement is evidence that lasts: one given before the period still counts, so the
report reads them up to the end of the period, not from its start.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

LANGUAGES: Final = ("nl", "en")


def readable_acknowledgement(r: dict[str, Any]) -> bool:
    """Whether an `acknowledgement` record names the policy version it acknowledges."""
    version = r.get("policy_version")
    return isinstance(version, str) and bool(version)


@dataclass
class Version:
    """The acknowledgements of one policy version."""

    first: str = "9999"
    last: str = ""
    count: int = 0
    users: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    languages: Counter[str] = field(default_factory=Counter)


class AcknowledgementLedger:
    """Acknowledgements per policy version, as `ReportBuilder` reads the log."""

    def __init__(self) -> None:
        self.versions: dict[str, Version] = {}
        self.anonymous = 0

    def add(self, r: dict[str, Any], ts: str) -> None:
        """A `readable_acknowledgement` record up to the end of the period."""
        v = self.versions.setdefault(str(r["policy_version"]), Version())
        v.first, v.last = min(v.first, ts), max(v.last, ts)
        v.count += 1
        user, name, lang = r.get("user"), r.get("policy_name"), r.get("language")
        if isinstance(user, str) and user:
            v.users.add(user)
        else:
            self.anonymous += 1
        if isinstance(name, str) and name:
            v.names.add(name)
        if lang in LANGUAGES:
            v.languages[str(lang)] += 1

    def sections(self, current: str | None, active: Iterable[str]) -> dict[str, Any]:
        """`acknowledgements` per version (oldest first) and `acknowledgement_of_current`: the version
        in force at the end of the period (`current`, from the decisions) against the `active` users."""
        versions = {
            version: {
                "policy_name": ", ".join(sorted(v.names)),
                "distinct_users": len(v.users),
                "acknowledgements": v.count,
                "first_seen": v.first,
                "last_seen": v.last,
                **{f"language_{lang}": v.languages[lang] for lang in LANGUAGES},
                "current": version == current,
            }
            for version, v in sorted(self.versions.items(), key=lambda kv: (kv[1].first, kv[0]))
        }
        active_users = set(active)
        acked = self.versions[current].users if current in self.versions else set()
        return {
            "acknowledgements": versions,
            "acknowledgement_of_current": {
                "policy_version": current,
                "active_users": len(active_users),
                "active_users_acknowledged": len(active_users & acked),
                "share": round(len(active_users & acked) / len(active_users), 4) if active_users else None,
                "users_acknowledged": len(acked),
                "acknowledgements_without_user": self.anonymous,
            },
        }

    def totals(self, current: str | None) -> dict[str, int]:
        return {
            "acknowledgements": sum(v.count for v in self.versions.values()),
            "users_acknowledged_current": len(self.versions[current].users) if current in self.versions else 0,
        }
