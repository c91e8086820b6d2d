"""Random values for the SECRET development probes, drawn from one seeded source per probe.

    draw = SecretDraw(2026120701)
    r, tok, aws = draw.r, draw.tok, draw.aws

The same seed gives the same values in the same order on every run; each probe keeps its own
source, so adding a value to one probe never changes another's.
"""

from __future__ import annotations

import base64
import random
import uuid

from secret_dev import B62

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPPER_NUM = UPPER + DIGITS
LOWER = "abcdefghijklmnopqrstuvwxyz"
LOWNUM = LOWER + DIGITS
B64 = B62 + "+/"


class SecretDraw:
    """Seeded value makers: characters of an alphabet, tokens, digits, base64, UUIDs, AWS key ids."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def r(self, alphabet: str, n: int) -> str:
        """n characters drawn from the alphabet."""
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def tok(self, alphabet: str, n: int) -> str:
        """n characters of the alphabet, the last one a letter or digit (as issued tokens end)."""
        return self.r(alphabet, n - 1) + self.r(B62, 1)

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + self.r(DIGITS, n - 1)

    def raw_b64(self, n_bytes: int) -> str:
        """Standard base64 (with padding) of n random bytes."""
        return base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(n_bytes))).decode()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def aws(self, prefix: str = "AKIA") -> str:
        """An access key id: prefix + 16 of [A-Z0-9], at least one of 0, 1, 8, 9 among them."""
        body = list(self.r(UPPER_NUM, 16))
        body[self.rng.randrange(16)] = self.rng.choice("0189")
        return prefix + "".join(body)
