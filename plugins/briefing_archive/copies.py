"""Find reprints: articles that carry the same story under different junk.

A wire story reprinted by an aggregator differs from the original in small
ways: another headline line, other header and footer lines (when the cleaner
misses some), "U.S." spelled "US", curly quotes, a trimmed last paragraph.
Hashing the whole body misses all of that. Here each text becomes a set of
word 5-shingles (within paragraphs); a one-permutation MinHash signature and
LSH banding propose candidate pairs in near-linear time, and each candidate
is confirmed on the exact shingle sets: the smaller text must be mostly (70%)
inside the larger, and not less than a third of its size.

Everything is deterministic: words are hashed with BLAKE2b and shingles mixed
with fixed constants, never with Python's per-process ``hash``.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

SHINGLE_WORDS = 5  # fixed by the five multipliers in _MIX
BINS = 63  # MinHash signature length (one permutation, split into bins)
ROWS = 3  # bins per LSH band: 21 bands. A pair at Jaccard 0.5 is proposed with p=0.94,
#           unrelated text sharing boilerplate (Jaccard 0.1) with p=0.02 (two rows: 0.27)
MAX_CHARS = 400_000  # enough text to tell a copy; bounds the work on huge files
MIN_SHINGLES = 30  # about 35 words: shorter texts are too short to call copies
CONTAINMENT = 0.7  # share of the smaller text's shingles found in the larger
SIZE_RATIO = 1 / 3  # a reprint may be trimmed, but not to a third
CROWD = 32  # a bucket with more members than this is checked against a few hubs
HUBS = 4

_JOINERS = re.compile(r"(?<=\w)[.'’‘`´](?=\w)")  # "U.S." -> "US", "Xi's" -> "Xis"
_WORD = re.compile(r"\w+")
_EMPTY = -1
_MASK = (1 << 64) - 1
_MIX = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD)


def shingles(paragraphs: Sequence[str], ids: dict[str, int] | None = None) -> frozenset[int]:
    """64-bit hashes of the text's word 5-shingles (case, punctuation and spacing ignored).

    Shingles stay inside a paragraph, so a junk line left between two
    paragraphs ("Advertisement", "Also read: ...") adds nothing or little.
    ``ids`` caches word hashes; share one between texts to hash each word once.
    """
    ids = {} if ids is None else ids
    found: set[int] = set()
    budget = MAX_CHARS
    for paragraph in paragraphs:
        if budget <= 0:
            break
        text, budget = paragraph[:budget].casefold(), budget - len(paragraph)
        words = [ids.get(w) or ids.setdefault(w, _word_hash(w)) for w in _WORD.findall(_JOINERS.sub("", text))]
        # Each position has its own odd multiplier, so "a b c d e" and "e d c b a" differ.
        found.update(
            (a * _MIX[0] ^ b * _MIX[1] ^ c * _MIX[2] ^ d * _MIX[3] ^ e * _MIX[4]) & _MASK
            for a, b, c, d, e in zip(words, words[1:], words[2:], words[3:], words[4:])
        )
    return frozenset(found)


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big") | 1


def signature(hashes: frozenset[int]) -> bytes:
    """One-permutation MinHash: the least hash in each of BINS bins, empty bins densified.

    An empty bin borrows the value of the next non-empty bin to its right
    (circularly) tagged with the distance, so short texts still fill every band
    the same way for every text ("rotation" densification). Packed as BINS
    records of 9 bytes (value, distance): a 10,000-article archive keeps its
    signatures in 6 MB, where tuples of ints took 80 MB.
    """
    mins = [_EMPTY] * BINS
    for value in hashes:
        slot, rest = value % BINS, value // BINS
        if mins[slot] == _EMPTY or rest < mins[slot]:
            mins[slot] = rest
    if all(m == _EMPTY for m in mins):
        return b""
    out = bytearray()
    for slot in range(BINS):
        distance = 0
        while mins[(slot + distance) % BINS] == _EMPTY:
            distance += 1
        out += mins[(slot + distance) % BINS].to_bytes(8, "big") + bytes((distance,))
    return bytes(out)


@dataclass(frozen=True)
class Fingerprint:
    """What copy detection keeps of one text between rebuilds, compactly.

    The shingle set packed as 8-byte integers (a Python set of them costs
    about eight times more) and its MinHash signature cut into LSH bands.
    """

    packed: bytes
    bands: tuple[bytes, ...]

    @classmethod
    def of(cls, paragraphs: Sequence[str]) -> Fingerprint:
        hashes = shingles(paragraphs)
        return cls(array("Q", sorted(hashes)).tobytes(), band_keys(signature(hashes)))

    def __len__(self) -> int:
        return len(self.packed) // 8

    def hashes(self) -> frozenset[int]:
        return frozenset(array("Q", self.packed))


def band_keys(sig: bytes) -> tuple[bytes, ...]:
    """The signature's LSH bands (ROWS bins each): two texts sharing any band are compared."""
    return tuple(sig[band * 9 : (band + ROWS) * 9] for band in range(0, BINS, ROWS))


def _is_copy(a: frozenset[int], b: frozenset[int]) -> bool:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_SHINGLES or len(small) < SIZE_RATIO * len(large):
        return False
    return len(small & large) >= CONTAINMENT * len(small)


def copy_pairs(texts: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of texts (each a list of paragraphs) that are copies of each other."""
    words: dict[str, int] = {}
    return copy_pairs_of_sets([shingles(t, words) for t in texts])


def copy_pairs_of_sets(sets: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """``copy_pairs`` for texts already shingled."""
    return _pairs(sets, None)


def copy_pairs_of_fingerprints(prints: Sequence[Fingerprint]) -> list[tuple[int, int]]:
    """``copy_pairs`` for fingerprinted texts (the pipeline keeps one per article across rebuilds).

    Shingle sets are unpacked only for the texts LSH proposes, so a rebuild
    costs the banding, not a MinHash of every text.
    """
    unpacked: dict[int, frozenset[int]] = {}

    class _Lazy:
        def __len__(self) -> int:
            return len(prints)

        def __getitem__(self, i: int) -> frozenset[int]:
            if i not in unpacked:
                unpacked[i] = prints[i].hashes()
            return unpacked[i]

    return _pairs(_Lazy(), [p.bands for p in prints], [len(p) for p in prints])


def _pairs(sets, bands, sizes=None) -> list[tuple[int, int]]:
    candidates, hub_links = candidate_pairs(sets, bands, sizes)
    pairs = {(i, j) for i, j in candidates if _is_copy(sets[i], sets[j])}
    for linked in hub_links:
        pairs.update(combinations(sorted(linked), 2))
    return sorted(pairs)


def candidate_pairs(
    sets: Sequence[frozenset[int]], bands: Sequence[tuple[bytes, ...]] | None = None,
    sizes: Sequence[int] | None = None,
) -> tuple[set[tuple[int, int]], list[list[int]]]:
    """(pairs to check exactly, groups already confirmed against a common hub).

    Texts land in LSH buckets by bands of their MinHash signature; only texts
    sharing a bucket are compared, so the work grows with the number of texts,
    not with the number of pairs. ``bands[i]`` and ``sizes[i]``, when given,
    are ``band_keys(signature(sets[i]))`` and ``len(sets[i])`` computed earlier
    (stored band keys keep their hashes: a rebuild's banding is dictionary
    look-ups only).
    """
    tables: list[dict[bytes, list[int]]] = [{} for _ in range(0, BINS, ROWS)]
    for index in range(len(sets)):
        if (sizes[index] if sizes is not None else len(sets[index])) < MIN_SHINGLES:
            continue
        keys = bands[index] if bands is not None else band_keys(signature(sets[index]))
        for table, key in zip(tables, keys):
            table.setdefault(key, []).append(index)

    candidates: set[tuple[int, int]] = set()
    hub_links: list[list[int]] = []  # members confirmed against the same hub
    for members in (m for table in tables for m in table.values()):
        if len(members) < 2:
            continue
        if len(members) <= CROWD:
            candidates.update(combinations(members, 2))
            continue
        # A crowd (the same wire story in many outlets): check each member against a
        # few hubs, and call members that match the same hub copies of each other.
        for hub in members[:HUBS]:
            linked = [hub] + [m for m in members if m != hub and _is_copy(sets[hub], sets[m])]
            if len(linked) > 1:
                hub_links.append(linked)
    return candidates, hub_links
