"""Evaluate a PAC file's FindProxyForURL with Node, in a sandbox that offers only the PAC helpers
the file may call (as browsers do), for a list of (url, host) pairs."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

NODE = shutil.which("node")

# dnsDomainIs and shExpMatch as the Netscape PAC specification defines them (suffix test; shell
# glob with * and ?). Anything else the file calls is undefined here and fails the test.
HARNESS = r"""
const vm = require("vm");
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
function dnsDomainIs(host, domain) {
  return host.length >= domain.length && host.substring(host.length - domain.length) === domain;
}
function shExpMatch(str, shexp) {
  const re = shexp.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp("^" + re + "$").test(str);
}
const sandbox = { dnsDomainIs, shExpMatch };
vm.createContext(sandbox);
vm.runInContext(input.pac, sandbox, { filename: "proxy.pac" });
const out = input.cases.map(([url, host]) => sandbox.FindProxyForURL(url, host));
process.stdout.write(JSON.stringify(out));
"""


def find_proxy(pac: str, cases: list[tuple[str, str]]) -> list[str]:
    """FindProxyForURL(url, host) for each case, run by Node."""
    if NODE is None:
        pytest.skip("node is not installed (.ci/run installs it)")
    done = subprocess.run(
        [NODE, "-e", HARNESS],
        input=json.dumps({"pac": pac, "cases": cases}),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: list[str] = json.loads(done.stdout)
    return result


def host_of(url: str) -> str:
    """The host a browser passes to FindProxyForURL: no scheme, port, path or credentials."""
    rest = url.split("://", 1)[1].split("/", 1)[0].rsplit("@", 1)[-1]
    return rest[1:].split("]", 1)[0] if rest.startswith("[") else rest.split(":", 1)[0]
