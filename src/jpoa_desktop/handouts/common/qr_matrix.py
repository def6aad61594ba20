"""A small QR encoder for the codes we print most: alphanumeric text, versions 1 to 10.

segno makes any QR code, but it spends ~6 ms on each, most of it placing and masking modules
one by one; 500 certificates would take three seconds for their codes alone. Here everything
that depends only on the version (the function patterns, the order the data modules are filled
in, the mask) is worked out once and cached, so a code is its Reed-Solomon bytes and one pass
over a list of positions. Other text (lower case, Cyrillic, longer) goes to segno as before.

The layout follows ISO/IEC 18004 (the same steps as Project Nayuki's reference encoder); the
tests compare every version against segno, module by module, and decode the result with zxing.
"""

from __future__ import annotations

from functools import cache

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {c: n for n, c in enumerate(ALPHANUMERIC)}
MAX_VERSION = 10
# Per version (index 1..10): error-correction codewords per block, and number of blocks.
_ECC_PER_BLOCK = {"L": (0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18),
                  "M": (0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26)}  # fmt: skip
_BLOCKS = {"L": (0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4), "M": (0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5)}
_FORMAT_LEVEL = {"L": 1, "M": 0}
Matrix = list[list[bool]]
_SHIFTS = (7, 6, 5, 4, 3, 2, 1, 0)

# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


def _multiply(x: int, y: int) -> int:
    return 0 if x == 0 or y == 0 else _EXP[_LOG[x] + _LOG[y]]


@cache
def _divisor(degree: int) -> tuple[int, ...]:
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _multiply(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _multiply(root, 2)
    return tuple(result)


@cache
def _products(degree: int) -> tuple[int, ...]:
    """For each byte value f, the divisor times f as one integer of `degree` bytes: the long
    division below is then one shift and one XOR per data byte."""
    divisor = _divisor(degree)
    return tuple(
        int.from_bytes(bytes(_multiply(d, factor) for d in divisor), "big") for factor in range(256)
    )


def _remainder(data: list[int], degree: int) -> list[int]:
    products = _products(degree)
    top = (degree - 1) * 8
    mask = (1 << top) - 1
    result = 0
    for byte in data:
        factor = byte ^ (result >> top)
        result = ((result & mask) << 8) ^ products[factor]
    return list(result.to_bytes(degree, "big"))


def _size(version: int) -> int:
    return version * 4 + 17


def _raw_modules(version: int) -> int:
    result = (16 * version + 128) * version + 64
    if version >= 2:
        aligns = version // 7 + 2
        result -= (25 * aligns - 10) * aligns - 55
        if version >= 7:
            result -= 36
    return result


def data_capacity(version: int, level: str) -> int:
    """Data codewords of `version` at `level`."""
    return _raw_modules(version) // 8 - _ECC_PER_BLOCK[level][version] * _BLOCKS[level][version]


def _alignment_positions(version: int) -> list[int]:
    if version == 1:
        return []
    aligns = version // 7 + 2
    step = (version * 8 + aligns * 3 + 5) // (aligns * 4 - 4) * 2
    positions = [_size(version) - 7 - i * step for i in range(aligns - 1)] + [6]
    return sorted(positions)


@cache
def _template(
    version: int,
) -> tuple[tuple[tuple[bool, ...], ...], tuple[tuple[int, int], ...], tuple[bool, ...]]:
    """The function patterns (finders, timing, alignment, version info, dark module), the
    data modules' positions in filling order, and which of them mask 0 flips."""
    size = _size(version)
    dark = [[False] * size for _ in range(size)]
    taken = [[False] * size for _ in range(size)]

    def put(x: int, y: int, value: bool) -> None:
        dark[y][x] = value
        taken[y][x] = True

    for i in range(size):
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    distance = max(abs(dx), abs(dy))
                    put(x, y, distance not in (2, 4))
    aligns = _alignment_positions(version)
    last = len(aligns) - 1
    for i, cy in enumerate(aligns):
        for j, cx in enumerate(aligns):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue  # under a finder pattern
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    put(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)
    for i in range(9):  # the format areas: reserved here, written per code
        for x, y in ((8, i), (i, 8)):
            taken[y][x] = True
    for i in range(8):
        taken[8][size - 1 - i] = True
        taken[size - 1 - i][8] = True
    put(8, size - 8, True)
    if version >= 7:
        remainder = version
        for _ in range(12):
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25)
        bits = version << 12 | remainder
        for i in range(18):
            bit = (bits >> i) & 1 == 1
            a, b = size - 11 + i % 3, i // 3
            put(a, b, bit)
            put(b, a, bit)
    order: list[tuple[int, int]] = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vertical in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vertical if upward else vertical
                if not taken[y][x]:
                    order.append((x, y))
        right -= 2
    flipped = tuple((x + y) % 2 == 0 for x, y in order)
    return tuple(tuple(row) for row in dark), tuple(order), flipped


def _format_bits(level: str, mask: int) -> list[tuple[int, bool]]:
    data = _FORMAT_LEVEL[level] << 3 | mask
    remainder = data
    for _ in range(10):
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
    bits = (data << 10 | remainder) ^ 0x5412
    return [(i, (bits >> i) & 1 == 1) for i in range(15)]


def _bit_length(text: str, version: int) -> int:
    count_bits = 9 if version <= 9 else 11
    return 4 + count_bits + 11 * (len(text) // 2) + 6 * (len(text) % 2)


def _codewords(text: str, version: int, level: str) -> list[int]:
    """The data codewords of `text` in alphanumeric mode, terminated and padded."""
    value, length = 0b0010, 4

    def add(number: int, bits: int) -> None:
        nonlocal value, length
        value = value << bits | number
        length += bits

    add(len(text), 9 if version <= 9 else 11)
    for n in range(0, len(text) - 1, 2):
        add(_VALUE[text[n]] * 45 + _VALUE[text[n + 1]], 11)
    if len(text) % 2:
        add(_VALUE[text[-1]], 6)
    capacity = data_capacity(version, level)
    add(0, min(4, capacity * 8 - length))  # the terminator, as much of it as fits
    add(0, -length % 8)
    codewords = list(value.to_bytes(length // 8, "big"))
    codewords += [0xEC, 0x11] * ((capacity - len(codewords)) // 2 + 1)
    return codewords[:capacity]


def _with_error_correction(data: list[int], version: int, level: str) -> list[int]:
    blocks_count = _BLOCKS[level][version]
    ecc = _ECC_PER_BLOCK[level][version]
    raw = _raw_modules(version) // 8
    short_blocks = blocks_count - raw % blocks_count
    short_length = raw // blocks_count
    blocks = []
    at = 0
    for i in range(blocks_count):
        length = short_length - ecc + (0 if i < short_blocks else 1)
        block = data[at : at + length]
        at += length
        correction = _remainder(block, ecc)
        if i < short_blocks:
            block.append(0)
        blocks.append(block + correction)
    result = []
    for i in range(len(blocks[0])):
        for j, block in enumerate(blocks):
            if i != short_length - ecc or j >= short_blocks:
                result.append(block[i])
    return result


def qr_matrix(text: str) -> Matrix | None:
    """The modules (True = dark) of the smallest QR code holding `text` with mask pattern 0, at
    level M when it fits that version, else L; None when `text` is not alphanumeric or needs a
    version above 10. The smallest version has the largest modules: what a poor scan reads."""
    if not text or any(c not in _VALUE for c in text):
        return None
    for version in range(1, MAX_VERSION + 1):
        if _bit_length(text, version) <= data_capacity(version, "L") * 8:
            break
    else:
        return None
    level = "M" if _bit_length(text, version) <= data_capacity(version, "M") * 8 else "L"
    codewords = _with_error_correction(_codewords(text, version, level), version, level)
    dark, order, flipped = _template(version)
    matrix = [list(row) for row in dark]
    bits = [(byte >> shift) & 1 == 1 for byte in codewords for shift in _SHIFTS]
    bits += [False] * (len(order) - len(bits))  # the remainder bits
    for (x, y), bit, flip in zip(order, bits, flipped, strict=True):
        matrix[y][x] = bit != flip  # mask 0 flips every other module
    size = _size(version)
    for i, bit in _format_bits(level, 0):
        if i < 6:
            matrix[i][8] = bit
        elif i < 8:
            matrix[i + 1][8] = bit
        elif i == 8:
            matrix[8][7] = bit
        else:
            matrix[8][14 - i] = bit
        if i < 8:
            matrix[8][size - 1 - i] = bit
        else:
            matrix[size - 15 + i][8] = bit
    return matrix
