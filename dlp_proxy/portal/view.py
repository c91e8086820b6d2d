"""Portal pages as replies: a template of dlp_proxy/portal/templates/ rendered in a language,
and the one message page (not found, not available) every module shares."""

from __future__ import annotations

from typing import Any

from dlp_proxy.portal.texts import text
from dlp_proxy.portal.web import PortalReply
from dlp_proxy.templating import render_template

PACKAGE = "dlp_proxy.portal"


def page(template: str, status: int, lang: str, title: str, **context: Any) -> PortalReply:
    """`template` (extending layout.html.j2) as an HTML reply; every value is escaped."""
    # origin "": the layout's links stay on the host the page came from (proxy host or admin port)
    body = render_template(PACKAGE, template, lang=lang, title=title, origin="", **context)
    return PortalReply(status, body.encode("utf-8"), headers={"content-language": lang})


def message(status: int, lang: str, key: str, *, warn: bool = True, **fields: str) -> PortalReply:
    """A short page: the title `<key>_title` and the text `<key>` of dlp_proxy.portal.texts,
    with `fields` filled in (as data: the template escapes them)."""
    return page(
        "message.html.j2",
        status,
        lang,
        text(f"{key}_title", lang),
        warn=warn,
        message=text(key, lang).format(**fields),
        home=text("home", lang),
        reference=fields.get("reference"),
    )
