"""Badge codes: what a badge carries for the door to scan or a trainer to type."""

from __future__ import annotations

import secrets

# Badge codes are read off a badge or typed at the door: no 0/O, 1/I/L look-alikes.
BADGE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


BADGE_LENGTH = 6


def random_badge_code() -> str:
    """A code of `BADGE_LENGTH` letters of `BADGE_ALPHABET`, from one draw (base-31 digits)
    rather than one per letter: the same odds, and an import of 10,000 people asks the
    system's random source 10,000 times instead of 60,000."""
    base = len(BADGE_ALPHABET)
    number = secrets.randbelow(base**BADGE_LENGTH)
    letters = []
    for _ in range(BADGE_LENGTH):
        number, digit = divmod(number, base)
        letters.append(BADGE_ALPHABET[digit])
    return "".join(letters)
