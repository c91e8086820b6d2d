"""`policy check` on the bundled catalogue: organisation entries that replace a bundled service
with another vendor or kind, services left half-known, and `defaults` that can never apply."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dlp_proxy.policy.bundled import BUNDLED_CATALOGUE, load_catalogue
from dlp_proxy.policy.loader import Problem, Severity
from dlp_proxy.policy.schema import Policy
from dlp_proxy.policy.shadowing import Shadow, covers, meets, same_vendor, shadows

At = Callable[[tuple[Any, ...], Severity, str, str], Problem]


def catalogue_problems(policy: Policy, at: At, catalogue: Path | None = None) -> Iterator[Problem]:
    if not policy.settings.bundled_catalogue:
        if policy.defaults.unlisted_kinds or policy.defaults.unlisted_vendors:
            yield at(
                ("defaults",),
                "warning",
                "defaults apply only to services of the bundled catalogue, and settings.bundled_catalogue is false",
                "remove the defaults, or set settings.bundled_catalogue: true",
            )
        return
    services = load_catalogue(catalogue or BUNDLED_CATALOGUE).tools
    for shadow in shadows(policy.tools, services, policy.bundled):
        yield from _shadow_problems(shadow, at)
    vendors = {t.vendor for t in services} | {t.vendor for t in policy.tools}
    for vendor in policy.defaults.unlisted_vendors:
        if not any(v.casefold() == vendor.casefold() for v in vendors):
            close = sorted(v for v in vendors if same_vendor(v, vendor))
            hint = f"did you mean '{close[0]}'? " if close else ""
            yield at(
                ("defaults", "unlisted_vendors", vendor),
                "warning",
                f"no service of the bundled catalogue is by vendor '{vendor}', so this default never applies",
                f"{hint}write the vendor as the catalogue does (dlp_proxy/catalogue/ai-services.yaml)",
            )


def _shadow_problems(shadow: Shadow, at: At) -> Iterator[Problem]:
    s = shadow.service
    label = f"bundled service '{s.id}' ({s.name}, {s.kind} by {s.vendor})"
    # An entry of yours by the service's own vendor replaces it; others meeting it are then overlaps of
    # your own entries (reported as such), not a different reading of the service.
    replaced = any(not shadow.other_vendor(t) for _, t in shadow.by)
    for i, tool in shadow.by:
        mine = [h for h in s.hosts if covers(tool, h)] or [h for h in s.hosts if meets(tool, h)]
        what = f"host(s) {', '.join(mine)} of" if mine else "the id of"
        other_vendor = shadow.other_vendor(tool) and not replaced
        if other_vendor or shadow.other_kind(tool):
            theirs = f"vendor '{tool.vendor}'" + (f", kind '{tool.kind}'" if tool.kind else "")
            yield at(
                ("tools", i, "vendor" if other_vendor else "kind"),
                "warning",
                f"tool '{tool.id}' ({theirs}) takes {what} {label}; your entry decides for them",
                "check that the entry means that service; correct its hosts, id, vendor or kind",
            )
    if shadow.left and shadow.by and shadow.replaced:
        i, tool = shadow.by[0]
        yield at(
            ("tools", i, "hosts"),
            "warning",
            f"tool '{tool.id}' has the id of {label} and replaces it whole, but not all its hosts: "
            f"{', '.join(shadow.left)} are no longer known as AI and pass untouched",
            f"add them to tool '{tool.id}' (or to another entry of yours)",
        )
    elif shadow.left and replaced:
        i, tool = next((i, t) for i, t in shadow.by if not shadow.other_vendor(t))
        yield at(  # info: the safe outcome (refused), but maybe not the intended one
            ("tools", i, "hosts"),
            "info",
            f"tool '{tool.id}' takes some hosts of {label}; its other host(s) {', '.join(shadow.left)} stay in "
            "the bundled catalogue as an unlisted service, so they are refused",
            f"if they belong to your tool, add them to tool '{tool.id}'; or give it the id '{s.id}' to replace "
            "the service whole",
        )
