"""What `dlp-proxy run` asks of mitmproxy itself: mode specs, option types, the CA's derived
files, and mitmdump with the DLP addon. Kept here so that only dlp_proxy.proxy imports mitmproxy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mitmproxy import addons
from mitmproxy.addons import dumper, keepserving, readfile
from mitmproxy.certs import CertStore
from mitmproxy.options import Options
from mitmproxy.proxy.mode_specs import ProxyMode
from mitmproxy.tools.main import mitmdump

ADDON_PATH = Path(__file__).with_name("addon.py")  # the `mitmdump -s` entry point


def parse_mode(spec: str) -> Any:
    """A mitmproxy ProxyMode ("regular", "upstream:http://proxy:8080", ...); ValueError when invalid."""
    return ProxyMode.parse(spec)


def derive_ca_files(certs: Path) -> None:
    """Let mitmproxy load the CA and write the copies it derives from it (.p12, .cer)."""
    CertStore.from_store(certs, "mitmproxy", 2048)


def run_mitmdump(argv: list[str]) -> None:
    mitmdump(argv)


def option_types() -> dict[str, Any]:
    """Every option of mitmdump and its built-in addons -> its type, as the addons declare them.

    Asked of the addons' `load` directly: a throw-away master would leave its log handlers behind.
    """
    types = {name: opt.typespec for name, opt in Options()._options.items()}  # no public accessor

    class Declared:
        def add_option(self, name: str, typespec: Any, *_: Any, **__: Any) -> None:
            types[name] = typespec

        def add_command(self, *_: Any, **__: Any) -> None:
            pass

    builtin = addons.default_addons()  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
    stdin = readfile.ReadFileStdin()  # type: ignore[no-untyped-call]
    for addon in [*builtin, dumper.Dumper(), keepserving.KeepServing(), stdin]:  # what mitmdump adds
        if hasattr(addon, "load"):
            addon.load(Declared())
    return types
