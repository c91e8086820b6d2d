"""What mitmproxy's event dispatch costs a request, with and without dlp_proxy.proxy.dispatch.

    .venv/bin/python bench/dispatch.py [--requests N] [--rounds R]

Builds mitmdump's master (DumpMaster, its default addons, flow_detail 0, no terminal log) plus
the addons `dlp-proxy run` loads (their hooks do nothing here: the flows are not to AI hosts,
and the DLP addon is not configured), and triggers what one proxied HTTP request triggers in
mitmproxy's flow hooks: request headers, request, response headers, response, each followed by
mitmproxy's "update" event. Once with mitmproxy's own dispatch, once with `install()`,
alternating, R rounds of N requests; prints the median and best microseconds per request of
each and their ratio. A benchmark, not a test: nothing fails on a figure; compare the two
columns of one run.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any


def _master(fast: bool) -> Any:
    from mitmproxy import options
    from mitmproxy.tools.dump import DumpMaster

    from dlp_proxy.proxy.dispatch import install

    opts = options.Options()
    master = DumpMaster(opts, with_termlog=False, with_dumper=True)
    opts.update(flow_detail=0)
    import dlp_proxy.proxy.addon as dlp_addons

    master.addons.add(*[a for a in dlp_addons.addons if type(a).__name__ != "FastDispatch"])
    if fast:
        install(master.addons)
    return master


async def _per_request(master: Any, n: int) -> float:
    from mitmproxy.proxy.layers import http
    from mitmproxy.test import tflow

    flow = tflow.tflow(resp=True)
    hooks = [http.HttpRequestHeadersHook, http.HttpRequestHook, http.HttpResponseHeadersHook, http.HttpResponseHook]
    events = [h(flow) for h in hooks]
    start = time.perf_counter()
    for _ in range(n):
        for event in events:
            await master.addons.handle_lifecycle(event)
    return (time.perf_counter() - start) / n * 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=2000, help="requests per measurement (default 2000)")
    ap.add_argument("--rounds", type=int, default=5, help="alternating measurements of each (default 5)")
    args = ap.parse_args()
    masters: dict[str, Any] = {}
    times: dict[str, list[float]] = {"mitmproxy": [], "dlp-proxy": []}

    async def run() -> None:
        masters.update({"mitmproxy": _master(False), "dlp-proxy": _master(True)})  # they want a running loop
        for master in masters.values():  # warm-up
            await _per_request(master, 200)
        for _ in range(args.rounds):
            for name, master in masters.items():
                times[name].append(await _per_request(master, args.requests))

    asyncio.run(run())
    chain = len(masters["mitmproxy"].addons.chain)
    print(f"addon chain: {chain} entries; {args.rounds} rounds of {args.requests} requests, alternating")
    print(f"{'dispatch':<12} {'median us/request':>18} {'best':>8}")
    for name, values in times.items():
        print(f"{name:<12} {statistics.median(values):>18.1f} {min(values):>8.1f}")
    ratio = statistics.median(times["mitmproxy"]) / statistics.median(times["dlp-proxy"])
    print(f"mitmproxy's dispatch / dlp-proxy's: {ratio:.1f}x (medians)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
