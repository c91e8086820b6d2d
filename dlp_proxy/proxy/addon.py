"""mitmproxy entry point: `mitmdump -s dlp_proxy/proxy/addon.py` (what `dlp-proxy run` does).

The addon lives in a real module (dlp_proxy.proxy.interceptor): mitmproxy loads scripts outside
sys.modules, where dataclasses and pickling do not work, and re-executes them on change.
"""

from dlp_proxy.proxy.admin_addon import AdminAddon
from dlp_proxy.proxy.interceptor import DlpAddon

dlp = DlpAddon()
# The admin port (health, readiness, metrics, PAC file, CA download) reports on `dlp`.
addons = [dlp, AdminAddon(dlp)]
