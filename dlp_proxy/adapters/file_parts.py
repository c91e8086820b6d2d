"""What an uploaded file adds to an extraction: its text as a segment (an archive: one segment
per member, its images for OCR), the pictures of a PDF's scanned pages for OCR, and its
sensitivity labels.

`Extraction.labels` lists each label by name (by id when the file gives no name); the ids of
named labels are kept in `extra["label_ids"]` (name -> id) so that a policy may name either.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlp_proxy.adapters.base import Extraction, JsonPath, PendingImage, Segment
from dlp_proxy.uploads import FileText
from dlp_proxy.uploads.labels import MipLabel

LABEL_IDS = "label_ids"


def file_content(path: JsonPath, file: FileText, role: str = "user") -> tuple[list[Segment], list[PendingImage]]:
    """The file's text at `path`; an archive's members at (*path, "member", j) with their names
    at (*path, "member", j, "name"), none maskable (an archive is not rebuilt)."""
    if file.format != "zip":
        return [Segment(path, file.text, role, file.maskable)], _scans(path, file, role)
    segments: list[Segment] = []
    images: list[PendingImage] = []
    for member in file.members:
        at = (*path, "member", member.index)
        segments.append(Segment((*at, "name"), member.name, role, False))
        if member.file is not None:
            segments.append(Segment(at, member.file.text, role, False))
            images.extend(_scans(at, member.file, role))
        elif member.image is not None:
            images.append(PendingImage(at, member.image, role, f"image/{member.image_type}"))
    return segments, images


def _scans(path: JsonPath, file: FileText, role: str) -> list[PendingImage]:
    """The pictures of a PDF's scanned pages, for OCR, at (*path, "page", n, "image", k)."""
    return [
        PendingImage((*path, "page", scan.page, "image", scan.index), scan.data, role, f"image/{scan.kind}")
        for scan in file.scans
    ]


def add_labels(extraction: Extraction, labels: Iterable[MipLabel]) -> None:
    """Each label once in `extraction.labels`, with its id kept for the policy."""
    ids: dict[str, str] = extraction.extra.setdefault(LABEL_IDS, {})
    for label in labels:
        if label.key in extraction.labels:
            continue
        extraction.labels.append(label.key)
        if label.name:
            ids[label.key] = label.id


def label_pairs(extraction: Extraction) -> list[tuple[str, str]]:
    """(name or id, id or "") of each label of the extraction, for the policy."""
    ids: dict[str, str] = extraction.extra.get(LABEL_IDS, {})
    return [(key, ids.get(key, "")) for key in extraction.labels]
