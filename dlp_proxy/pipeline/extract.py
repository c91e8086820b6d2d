"""Stage 1, extract: the body read as the vendor reads it, the adapter's prompt segments,
every other string of the request (closed world), and the employee's DLP-OK line, if any."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

from dlp_proxy.adapters import WEBSOCKET, Adapter, Extraction, RequestView, Segment, adapter_for
from dlp_proxy.adapters.file_parts import add_labels, label_pairs
from dlp_proxy.adapters.inline_files import stray_files, stray_segments
from dlp_proxy.errors import AdapterError, UploadError
from dlp_proxy.pipeline import closed_world
from dlp_proxy.pipeline.body import BodyError
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.respond import justify
from dlp_proxy.uploads.labels import from_header

# The header Office clients send a document's sensitivity labels in (any tool, any adapter).
LABELS_HEADER = "msip_labels"

# Bodies this large may be documents (a 500-page PDF takes about a second to read): read them
# in a worker thread so the event loop keeps serving other connections, within the detection timeout.
OFFLOAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class Read:
    """A request read: the adapter's extraction (its DLP-OK line removed) and the rest of it."""

    adapter: Adapter
    extraction: Extraction
    rest: closed_world.Residual
    marker: justify.Justification | None = None

    @property
    def segments(self) -> tuple[Segment, ...]:
        """Everything that is scanned: the prompt segments, then every other string."""
        return (*self.extraction.segments, *self.rest.segments)

    @property
    def labels(self) -> list[tuple[str, str]]:
        """(name or id, id) of each sensitivity label of the request's files and its msip_labels header."""
        return label_pairs(self.extraction)


def adapter_of(ctx: RequestContext) -> Adapter:
    return adapter_for(ctx.adapter_name, ctx.request)


async def extract(ctx: RequestContext) -> Read | Failure:
    if ctx.failure is not None:
        return ctx.failure
    if len(ctx.request.body) > ctx.policy.settings.max_body_bytes:
        return Failure("body_too_large")
    adapter = adapter_of(ctx)
    try:
        extraction, rest = await _read(adapter, ctx.request, ctx.policy.settings.detection_timeout_seconds)
    except BodyError as e:  # duplicate or case-folded keys: two parsers may read two prompts
        return Failure(e.reason, refused=True)
    except UploadError as e:  # an uploaded file: unreadable or too large, said precisely
        return Failure(e.reason)
    except AdapterError:
        return Failure("unreadable_body")
    except TimeoutError:  # reading a document took longer than scanning may
        return Failure("detection_timeout")
    extraction, marker = _take_justification(extraction)
    return Read(adapter, extraction, rest, marker)


def _read_now(adapter: Adapter, request: RequestView) -> tuple[Extraction, closed_world.Residual]:
    """The body read as the vendor will (BodyError when ambiguous), the adapter's segments, and
    every other string of the request (closed world)."""
    doc = closed_world.body_document(request)
    extraction = adapter.extract(request)
    if doc is not None:  # a file in a field the adapter does not read is read all the same
        extraction = stray_files(extraction, doc)
    add_labels(extraction, from_header(request.headers.get(LABELS_HEADER, "")))
    rest = closed_world.residual(request, doc, extraction, message=request.method == WEBSOCKET)
    # ... and a field, header or prompt that is itself a file, whatever the body's format
    return stray_segments(extraction, [*extraction.segments, *rest.segments]), rest


async def _read(adapter: Adapter, request: RequestView, timeout: float) -> tuple[Extraction, closed_world.Residual]:
    if len(request.body) < OFFLOAD_BYTES:
        return _read_now(adapter, request)
    return await asyncio.wait_for(asyncio.to_thread(_read_now, adapter, request), timeout)


def _take_justification(extraction: Extraction) -> tuple[Extraction, justify.Justification | None]:
    """The extraction with a DLP-OK line removed from its segment (scanned and forwarded without it)."""
    marker = justify.find([s.text for s in extraction.segments])
    if marker is None:
        return extraction, None
    segments = list(extraction.segments)
    seg = segments[marker.segment]
    segments[marker.segment] = replace(seg, text=justify.strip(seg.text, marker))
    return replace(extraction, segments=segments), marker
