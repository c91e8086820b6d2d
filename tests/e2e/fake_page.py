"""The page shell both fake chat apps serve: the prompt from the URL fragment (`#q=`) shown as the
user's turn, an `#answer` whose `data-status` the app's own script moves from `waiting` to `done`."""

from __future__ import annotations

_HEAD = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{title}</title>
<style>
 body { font: 22px/1.45 sans-serif; margin: 2rem; color: #111; background: #fff }
 .turn { max-width: 52rem; margin: 0 0 1.2rem; padding: .8rem 1rem; border-radius: .6rem }
 #user { background: #eef }
 #answer { background: #f4f4f4; white-space: pre-wrap }
</style></head>
<body>
<div class="turn" id="user"></div>
<div class="turn" id="answer" data-status="waiting"></div>
<script>
"use strict";
const answer = document.getElementById("answer");
const prompt = new URLSearchParams(location.hash.slice(1)).get("q") || "";
document.getElementById("user").textContent = prompt;
"""


def chat_page(title: str, script: str) -> str:
    """The shell with `script` after the lines that set `answer` and `prompt`."""
    return _HEAD.replace("{title}", title) + script + "</script>\n</body></html>\n"
