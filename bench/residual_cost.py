"""What the closed world adds to a request's detection: the prompt scanned alone, next to the text the
pipeline really scans for the same request (the prompt, the request's other strings and headers).

    .venv/bin/python bench/residual_cost.py [--rounds N]

Builds the load benchmark's requests (bench/load_client.py: the plain prompts of
bench/proxy_latency.py as OpenAI chat completions, with its bearer token and User-Agent), runs the
pipeline's extract stage on each, and times the detector on (a) the prompt alone and (b) the joined
text the scan stage builds, alternating a and b for N rounds in one process. Prints the CPU
milliseconds per request of each (median and best over rounds), their difference, and the
characters each adds. A benchmark, not a test: nothing here fails on a figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from proxy_latency import make_prompts  # noqa: E402

from dlp_proxy.adapters import RequestView  # noqa: E402
from dlp_proxy.detection.factory import build_detector  # noqa: E402
from dlp_proxy.pipeline.context import RequestContext  # noqa: E402
from dlp_proxy.pipeline.extract import Read, extract  # noqa: E402
from dlp_proxy.pipeline.scanning import SEPARATOR, bridges, join  # noqa: E402
from dlp_proxy.policy.loader import load_policy  # noqa: E402

# As bench/load_client.py sends them.
HEADERS = {
    "host": "api.openai.com",
    "content-type": "application/json",
    "authorization": "Bearer bench-placeholder",
    "user-agent": "dlp-proxy-load-bench",
}


def scanned_text(read: Read) -> str:
    """The text the scan stage hands the detector for this request (pipeline.scan._scan_all)."""
    text, _ = join(read.segments)
    glued, _ = bridges(read.segments, len(text) + len(SEPARATOR))
    return text + SEPARATOR + glued if glued else text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7, help="alternating rounds (default 7)")
    args = ap.parse_args()
    policy = load_policy(HERE.parent / "rules")
    tool = policy.tool_for("api.openai.com", "/v1/chat/completions")
    assert tool is not None
    detector = build_detector(policy).load()
    prompts = make_prompts()["plain"]
    texts = []
    for prompt in prompts:
        body = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}).encode()
        view = RequestView("POST", "api.openai.com", "/v1/chat/completions", HEADERS, body)
        read = asyncio.run(extract(RequestContext(view, policy, tool, "en")))
        assert isinstance(read, Read)
        texts.append(scanned_text(read))
    for text in prompts + texts:  # warm-up
        detector.scan(text)
    times: dict[str, list[float]] = {"prompt alone": [], "as scanned": []}
    for _ in range(args.rounds):
        for name, batch in (("prompt alone", prompts), ("as scanned", texts)):
            start = time.process_time()
            for text in batch:
                detector.scan(text)
            times[name].append((time.process_time() - start) / len(batch) * 1000)
    extra_chars = statistics.mean(len(t) - len(p) for t, p in zip(texts, prompts, strict=True))
    print(
        f"{len(prompts)} requests, mean prompt {statistics.mean(map(len, prompts)):.0f} characters, "
        f"{extra_chars:.0f} more as scanned"
    )
    for name, ms in times.items():
        print(f"  {name:13s} median {statistics.median(ms):.3f} ms, best {min(ms):.3f} ms CPU per request")
    diff = statistics.median(times["as scanned"]) - statistics.median(times["prompt alone"])
    print(
        f"  what the rest of the request adds: {diff:+.3f} ms (median), "
        f"{min(times['as scanned']) - min(times['prompt alone']):+.3f} ms (best)"
    )


if __name__ == "__main__":
    main()
