"""Proxy latency benchmark: what dlp-proxy adds to a request over bare mitmdump, in one run.

    .venv/bin/python bench/proxy_latency.py [--requests N] [--quick] [--repo PATH] [--out PATH]

Starts a fake api.openai.com over real TLS on loopback (bench/latency_upstream.py), bare
`mitmdump` with only a redirect addon, and `dlp-proxy run` with the bundled policy; sends the same
chat completions through both over one keep-alive connection each, interleaved A,B / B,A round
by round, and prints p50/p95/p99 per proxy and the differences. Two prompt sets: plain (nothing
to find: the allow path) and with an e-mail address (the redact path). Offline; a benchmark, not
a test: nothing here asserts a time. Results: bench/results/proxy-latency[-repo-NAME].json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
REDIRECT_ADDON = HERE / "latency_redirect.py"
START_TIMEOUT_S = 180
SEED = 20261129
PROXIES = ("bare", "dlp")
LABELS = {"bare": "bare mitmdump", "dlp": "dlp-proxy"}
URL = "https://api.openai.com/v1/chat/completions"

# Harmless prompts, no personal data: what an employee asks an assistant all day. Sentences
# start with a capital and carry no names, numbers or places, so the allow path runs.
PARAGRAPHS = {
    "nl": [
        "Kun je deze tekst korter maken zonder dat de kern verloren gaat? Het gaat om een uitleg voor nieuwe "
        "collega's over hoe wij vergaderingen voorbereiden: een agenda vooraf, een duidelijk doel per punt en "
        "een korte samenvatting achteraf.",
        "Schrijf een vriendelijke uitnodiging voor een teamlunch aan het einde van de week. Houd het luchtig, "
        "noem dat er ook vegetarische opties zijn en vraag iedereen om zich op tijd aan te melden via het "
        "gebruikelijke formulier.",
        "Leg in eenvoudige woorden uit wat het verschil is tussen een lijst en een tuple in de programmeertaal "
        "waarmee wij werken, en geef een voorbeeld van een situatie waarin je beter de ene dan de andere kunt "
        "kiezen.",
        "Ik wil een korte handleiding maken voor het opruimen van gedeelde mappen. Welke stappen raad je aan, "
        "hoe bepaal je wat weg mag, en hoe zorg je dat niemand per ongeluk belangrijke bestanden kwijtraakt?",
        "Maak van de volgende aantekeningen een nette alinea: planning iets uitgelopen, testfase verlengd, "
        "oplevering schuift een week op, het contact verloopt goed, geen extra kosten verwacht, volgende stap "
        "is de acceptatietest.",
        "Geef drie ideeën om het wekelijkse overleg korter en nuttiger te maken. Denk aan een vaste volgorde, "
        "het parkeren van lange discussies en het bijhouden van knelpunten op een zichtbare plek.",
        "Wat zijn goede vragen om te stellen bij een evaluatie van een project dat net is afgerond? Ik zoek "
        "vragen die uitnodigen tot eerlijke antwoorden en die helpen om het volgende project beter te laten "
        "verlopen.",
        "Herschrijf deze zin zodat hij minder formeel klinkt: wij verzoeken u vriendelijk om de bijgevoegde "
        "documenten door te nemen en eventuele opmerkingen uiterlijk aan het einde van de week aan ons kenbaar "
        "te maken.",
    ],
    "en": [
        "Can you make this text shorter without losing the main point? It explains to new colleagues how we "
        "prepare meetings: an agenda in advance, a clear goal for each item and a short summary afterwards.",
        "Write a friendly invitation for a team lunch at the end of the week. Keep it light, mention that there "
        "are vegetarian options as well and ask everyone to sign up in good time using the usual form.",
        "Explain in plain words the difference between a list and a tuple in a programming language, and give "
        "an example of a situation where one is a better choice than the other.",
        "I would like to write a short guide for cleaning up shared folders. Which steps do you recommend, how "
        "do you decide what can go, and how do you make sure nobody loses important files by accident?",
        "Turn the following notes into a tidy paragraph: planning slipped a little, testing phase extended, "
        "delivery moves by a week, communication is going well, no extra costs expected, next step is the "
        "acceptance test.",
        "Give three ideas to make the weekly stand-up shorter and more useful. Think of a fixed order, parking "
        "long discussions for later and keeping track of blockers in a visible place.",
        "What are good questions to ask when reviewing a project that has just finished? I am looking for "
        "questions that invite honest answers and help the next project run more smoothly.",
        "Rewrite this sentence so that it sounds less formal: we kindly request that you review the attached "
        "documents and share any comments with us by the end of the week.",
    ],
}
# One e-mail address per prompt (a role address on example.com: fake, and masked by the policy).
EMAIL_SENTENCE = {
    "nl": "Stuur het resultaat daarna naar teamsecretariaat@example.com, dan verwerk ik het verder.",
    "en": "Afterwards, send the result to team-office@example.com so I can take it from there.",
}
PROMPTS_PER_LANGUAGE = 12
MAX_PLAIN_CHARS = 1900  # the e-mail sentence adds under 100: both sets stay within 2,000
SETS = ("plain", "email")
SET_TITLES = {
    "plain": "plain prompts (no personal data: the allow path)",
    "email": "prompts with an e-mail address (the mask path)",
}


def make_prompts(seed: int = SEED) -> dict[str, list[str]]:
    """Per set, the same prompts of 200-2,000 characters, Dutch and English alternating.

    Each prompt is whole paragraphs in a shuffled order, added until a target length spread
    evenly over 200-1,800 (never past 1,900); the e-mail set is the same prompt with one sentence after its first
    paragraph, so the two sets differ only in the address.
    """
    rng = random.Random(seed)
    plain: list[str] = []
    email: list[str] = []
    for i in range(PROMPTS_PER_LANGUAGE):
        for lang in ("nl", "en"):
            target = 200 + (1600 * i) // (PROMPTS_PER_LANGUAGE - 1)
            pool = PARAGRAPHS[lang][:]
            rng.shuffle(pool)
            parts: list[str] = []
            while sum(len(p) + 2 for p in parts) < target:
                nxt = pool[len(parts) % len(pool)]
                if parts and sum(len(p) + 2 for p in parts) + len(nxt) > MAX_PLAIN_CHARS:
                    break
                parts.append(nxt)
            plain.append("\n\n".join(parts))
            email.append("\n\n".join([parts[0], EMAIL_SENTENCE[lang], *parts[1:]]))
    return {"plain": plain, "email": email}


# -- processes ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Proxy:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    ca: Path
    output: Path
    audit_log: Path | None = None
    command: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output_tail(self, chars: int = 3000) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace")[-chars:] if self.output.exists() else ""

    def stop(self) -> None:
        stop_group(self.process)


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the process group we started (the proxy and anything it spawned), then SIGKILL."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def launch(name: str, cmd: list[str], cwd: Path, env: dict[str, str], port: int, ca: Path, output: Path) -> Proxy:
    with output.open("wb") as out:
        # Own session: stop() signals the group, so nothing outlives the bench.
        process = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    return Proxy(name, process, port, ca, output, command=cmd)


def wait_ready(proxy: Proxy, needles: list[str]) -> float:
    """Until the proxy's output has every needle, its CA file exists and its port accepts; seconds taken."""
    started = time.monotonic()
    while time.monotonic() - started < START_TIMEOUT_S:
        if proxy.process.poll() is not None:
            raise RuntimeError(f"{LABELS[proxy.name]} exited during start-up:\n{proxy.output_tail()}")
        text = proxy.output.read_text(encoding="utf-8", errors="replace")
        if all(n in text for n in needles) and proxy.ca.exists():
            try:
                socket.create_connection(("127.0.0.1", proxy.port), timeout=1).close()
                return time.monotonic() - started
            except OSError:
                pass
        time.sleep(0.1)
    raise RuntimeError(f"{LABELS[proxy.name]} did not start in {START_TIMEOUT_S} s:\n{proxy.output_tail()}")


def base_env(redirect_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.upper() not in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")}
    env.pop("PYTHONPATH", None)
    env.update(
        {
            "DLP_BENCH_REDIRECTS": json.dumps({"api.openai.com": redirect_port}),
            "PYTHONUNBUFFERED": "1",
            "HF_HUB_OFFLINE": "1",
            "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",  # the bundled suffix list, no download
        }
    )
    return env


def dlp_env(repo: Path, redirect_port: int) -> dict[str, str]:
    return base_env(redirect_port) | {"PYTHONPATH": str(repo)}


def check_imported_from(repo: Path, env: dict[str, str]) -> str:
    """Where `dlp_proxy` is imported from with the proxy's environment; refuse to measure another copy."""
    done = subprocess.run(
        [sys.executable, "-c", "import dlp_proxy; print(dlp_proxy.__file__)"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    where = done.stdout.strip()
    if done.returncode != 0 or not Path(where).resolve().is_relative_to(repo.resolve()):
        sys.exit(f"bench: dlp_proxy imports from {where or done.stderr.strip()!r}, not from {repo}")
    return where


def start_bare(work: Path, upstream_ca: Path, redirect_port: int, extra: Sequence[str] = ()) -> Proxy:
    """mitmdump with the options `dlp-proxy run` sets for itself (listen host, confdir, lazy
    upstream connections, flow_detail=0), the same upstream CA and the same redirect addon;
    `extra`: more options (bench/stream_restore.py streams every body)."""
    port, confdir = free_port(), work / "bare-confdir"
    cmd = [
        str(Path(sys.executable).with_name("mitmdump")),
        "--listen-host", "127.0.0.1",
        "--listen-port", str(port),
        "--mode", "regular",
        "-s", str(REDIRECT_ADDON),
        "--set", f"confdir={confdir}",
        "--set", "connection_strategy=lazy",
        "--set", "flow_detail=0",
        "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}",
        *extra,
    ]  # fmt: skip
    proxy = launch("bare", cmd, work, base_env(redirect_port), port, confdir / "mitmproxy-ca-cert.pem",
                   work / "bare.out")  # fmt: skip
    return proxy


def start_dlp(
    work: Path,
    repo: Path,
    upstream_ca: Path,
    redirect_port: int,
    *,
    tag: str = "dlp",
    certs: Path | None = None,
    admin_port: int = 0,
    extra: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
) -> Proxy:
    """`dlp-proxy run` as tests/e2e/proxy_process.py starts it: the repo's bundled policy and NLP
    config, a temp CA folder and decision log, no admin port, the redirect addon.

    For bench/load.py: `tag` names its files in `work` (several proxies side by side), `certs` a
    CA folder shared with another proxy, `admin_port` turns the admin endpoints on, `extra` more
    `run` arguments, `env` more environment variables."""
    port, audit_log = free_port(), work / f"{tag}-decisions.jsonl"
    certs = certs or work / f"{tag}-certs"
    script = Path(sys.executable).with_name("dlp-proxy")
    prefix = [str(script)] if script.exists() else [sys.executable, "-m", "dlp_proxy.cli"]
    cmd = [
        *prefix, "run",
        "--listen-host", "127.0.0.1",
        "--listen-port", str(port),
        "--policy", str(repo / "rules"),
        "--audit-log", str(audit_log),
        "--certs", str(certs),
        "--nlp-config", str(repo / "models" / "nlp.yaml"),
        "--admin-port", str(admin_port),
        "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}",
        "--script", str(REDIRECT_ADDON),
        *extra,
    ]  # fmt: skip
    environ = dlp_env(repo, redirect_port) | dict(env or {})
    proxy = launch("dlp", cmd, repo, environ, port, certs / "mitmproxy-ca-cert.pem", work / f"{tag}.out")
    proxy.audit_log = audit_log
    return proxy


# -- measuring ------------------------------------------------------------------------------


def client_for(proxy: Proxy) -> Any:
    import httpx

    context = ssl.create_default_context(cafile=str(proxy.ca))
    # trust_env=False: no proxy or CA settings from the environment; one connection, kept alive.
    return httpx.Client(
        proxy=proxy.url,
        verify=context,
        trust_env=False,
        timeout=60,
        limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
    )


def send(client: Any, prompt: str) -> float:
    """One chat completion through the proxy; milliseconds until the whole answer is read."""
    body = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}).encode()
    headers = {"content-type": "application/json", "authorization": "Bearer bench-placeholder"}
    started = time.perf_counter()
    response = client.post(URL, content=body, headers=headers)
    ms = (time.perf_counter() - started) * 1000
    if response.status_code != 200 or "choices" not in response.json():
        raise RuntimeError(f"{response.status_code} from the proxy: {response.text[:500]}")
    return ms


def percentile(values: list[float], p: float) -> float:
    """Nearest rank, as bench/detection.py reports its p95."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def summarise(samples: list[float]) -> dict[str, Any]:
    return {
        "requests": len(samples),
        "p50_ms": percentile(samples, 50),
        "p95_ms": percentile(samples, 95),
        "p99_ms": percentile(samples, 99),
        "mean_ms": statistics.fmean(samples),
    }


def run_rounds(
    clients: dict[str, Any], prompts: dict[str, list[str]], n: int, warmup: int
) -> tuple[dict[str, dict[str, list[float]]], list[str]]:
    """Round r sends prompt r of each set to both proxies, A,B on even rounds and B,A on odd ones,
    so drift and order effects hit both. The first `warmup` rounds are sent and thrown away.
    Returns the timed samples [set][proxy] and the set of every dlp request in order (for the log)."""
    samples: dict[str, dict[str, list[float]]] = {s: {p: [] for p in PROXIES} for s in SETS}
    dlp_order: list[str] = []
    for r in range(warmup + n):
        for s in SETS:
            prompt = prompts[s][r % len(prompts[s])]
            for p in PROXIES if r % 2 == 0 else PROXIES[::-1]:
                ms = send(clients[p], prompt)
                if p == "dlp":
                    dlp_order.append(s)
                if r >= warmup:
                    samples[s][p].append(ms)
        if (r + 1) % 50 == 0:
            print(f"  round {r + 1}/{warmup + n}", file=sys.stderr)
    return samples, dlp_order


def decisions(audit_log: Path | None, order: list[str]) -> dict[str, Any]:
    """Per set: the actions and entity types in dlp-proxy's decision log, and its own inspection time."""
    if audit_log is None or not audit_log.exists():
        return {}
    records = [json.loads(ln) for ln in audit_log.read_text(encoding="utf-8").splitlines() if ln.strip()]
    records = [r for r in records if r.get("event") == "decision"]
    if len(records) != len(order):  # cannot pair records with requests: say so, tally all
        return {"all": _tally(records), "note": f"{len(records)} decisions for {len(order)} requests"}
    return {s: _tally([r for r, o in zip(records, order, strict=True) if o == s]) for s in SETS}


def _tally(records: list[dict[str, Any]]) -> dict[str, Any]:
    entities: Counter[str] = Counter()
    for r in records:
        entities.update(r.get("entities") or {})
    latency = [float(r["latency_ms"]) for r in records if "latency_ms" in r]
    return {
        "decisions": len(records),
        "actions": dict(Counter(str(r.get("action")) for r in records)),
        "entities": dict(entities),
        "inspection_latency_ms_p50": percentile(latency, 50) if latency else None,
    }


# -- report ---------------------------------------------------------------------------------


def table(summary: dict[str, Any]) -> str:
    meta = summary["setup"]
    lines = [
        f"proxy latency: dlp-proxy ({meta['dlp_proxy_module']}) vs bare mitmdump {meta['mitmproxy']}, same run",
        f"  {meta['requests_per_set']} timed requests per proxy per set (+{meta['warmup_rounds']} warm-up "
        f"discarded), interleaved A,B / B,A; one keep-alive connection per proxy; fake upstream on loopback",
        f"  start-up until ready: bare {meta['startup_s']['bare']:.1f} s, dlp {meta['startup_s']['dlp']:.1f} s",
    ]
    for s in SETS:
        res = summary["sets"][s]
        lines += ["", f"{SET_TITLES[s]}: {res['prompts']} prompts, {res['chars_min']:,}-{res['chars_max']:,} chars",
                  f"  {'proxy':<16}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"]  # fmt: skip
        for p in PROXIES:
            st = res[p]
            lines.append(
                f"  {LABELS[p]:<16}{st['requests']:>9}{st['p50_ms']:>9.2f}{st['p95_ms']:>9.2f}{st['p99_ms']:>9.2f}"
            )
        d = res["difference"]
        lines.append(
            f"  dlp - bare: p50 {d['p50_ms']:+.2f} ms, p95 {d['p95_ms']:+.2f} ms; "
            f"ratio dlp / bare: p50 {d['p50_ratio']:.2f}x, p95 {d['p95_ratio']:.2f}x"
        )
        lines.append(f"  paired (same round) dlp - bare: median {d['paired_median_ms']:+.2f} ms")
        dec = summary["decisions"].get(s)
        if dec:
            ent = ", ".join(f"{k} {v}" for k, v in sorted(dec["entities"].items())) or "none"
            acts = ", ".join(f"{k} {v}" for k, v in sorted(dec["actions"].items()))
            lat = dec["inspection_latency_ms_p50"]
            lines.append(
                f"  dlp-proxy decision log (warm-up included): {acts}; entities: {ent}; "
                f"its own latency_ms p50 {lat:.2f}"
                if lat is not None
                else f"  dlp-proxy decision log: {acts}"
            )
    if "all" in summary["decisions"]:
        lines += ["", f"decision log: {summary['decisions']['note']}; {summary['decisions']['all']}"]
    return "\n".join(lines)


def _git(repo: Path) -> str:
    try:
        return subprocess.run(["git", "describe", "--always", "--dirty"], cwd=repo, capture_output=True, text=True,
                              timeout=10).stdout.strip()  # fmt: skip
    except OSError:
        return ""


def provenance(repo: Path, module: str) -> dict[str, Any]:
    """What was measured, for a results file: the checkout, its commit, where dlp_proxy came from, mitmproxy."""
    import mitmproxy.version

    return {"repo": str(repo), "git": _git(repo), "dlp_proxy_module": module, "mitmproxy": mitmproxy.version.VERSION}


def machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}


def _ensure_interpreter(argv: list[str]) -> None:
    """Re-run under the project's venv when this Python has no mitmdump or httpx next to it."""
    try:
        import httpx  # noqa: F401  # only checking that it is there
    except ImportError:
        pass
    else:
        if Path(sys.executable).with_name("mitmdump").exists():
            return
    venv_python = ROOT / ".venv" / "bin" / "python"
    if venv_python.exists() and Path(sys.executable) != venv_python:
        print(f"(re-running with {venv_python})", file=sys.stderr)
        os.execv(venv_python, [str(venv_python), str(Path(__file__)), *argv])
    sys.exit("bench: needs mitmproxy and httpx in this interpreter's environment (the project's .venv)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, metavar="N", help="timed requests per proxy per prompt set (default 300)")
    ap.add_argument("--warmup", type=int, metavar="K", help="warm-up rounds, discarded (default 20, --quick 5)")
    ap.add_argument("--quick", action="store_true", help="smoke run: 40 requests per proxy per set")
    ap.add_argument(
        "--repo",
        type=Path,
        metavar="PATH",
        help="measure the dlp-proxy of another checkout (PYTHONPATH=PATH, working directory PATH, its rules/ and "
        "models/), with this interpreter's environment",
    )
    ap.add_argument("--out", type=Path, help="results JSON (default bench/results/proxy-latency[-repo-NAME].json)")
    args = ap.parse_args(argv)
    _ensure_interpreter(argv)
    n = args.requests or (40 if args.quick else 300)
    warmup = args.warmup if args.warmup is not None else (5 if args.quick else 20)
    repo = (args.repo or ROOT).resolve()
    for needed in (repo / "dlp_proxy", repo / "rules", repo / "models" / "nlp.yaml"):
        if not needed.exists():
            sys.exit(f"bench: {needed} not found; --repo takes a dlp-proxy checkout")

    import latency_upstream

    # A SIGTERM to the bench unwinds through the `finally` below, so the proxies stop with it.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    prompts = make_prompts()
    proxies: dict[str, Proxy] = {}
    clients: dict[str, Any] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dlp-latency-") as tmp:
        work = Path(tmp)
        tls = latency_upstream.make_tls(work / "upstream-tls")
        upstream = latency_upstream.start(tls)
        upstream_port = int(upstream.server_address[1])
        module = check_imported_from(repo, dlp_env(repo, upstream_port))
        try:
            startup: dict[str, float] = {}
            proxies["bare"] = start_bare(work, tls.ca_pem, upstream_port)
            startup["bare"] = wait_ready(proxies["bare"], ["listening at"])
            proxies["dlp"] = start_dlp(work, repo, tls.ca_pem, upstream_port)
            startup["dlp"] = wait_ready(proxies["dlp"], ["listening at", "dlp-proxy: policy", "loaded"])
            print(f"  ready: bare {startup['bare']:.1f} s, dlp {startup['dlp']:.1f} s ({module})", file=sys.stderr)
            clients = {p: client_for(proxies[p]) for p in PROXIES}
            try:
                samples, order = run_rounds(clients, prompts, n, warmup)
            except Exception as e:
                tails = "\n".join(f"--- {LABELS[p]}:\n{proxies[p].output_tail()}" for p in PROXIES)
                raise RuntimeError(f"{e}\n{tails}") from e
            dec = decisions(proxies["dlp"].audit_log, order)
        finally:
            for c in clients.values():
                c.close()
            for proxy in proxies.values():
                proxy.stop()
            upstream.shutdown()
            upstream.server_close()

    sets: dict[str, Any] = {}
    for s in SETS:
        st = {p: summarise(samples[s][p]) for p in PROXIES}
        paired = [d - b for d, b in zip(samples[s]["dlp"], samples[s]["bare"], strict=True)]
        sets[s] = {
            "prompts": len(prompts[s]),
            "chars_min": min(map(len, prompts[s])),
            "chars_max": max(map(len, prompts[s])),
            **st,
            "difference": {
                "p50_ms": st["dlp"]["p50_ms"] - st["bare"]["p50_ms"],
                "p95_ms": st["dlp"]["p95_ms"] - st["bare"]["p95_ms"],
                "p99_ms": st["dlp"]["p99_ms"] - st["bare"]["p99_ms"],
                "p50_ratio": st["dlp"]["p50_ms"] / st["bare"]["p50_ms"],
                "p95_ratio": st["dlp"]["p95_ms"] / st["bare"]["p95_ms"],
                "paired_median_ms": statistics.median(paired),
            },
            "samples_ms": samples[s],
        }
    summary = {
        "setup": {
            **provenance(repo, module),
            "requests_per_set": n,
            "warmup_rounds": warmup,
            "startup_s": startup,
            "commands": {p: proxies[p].command for p in PROXIES},
        },
        "machine": machine(),
        "bench_wall_s": time.perf_counter() - started,
        "sets": sets,
        "decisions": dec,
    }
    print(table(summary))
    default = "proxy-latency" + ("-quick" if args.quick else "") + (f"-repo-{repo.name}" if args.repo else "")
    out = args.out or RESULTS / f"{default}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nfull results: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
