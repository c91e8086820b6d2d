"""mitmproxy entry point: `mitmdump -s dlp_proxy/proxy/addon.py` (what `dlp-proxy run` does).

The addon lives in a real module (dlp_proxy.proxy.interceptor): mitmproxy loads scripts outside
sys.modules, where dataclasses and pickling do not work, and re-executes them on change.
"""

from dlp_proxy.proxy.admin_addon import AdminAddon
from dlp_proxy.proxy.client_guard import ClientGuard
from dlp_proxy.proxy.dispatch import FastDispatch
from dlp_proxy.proxy.drift import DriftAddon
from dlp_proxy.proxy.first_contact_addon import FirstContactAddon
from dlp_proxy.proxy.interceptor import DlpAddon
from dlp_proxy.proxy.portal_addon import PortalAddon

dlp = DlpAddon()
# The client guard comes first: a request body counts as complete when it arrives, not after its
# inspection. The portal answers its reserved host before anything else looks at the request; the
# first-contact page comes before the DLP addon (a page navigation, never a prompt). The admin port
# (health, readiness, metrics, PAC file, CA download, the portal's pages) reports on `dlp`. Drift
# counting comes before `dlp` so that its last records are written before `dlp` closes the log.
# FastDispatch has no hooks of its own: on load it makes mitmproxy look up each event's handlers
# once instead of walking every addon for every event of every flow.
addons = [
    FastDispatch(),
    ClientGuard(dlp.metrics.registry),
    PortalAddon(dlp),
    FirstContactAddon(dlp),
    DriftAddon(dlp),
    dlp,
    AdminAddon(dlp),
]
