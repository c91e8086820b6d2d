"""Stage 1b, read images: the text of every image of the request (uploads, multipart parts,
archive members, inline API images), read by OCR in the detection workers, becomes a segment
that cannot be masked (an image cannot be rewritten), judged like typed text.

`settings.images` (per tool too) decides first: `ocr` reads them, `block` refuses any image,
`allow` lets them pass unread. An image that cannot be read (damaged, too large, no tesseract,
over the time budget) is a `Failure` for the fail mode; an image without text adds an empty
segment, so nothing is found and it passes."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Final

from dlp_proxy.adapters import PendingImage, Segment
from dlp_proxy.detection.ocr import OCR_TIMEOUT, OcrError, read_text
from dlp_proxy.errors import DetectorError
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.extract import Read
from dlp_proxy.uploads.images import ImageError, check_image
from dlp_proxy.uploads.limits import DEFAULT_LIMITS, Limits

# OCR as the stages call it: (image bytes, time budget in seconds) -> its text, off the event loop.
AsyncOcr = Callable[[bytes, float], Awaitable[str]]

# The last element of the path of an image's OCR text (the image's own path before it), so that
# data found in it is named as being in an image (pipeline.decide: image_not_maskable).
OCR_MARK: Final = "#ocr"
# Extraction.extra key: how many images of the request were read by OCR (the record's images_read).
IMAGES_READ: Final = "images_read"
IMAGE_REFUSED: Final = "image_refused"
TOO_MANY_IMAGES: Final = "too_many_images"


async def in_thread(data: bytes, timeout: float) -> str:
    """OCR in a thread of this process, for callers without detection workers (policy tools)."""
    return await asyncio.to_thread(read_text, data, timeout=timeout)


def is_image_text(segment: Segment) -> bool:
    return segment.path[-1:] == (OCR_MARK,)


def images_read(read: Read | Failure) -> int | None:
    """How many images were read; None when the request carried none (the record leaves it out)."""
    if isinstance(read, Failure) or not read.extraction.images:
        return None
    count: int = read.extraction.extra.get(IMAGES_READ, 0)
    return count


async def read_images(
    ctx: RequestContext, read: Read | Failure, ocr: AsyncOcr | None, limits: Limits = DEFAULT_LIMITS
) -> Read | Failure:
    """The read with one non-maskable segment per image (its OCR text), or why not (the failure
    names the endpoint that was read, for the record)."""
    if isinstance(read, Failure) or not read.extraction.images:
        return read
    out = await _with_images(ctx, read, ocr, limits)
    return replace(out, endpoint=read.extraction.endpoint) if isinstance(out, Failure) else out


async def _with_images(ctx: RequestContext, read: Read, ocr: AsyncOcr | None, limits: Limits) -> Read | Failure:
    images = read.extraction.images
    setting = ctx.policy.images(ctx.tool)
    if setting == "allow":  # passes unread: the organisation chose this for the tool
        return read
    if setting == "block":  # the policy's own answer, whatever the fail mode says
        return Failure(IMAGE_REFUSED, refused=True)
    if len(images) > limits.max_images:
        return Failure(TOO_MANY_IMAGES)
    try:
        for image in images:  # headers only: a bomb is refused before any decoding
            check_image(image.data, limits)
    except ImageError as e:
        return Failure(e.reason)
    texts = await _read_all(images, ocr or in_thread, ctx.policy.settings.ocr_timeout_seconds)
    if isinstance(texts, Failure):
        return texts
    segments = [Segment((*image.path, OCR_MARK), text, image.role, maskable=False) for image, text in texts]
    extraction = replace(
        read.extraction,
        segments=[*read.extraction.segments, *segments],
        extra={**read.extraction.extra, IMAGES_READ: len(segments)},
    )
    return replace(read, extraction=extraction)


async def _read_all(
    images: Sequence[PendingImage], ocr: AsyncOcr, budget: float
) -> list[tuple[PendingImage, str]] | Failure:
    """Every image read at once (each worker takes one), all within `budget` seconds together;
    the first failure, in the images' order, when any could not be read."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget

    async def one(image: PendingImage) -> str:
        left = deadline - loop.time()
        if left <= 0:
            raise OcrError(OCR_TIMEOUT)
        return await ocr(image.data, left)

    results = await asyncio.gather(*(one(image) for image in images), return_exceptions=True)
    out: list[tuple[PendingImage, str]] = []
    for image, result in zip(images, results, strict=True):
        if isinstance(result, OcrError):
            return Failure(result.reason)
        if isinstance(result, TimeoutError):
            return Failure(OCR_TIMEOUT)
        if isinstance(result, DetectorError):  # a worker crashed
            return Failure("detection_error")
        if isinstance(result, BaseException):
            raise result
        out.append((image, result))
    return out
