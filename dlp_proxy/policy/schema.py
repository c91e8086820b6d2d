"""The policy schema: strict pydantic models, unknown keys refused."""

from __future__ import annotations

import fnmatch
from datetime import date
from typing import Literal, get_args

from pydantic import Field, field_validator, model_validator

from dlp_proxy.findings import DATA_CLASSES, DataClass
from dlp_proxy.policy.audio_section import Audio
from dlp_proxy.policy.cheatsheet_section import Cheatsheet
from dlp_proxy.policy.common import ENV_NAME as ENV_NAME
from dlp_proxy.policy.common import FailMode as FailMode
from dlp_proxy.policy.common import Images as Images
from dlp_proxy.policy.common import Language as Language
from dlp_proxy.policy.common import Mode as Mode
from dlp_proxy.policy.common import Risk as Risk
from dlp_proxy.policy.common import Strict as Strict
from dlp_proxy.policy.common import Texts as Texts
from dlp_proxy.policy.common import path_forms
from dlp_proxy.policy.index import host_index
from dlp_proxy.policy.labels_section import Labels
from dlp_proxy.policy.settings_section import Evidence as Evidence
from dlp_proxy.policy.settings_section import Pseudonyms as Pseudonyms
from dlp_proxy.policy.settings_section import Settings as Settings

Action = Literal["allow", "pseudonymise", "redact", "warn", "block"]
ToolStatus = Literal["approved", "unlisted", "forbidden"]
Category = Literal["internal_productivity", "general_use", "client_projects"]
# How well the adapter's reading of a tool's traffic is established (ai-endpoints.md):
# high = the vendor documents the format; medium = reverse-engineered clients and captures
# agree; low = inferred from scarce evidence, verify with a capture before relying on it.
Confidence = Literal["high", "medium", "low"]
# What an AI service is for (the bundled catalogue, dlp_proxy/catalogue/ai-services.yaml);
# defaults.unlisted_kinds and the rules' tool_kind condition use these names.
Kind = Literal["chat", "api", "coding", "writing", "translation", "image", "media", "meeting", "extension", "agent"]
KINDS: tuple[str, ...] = get_args(Kind)
# Where a tool's entry comes from: the organisation's tools.yaml, or the bundled catalogue.
ToolSource = Literal["organisation", "bundled"]

# pseudonymise masks values with placeholders the answer gets back (reversible); redact masks
# them for good. A request with both is "redact", and its pseudonymised values still come back.
ACTION_SEVERITY: dict[str, int] = {"allow": 0, "pseudonymise": 1, "redact": 2, "warn": 3, "block": 4}
MASKING: tuple[str, ...] = ("pseudonymise", "redact")  # the actions that send the request with values masked
RISK_ORDER: dict[str, int] = {"none": 0, "low": 1, "medium": 2, "high": 3}


class Tool(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    vendor: str
    hosts: list[str] = Field(min_length=1)
    paths: list[str] = Field(default_factory=lambda: ["/*"])
    # A host the tool shares with other products, and the only paths of it that are the tool's
    # ("content-push.googleapis.com": ["/upload", "/upload/*"]). The host is still decrypted (a
    # path is only seen inside TLS); its other paths are not this tool's and pass unjudged.
    host_paths: dict[str, list[str]] = Field(default_factory=dict)
    adapter: str = "generic"
    category: Category
    status: ToolStatus
    approved_for: Risk | None = None
    owner: str
    reviewed: date
    alternative: str | None = None
    fail_mode: FailMode | None = None
    # Override settings.images and settings.audio (dlp_proxy.policy.audio_section) for this tool.
    images: Images | None = None
    audio: Audio | None = None
    # Overrides settings.mode for this tool (e.g. monitor a newly added tool first).
    mode: Mode | None = None
    notes: str | None = None
    confidence: Confidence | None = None
    # After a mask, note it in the tool's streamed answer where its format allows; false: x-dlp-notice only.
    answer_note: bool = True
    # What the service is for, and the vendor's country (ISO 3166 alpha-2); optional here, always
    # set on bundled entries. Rules can match on the kind (when: tool_kind).
    kind: Kind | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    # Set by the loader: "bundled" for the entries it adds from the bundled catalogue.
    source: ToolSource = "organisation"

    @field_validator("hosts")
    @classmethod
    def _lower_hosts(cls, v: list[str]) -> list[str]:
        return [h.strip().lower().rstrip(".") for h in v]

    @field_validator("host_paths")
    @classmethod
    def _lower_host_paths(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        return {h.strip().lower().rstrip("."): paths for h, paths in v.items()}

    @model_validator(mode="after")
    def _host_paths_on_own_hosts(self) -> Tool:
        for host, paths in self.host_paths.items():
            if host not in self.hosts:
                raise ValueError(f"host_paths names {host!r}, which is not one of the tool's hosts (an exact name)")
            if not paths or not all(p.startswith("/") for p in paths):
                raise ValueError(f"host_paths[{host!r}] needs one or more paths, each starting with '/'")
        return self

    @model_validator(mode="after")
    def _approved_needs_level(self) -> Tool:
        if self.status == "approved" and self.approved_for is None:
            raise ValueError("an approved tool needs 'approved_for: low|medium|high'")
        if self.status != "approved" and self.approved_for is not None:
            raise ValueError("only an approved tool has 'approved_for'; remove it or set status: approved")
        return self

    def matches_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        for pattern in self.hosts:
            if pattern.startswith("*."):
                if host.endswith(pattern[1:]) or host == pattern[2:]:
                    return True
            elif "*" in pattern or "?" in pattern:
                # Any other glob ("*-aiplatform.googleapis.com"), matched as the PAC file's
                # shExpMatch does: "*" also spans dots.
                if fnmatch.fnmatchcase(host, pattern):
                    return True
            elif host == pattern:
                return True
        return False

    def matches_path(self, path: str) -> bool:
        path = path.split("?", 1)[0]
        return any(fnmatch.fnmatchcase(path, p) for p in self.paths)

    def owns(self, host: str, path: str) -> bool:
        """Whether the path is the tool's on this host: always, unless host_paths limits the host."""
        limited = self.host_paths.get(host.lower().rstrip("."))
        if limited is None:
            return True
        return any(fnmatch.fnmatchcase(form, p) for form in path_forms(path) for p in limited)


class DataClassDef(Strict):
    risk: Risk
    entities: list[str] = Field(min_length=1)
    description: Texts


class ClientHashes(Strict):
    """A client list held as keyed hashes (HMAC-SHA256 of the normalised name)."""

    file: str
    key_env: str = Field(pattern=ENV_NAME)
    max_words: int = Field(default=6, ge=1, le=12)


class Clients(Strict):
    """The organisation's clients: names (inline or a file, one per line), hashes, reference patterns."""

    names: list[str] = Field(default_factory=list)
    names_file: str | None = None
    hashed: ClientHashes | None = None
    references: list[str] = Field(default_factory=list)

    @field_validator("references")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        import regex

        for pattern in v:
            try:
                regex.compile(pattern)
            except regex.error as e:
                raise ValueError(f"reference pattern {pattern!r} is not a valid regular expression: {e}") from e
        return v


class Internal(Strict):
    """Confidentiality markings and internal domains whose appearance makes a prompt internal."""

    markers: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)


class When(Strict):
    """All given conditions must hold; an absent condition matches anything."""

    data_class: list[DataClass] | None = None
    tool_status: list[ToolStatus] | None = None
    tool_approved_for: list[Risk] | None = None
    tool: list[str] | None = None
    tool_kind: list[Kind] | None = None
    # Vendor names as the catalogues write them, compared without regard to case.
    tool_vendor: list[str] | None = None
    tool_source: list[ToolSource] | None = None


class Rule(Strict):
    id: str = Field(pattern=r"^[A-Z0-9][A-Z0-9-]*$")
    description: str
    when: When
    action: Action
    # Shown to the employee: why, and what to do instead.
    notice: Texts | None = None
    # Set by the loader on the rules it generates from `defaults` (e.g.
    # "defaults.unlisted_kinds.image"); a policy file may not set it.
    origin: str | None = None


class Who(Strict):
    users: list[str] = Field(default_factory=list)
    groups: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _someone(self) -> Who:
        if not self.users and not self.groups:
            raise ValueError("name at least one user or group")
        return self


class PolicyException(Strict):
    """Written permission: who may send which data to which tool, until when, on what consent."""

    id: str = Field(pattern=r"^[A-Z0-9][A-Z0-9-]*$")
    who: Who
    tools: list[str] = Field(min_length=1)
    data_classes: list[DataClass] = Field(min_length=1)
    # Optional: only for these clients (names as in the client list).
    clients: list[str] = Field(default_factory=list)
    consent_ref: str = Field(min_length=1)
    valid_from: date
    valid_until: date
    # What the permission allows instead of the rule's action.
    action: Literal["allow", "pseudonymise", "redact"] = "allow"
    description: str | None = None

    @model_validator(mode="after")
    def _dates(self) -> PolicyException:
        if self.valid_until < self.valid_from:
            raise ValueError("valid_until is before valid_from")
        return self


class Identity(Strict):
    """Where the user name comes from, in order of trust."""

    # Header set by an upstream authenticating proxy; trusted only from these addresses.
    trusted_header: str | None = None
    trusted_proxies: list[str] = Field(default_factory=list)
    # Fixed client address -> user (e.g. shared terminals, servers).
    addresses: dict[str, str] = Field(default_factory=dict)
    # Log users as a keyed pseudonym (HMAC-SHA256) instead of in the clear, for works
    # councils and GDPR; the key (in this environment variable) re-identifies when needed.
    pseudonymise: bool = False
    pseudonym_key_env: str = Field(default="DLP_PSEUDONYM_KEY", pattern=ENV_NAME)


def _unique(kind: str, ids: list[str]) -> None:
    """A ValueError naming each id that occurs more than once."""
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"{kind} ids must be unique; duplicated: {dupes}")


class Defaults(Strict):
    """How services of the bundled catalogue that the organisation does not list are judged, per
    kind or vendor (the loader makes each entry a rule, dlp_proxy.policy.defaults); a service
    named by neither is judged like any unlisted tool (TOOL-UNLISTED: blocked)."""

    unlisted_kinds: dict[Kind, Action] = Field(default_factory=dict)
    unlisted_vendors: dict[str, Action] = Field(default_factory=dict)


class Policy(Strict):
    settings: Settings
    tools: list[Tool] = Field(min_length=1)
    data_classes: dict[DataClass, DataClassDef]
    thresholds: dict[str, float] = Field(default_factory=dict)
    default_threshold: float = Field(default=0.5, ge=0, le=1)
    rules: list[Rule] = Field(min_length=1)
    clients: Clients = Field(default_factory=Clients)
    internal: Internal = Field(default_factory=Internal)
    # Sensitivity labels (Microsoft Purview) -> data class or action (dlp_proxy.policy.labels_section).
    labels: Labels = Field(default_factory=Labels)
    exceptions: list[PolicyException] = Field(default_factory=list)
    identity: Identity = Field(default_factory=Identity)
    # group name -> user names
    groups: dict[str, list[str]] = Field(default_factory=dict)
    defaults: Defaults = Field(default_factory=Defaults)
    # The cheat sheet's do's and don'ts (rules/cheatsheet.yaml); absent: the seed guide's five.
    cheatsheet: Cheatsheet = Field(default_factory=Cheatsheet)
    # Set by the loader: the bundled catalogue's services the organisation's tools do not cover,
    # as unlisted tools (after `tools` in every lookup), and the catalogue's version.
    bundled: list[Tool] = Field(default_factory=list)
    catalogue_version: str | None = None
    # Set by the loader: the folder relative file names are resolved against.
    base_dir: str = ""
    # Set by the loader: the date of its newest file (the cheat sheet's date when it gives none).
    modified: date | None = None
    # Set by the loader: a stable hash of the normalised policy.
    version: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        missing = [c for c in DATA_CLASSES if c not in self.data_classes]
        if missing:
            raise ValueError(f"data_classes must define every class; missing {missing}")
        ids = [t.id for t in self.tools]
        _unique("tool", ids)
        _unique("rule", [r.id for r in self.rules])
        known = set(ids)
        for r in self.rules:
            unknown = sorted(set(r.when.tool or []) - known)
            if unknown:
                raise ValueError(f"rule {r.id} names unknown tool(s) {unknown}")
        _unique("exception", [e.id for e in self.exceptions])
        for e in self.exceptions:
            unknown = sorted(set(e.tools) - known)
            if unknown:
                raise ValueError(f"exception {e.id} names unknown tool(s) {unknown}; use ids from tools:")
            unknown = sorted(set(e.who.groups) - set(self.groups))
            if unknown:
                raise ValueError(f"exception {e.id} names unknown group(s) {unknown}; define them under groups:")
        last = self.rules[-1].when
        if any(v is not None for v in last.model_dump().values()):
            raise ValueError(
                f"the last rule ({self.rules[-1].id}) must be a catch-all with 'when: {{}}', "
                "so that every request has a rule"
            )
        entity_types = self.entity_classes()
        for et in self.thresholds:
            if et not in entity_types:
                raise ValueError(f"threshold for unknown entity type {et!r}; add it to a data class first")
        return self

    def entity_classes(self) -> dict[str, DataClass]:
        """Entity type -> data class, as the policy defines it."""
        out: dict[str, DataClass] = {}
        for cls, d in self.data_classes.items():
            for et in d.entities:
                out[et] = cls
        return out

    def known_tools(self) -> list[Tool]:
        """Every tool the proxy knows: the organisation's, then the bundled catalogue's."""
        return [*self.tools, *self.bundled]

    def tool_for(self, host: str, path: str = "/") -> Tool | None:
        """The first known tool covering the host and path, or None when the host is no AI tool's.
        Through an index (dlp_proxy.policy.index): the cost does not grow with the catalogue."""
        return host_index(self.tools, self.bundled).tool_for(host, path)

    def tool_for_host(self, host: str) -> Tool | None:
        """The first known tool covering the host, whatever the path."""
        return host_index(self.tools, self.bundled).tool_for(host, None)

    def owner_of(self, host: str, path: str) -> Tool | None:
        """The first known tool covering the host that owns the path there (`Tool.owns`), its
        `paths` aside: the vendor an unknown endpoint of a catalogue host belongs to."""
        return host_index(self.tools, self.bundled).owner_of(host, path)

    def intercepts(self, host: str) -> bool:
        """Whether TLS to this host is decrypted (only known AI tools' hosts are)."""
        return host_index(self.tools, self.bundled).intercepts(host)

    def fail_mode(self, tool: Tool) -> FailMode:
        return tool.fail_mode or self.settings.fail_mode

    def images(self, tool: Tool) -> Images:
        return tool.images or self.settings.images

    def mode(self, tool: Tool) -> Mode:
        return tool.mode or self.settings.mode

    def groups_of(self, user: str) -> list[str]:
        return sorted(g for g, members in self.groups.items() if user in members)
