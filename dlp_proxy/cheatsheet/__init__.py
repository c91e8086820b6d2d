"""The one-page cheat sheet for employees, made from the policy the proxy enforces: what it
says (content), HTML (render), whether it fits one A4 page (fit) and the PDF (pdf, headless
Chromium). Imports the policy and the core only: the portal and the commands build on it."""

from dlp_proxy.cheatsheet.render import render_html

__all__ = ["render_html"]
