"""HTML from Jinja2 templates: one environment per package's `templates/` folder, autoescape on.

Core level: imports only jinja2 and the standard library. Every value handed to a template is
data and is escaped on output, whatever the template's file name (`default=True`); nothing from
the policy, the log or an employee is ever marked safe, and no value is ever compiled as a
template, so `{{ 7*7 }}` in a justification stays text. Raw markup (a stylesheet) lives in the
template files themselves.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2


@cache
def environment(package: str) -> jinja2.Environment:
    """The environment for `package`'s `templates/` folder (e.g. "dlp_proxy.respond"), built once.

    Unknown names in a template raise instead of rendering empty (StrictUndefined): a missing
    text is a bug, not a blank line on a block page. No auto-reload: a template is read from
    disk once per process, not stat'ed again on every render inside a proxy hook.
    """
    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "html.j2"), default_for_string=True, default=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def render_template(package: str, name: str, **context: Any) -> str:
    """Template `name` of `package`'s `templates/` folder, rendered with `context`."""
    return environment(package).get_template(name).render(**context)
