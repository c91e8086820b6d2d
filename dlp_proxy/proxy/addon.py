"""mitmproxy entry point: `mitmdump -s dlp_proxy/proxy/addon.py` (what `dlp-proxy run` does).

The addon lives in a real module (dlp_proxy.proxy.interceptor): mitmproxy loads scripts outside
sys.modules, where dataclasses and pickling do not work, and re-executes them on change.
"""

from dlp_proxy.proxy.admin_addon import AdminAddon
from dlp_proxy.proxy.client_guard import ClientGuard
from dlp_proxy.proxy.interceptor import DlpAddon

dlp = DlpAddon()
# The client guard comes first: a request body counts as complete when it arrives, not after its
# inspection. The admin port (health, readiness, metrics, PAC file, CA download) reports on `dlp`.
addons = [ClientGuard(dlp.metrics.registry), dlp, AdminAddon(dlp)]
