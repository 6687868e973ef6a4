"""Small-cell suppression for published tables (the council report), so that no count of 1 to 4 — a handful of
people in one municipality — can be read or worked out from what is published.

Rules (docs/trends.md explains the choice):
1. Primary suppression: only counts of 5 or more are published (domain.md §4.3). Every cell below 5 is shown as
   "<5" — zero included: a shown 0 next to a small total lets a reader work the small cells out (a municipality
   with 4 signals and four different decisions, the other decisions 0, has four cells of exactly 1).
2. Secondary suppression: a table has linear relations between its cells that a reader knows (a row's cells add
   up to its total; advies + melding + anoniem add up to all signals; …). Each relation is an `Equation`: a list of
   (cell, coefficient) whose weighted sum is 0. From the shown cells and the relations, a reader can bound every
   hidden cell. We do that reasoning ourselves (interval propagation over all relations, repeated until nothing
   changes) with exactly what the reader knows: "<5" is 0–4, "×" is at least 5 (secondary cells are only ever
   chosen among shown cells, which are all 5 or more). If a "<5" cell comes out as exactly one value from 1 to 4,
   the smallest shown cell in one of its relations is hidden as "×", and the check runs again. (A hidden cell
   that can only be 0 gives nobody away.)
3. If a small cell can still be pinned and no cell is left to hide, the table is declared unpublishable (the
   report then withholds it entirely) rather than published with a recoverable cell.

Not covered: a reader who solves all relations jointly as an integer programme can sometimes narrow a "<5" cell
further than interval reasoning does (e.g. to 1–2); exact recovery of a count from 1 to 4 is what this prevents.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

SMALL_MAX: Final = 4  # published counts are SMALL_MAX + 1 or more
SMALL: Final = "<5"
SECONDARY: Final = "×"
INF: Final = float("inf")

# A cell's key (e.g. (row, column)); an equation is a list of (cell, coefficient) whose weighted sum is 0.
type Equation[K: Hashable] = Sequence[tuple[K, int]]


class Unpublishable(Exception):
    """A small cell would be recoverable whatever else is hidden: the table must not be published."""


@dataclass(frozen=True)
class Suppressed[K: Hashable]:
    """The outcome for a table: what to show for each cell ("<5", "×" or the number)."""

    shown: dict[K, str]
    small: frozenset[K]
    secondary: frozenset[K]

    def is_hidden(self, key: K) -> bool:
        return key in self.small or key in self.secondary


def suppress[K: Hashable](values: Mapping[K, int], equations: Iterable[Equation[K]]) -> Suppressed[K]:
    eqs = [list(eq) for eq in equations]
    for eq in eqs:
        total = sum(coef * values[key] for key, coef in eq)
        if total != 0:
            raise ValueError(f"a relation does not hold for the table's own values: {eq!r} sums to {total}")
    small = {k for k, v in values.items() if v <= SMALL_MAX}
    secondary: set[K] = set()
    containing: dict[K, list[int]] = {}
    for i, eq in enumerate(eqs):
        for key, _ in eq:
            containing.setdefault(key, []).append(i)
    while True:
        bounds = reader_bounds(values, small, secondary, eqs)
        pinned = sorted((k for k in small if bounds[k][0] == bounds[k][1] >= 1), key=repr)
        if not pinned:
            break
        choice = _next_to_hide(pinned[0], values, small, secondary, eqs, containing)
        if choice is None:
            raise Unpublishable(f"cell {pinned[0]!r} can be worked out from the table's relations")
        secondary.add(choice)
    shown = {k: SMALL if k in small else SECONDARY if k in secondary else str(v) for k, v in values.items()}
    return Suppressed(shown, frozenset(small), frozenset(secondary))


def _next_to_hide[K: Hashable](
    pinned: K,
    values: Mapping[K, int],
    small: set[K],
    secondary: set[K],
    eqs: list[list[tuple[K, int]]],
    containing: dict[K, list[int]],
) -> K | None:
    """The smallest shown cell in a relation of the pinned cell; else in a relation reached from it through hidden
    cells (hiding there also loosens the bounds that flow into the pinned cell)."""
    seen_eqs: set[int] = set()
    frontier = [pinned]
    seen_keys = {pinned}
    while frontier:
        candidates: list[tuple[int, str, K]] = []
        next_frontier: list[K] = []
        for key in frontier:
            for i in containing.get(key, []):
                if i in seen_eqs:
                    continue
                seen_eqs.add(i)
                for member, _ in eqs[i]:
                    hidden = member in small or member in secondary
                    if not hidden:
                        candidates.append((values[member], repr(member), member))
                    elif hidden and member not in seen_keys:
                        seen_keys.add(member)
                        next_frontier.append(member)
        if candidates:
            return min(candidates)[2]
        frontier = next_frontier
    return None


def reader_bounds[K: Hashable](
    values: Mapping[K, int], small: set[K], secondary: set[K], eqs: list[list[tuple[K, int]]]
) -> dict[K, tuple[float, float]]:
    """What a reader can know of each cell: exact for shown cells, bounds for hidden ones, tightened through the
    relations until nothing changes."""
    bounds: dict[K, tuple[float, float]] = {}
    for key, value in values.items():
        if key in small:
            bounds[key] = (0, SMALL_MAX)
        elif key in secondary:
            bounds[key] = (SMALL_MAX + 1, INF)
        else:
            bounds[key] = (value, value)
    changed = True
    rounds = 0
    while changed and rounds < 1000:  # integer bounds only shrink, so this ends; the cap is a guard
        changed, rounds = False, rounds + 1
        for eq in eqs:
            for index, (key, coef) in enumerate(eq):
                lo, hi = bounds[key]
                if lo == hi:
                    continue
                # coef·x = −Σ others, so x lies within −[Σ others]/coef. Lower bounds are finite (counts are ≥ 0),
                # so a sum of minima is never +∞ and a sum of maxima never −∞: no ∞ − ∞.
                rest_lo = rest_hi = 0.0
                for j, (other, c) in enumerate(eq):
                    if j != index:
                        olo, ohi = bounds[other]
                        rest_lo += min(c * olo, c * ohi)
                        rest_hi += max(c * olo, c * ohi)
                new_lo, new_hi = (-rest_hi / coef, -rest_lo / coef) if coef > 0 else (-rest_lo / coef, -rest_hi / coef)
                tightened = (max(lo, _ceil(new_lo)), min(hi, _floor(new_hi)))
                if tightened != (lo, hi) and tightened[0] <= tightened[1]:
                    bounds[key] = tightened
                    changed = True
    return bounds


def _ceil(x: float) -> float:
    return x if x in (INF, -INF) else float(-(-x // 1))


def _floor(x: float) -> float:
    return x if x in (INF, -INF) else float(x // 1)
