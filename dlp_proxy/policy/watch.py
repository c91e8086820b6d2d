"""Notice edits to the policy files (polling: works on every filesystem and in containers)."""

from __future__ import annotations

from pathlib import Path

from dlp_proxy.errors import PolicyError
from dlp_proxy.policy.bundled import BUNDLED_CATALOGUE
from dlp_proxy.policy.loader import policy_files
from dlp_proxy.policy.schema import Policy

# (file, mtime, size, inode, ctime) of each file; -1s for one that cannot be looked at.
Fingerprint = tuple[tuple[str, int, int, int, int], ...]


def fingerprint(path: str | Path, policy: Policy | None = None) -> Fingerprint:
    """What every file the policy is made of looks like on disk, including referenced lists and the
    bundled catalogue.

    Inode and ctime catch what mtime and size miss: a folder recreated or moved into place with
    the old times (`cp -p`, `rsync -t`, `mv`) and a file made unreadable (`chmod`, `chown`). A
    folder that is gone or cannot be listed gives the same answer at every check while the fault
    lasts, so the watcher reports it once, not once per check."""
    root = Path(path)
    try:
        files = policy_files(root)
    except PolicyError:
        files = []
    try:
        if root.is_dir():
            files += [p for p in root.iterdir() if p.is_file() and p not in files]
    except OSError:  # cannot be listed: the loader says why when it tries
        pass
    if policy is not None:
        base = Path(policy.base_dir or root)
        if policy.clients.names_file:
            files.append(base / policy.clients.names_file)
        if policy.clients.hashed:
            files.append(base / policy.clients.hashed.file)
        if policy.settings.bundled_catalogue:  # a refreshed catalogue is a new policy too
            files.append(BUNDLED_CATALOGUE)
    out = []
    for f in sorted(set(files)):
        try:
            st = f.stat()
            out.append((str(f), st.st_mtime_ns, st.st_size, st.st_ino, st.st_ctime_ns))
        except OSError:
            out.append((str(f), -1, -1, -1, -1))
    return tuple(out)


def detection_config(policy: Policy) -> str:
    """What the detector is built from; when it is unchanged the loaded engine is kept."""
    parts = [
        policy.model_dump_json(include={"data_classes", "thresholds", "default_threshold", "clients", "internal"}),
        policy.settings.default_language,
        repr(fingerprint(policy.base_dir, policy)) if policy.clients.names_file or policy.clients.hashed else "",
    ]
    return "\n".join(parts)
