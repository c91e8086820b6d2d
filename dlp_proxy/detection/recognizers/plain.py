"""The common part of our own recognizers that load nothing: the entities they report and their
context words are class attributes, their name is the class's."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import LocalRecognizer


class PlainRecognizer(LocalRecognizer):
    """A recognizer with its patterns and lists as module constants: nothing to load."""

    name: str  # set by EntityRecognizer.__init__; declared for the type checker
    ENTITIES: ClassVar[tuple[str, ...]]
    CONTEXT: ClassVar[list[str]] = []

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=type(self).__name__,
            context=self.CONTEXT,
        )

    def load(self) -> None:
        """Nothing to load."""
