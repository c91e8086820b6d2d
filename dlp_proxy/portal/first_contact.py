"""Portal routes: first_contact (being built; see dlp_proxy.portal.site)."""

from __future__ import annotations

from dlp_proxy.portal.web import Portal


def register(portal: Portal) -> None:
    """Add this module's routes to `portal`."""
