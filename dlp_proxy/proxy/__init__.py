"""The only package that imports mitmproxy: the addon, the flow glue, answers and WebSocket messages."""
