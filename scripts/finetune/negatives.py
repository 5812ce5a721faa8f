"""Hard negatives: for each pair, the other positive of its package and language that BM25 ranks highest
for its query. Such a negative shares the query's words but answers something else, which is exactly the
confusion a keyword-heavy code search makes. Identifiers are split (parseHttpHeader -> parse http header)
so that BM25 sees the words inside names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

import bm25s

if TYPE_CHECKING:
    from .mine import Pair

WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text) if len(w) > 1]


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def related(own: Pair, other: Pair) -> bool:
    """A candidate that is no true negative: the same code, one inside the other (a class and its method),
    or code that carries the query's own words (the same doc comment on a sibling)."""
    mine, theirs = _flat(own.positive), _flat(other.positive)
    return (
        mine == theirs
        or other.query == own.query
        or mine in theirs
        or theirs in mine
        or _flat(own.query)[:80] in theirs
    )


def add_negatives(pairs: list[Pair], count: int) -> list[Pair]:
    """The pairs with `count` BM25 negatives each, drawn within the same language (pairs of one package)."""
    if count <= 0:
        return pairs
    groups: dict[str, list[int]] = defaultdict(list)
    for i, pair in enumerate(pairs):
        groups[pair.language].append(i)
    result = list(pairs)
    for members in groups.values():
        if len(members) < 2:
            continue
        corpus = [words(pairs[i].positive) or ["empty"] for i in members]
        index = bm25s.BM25()
        index.index(corpus, show_progress=False)
        queries = [words(pairs[i].query) or ["empty"] for i in members]
        depth = min(len(members), count + 3)
        hits, _ = index.retrieve(queries, k=depth, show_progress=False, n_threads=1)
        for row, i in enumerate(members):
            own = pairs[i]
            chosen: list[str] = []
            for hit in hits[row]:
                other = pairs[members[int(hit)]]
                if related(own, other):
                    continue
                chosen.append(other.positive)
                if len(chosen) == count:
                    break
            result[i] = replace(own, negatives=tuple(chosen))
    return result
