"""One request through named stages: identify, extract, scan, decide, act, record. No mitmproxy types."""
