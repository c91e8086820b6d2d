"""The employee pages ("portal"): what the proxy serves to the people behind it, on a reserved host
name that resolves only through the proxy (http://dlp-proxy.local/, no DNS change needed) and on
the admin port.

Pure handlers (dlp_proxy.portal.web: a PortalRequest in, a PortalReply out) apart from the
mitmproxy and admin-server glue (dlp_proxy.proxy.portal_addon, dlp_proxy.proxy.admin_addon).
Pages never show a detected value or prompt text; every field an employee or the policy supplies
is escaped (dlp_proxy.templating, autoescape on).
"""
