"""Small-cell suppression: only counts of 5 or more are shown, and no count from 1 to 4 can be worked out from
what is shown."""

from __future__ import annotations

import itertools
import random

import pytest

from meldpunt.disclosure import SECONDARY, SMALL, reader_bounds, suppress


def row(*names: str, total: str = "T") -> list[tuple[str, int]]:
    return [*((n, 1) for n in names), (total, -1)]


def test_small_cells_are_shown_as_less_than_five_and_five_is_shown() -> None:
    values = {"a": 3, "b": 5, "c": 2, "T": 10}
    result = suppress(values, [row("a", "b", "c")])
    assert result.shown == {"a": SMALL, "b": "5", "c": SMALL, "T": "10"}


def test_zero_is_shown_as_less_than_five_and_may_be_worked_out() -> None:
    # a = 7 − 7 = 0 can be read off, but a zero gives nobody away: nothing more is hidden for it.
    values = {"a": 0, "b": 7, "T": 7}
    assert suppress(values, [row("a", "b")]).shown == {"a": SMALL, "b": "7", "T": "7"}


def test_a_single_small_cell_in_a_row_with_its_total_gets_a_second_cell_hidden() -> None:
    values = {"a": 3, "b": 9, "c": 6, "T": 18}
    result = suppress(values, [row("a", "b", "c")])
    assert result.shown["a"] == SMALL
    assert result.shown["c"] == SECONDARY  # the smallest cell of 5 or more
    assert result.shown["b"] == "9" and result.shown["T"] == "18"


def test_two_small_cells_that_could_only_be_four_each_take_a_third_cell_with_them() -> None:
    # 4 + 4 + 5 = 13: with the 5 shown, the two hidden cells add up to 8, so each must be 4.
    result = suppress({"a": 4, "b": 4, "c": 5, "T": 13}, [row("a", "b", "c")])
    assert result.shown == {"a": SMALL, "b": SMALL, "c": SECONDARY, "T": "13"}


def test_relations_across_rows_and_columns_are_followed() -> None:
    # A 2×2 table with row and column totals: one small cell needs four hidden cells (a rectangle).
    values = {("r1", "c1"): 2, ("r1", "c2"): 8, ("r2", "c1"): 6, ("r2", "c2"): 9,
              ("r1", "T"): 10, ("r2", "T"): 15, ("T", "c1"): 8, ("T", "c2"): 17, ("T", "T"): 25}  # fmt: skip
    eqs = [
        [(("r1", "c1"), 1), (("r1", "c2"), 1), (("r1", "T"), -1)],
        [(("r2", "c1"), 1), (("r2", "c2"), 1), (("r2", "T"), -1)],
        [(("T", "c1"), 1), (("T", "c2"), 1), (("T", "T"), -1)],
        [(("r1", "c1"), 1), (("r2", "c1"), 1), (("T", "c1"), -1)],
        [(("r1", "c2"), 1), (("r2", "c2"), 1), (("T", "c2"), -1)],
        [(("r1", "T"), 1), (("r2", "T"), 1), (("T", "T"), -1)],
    ]
    result = suppress(values, eqs)
    bounds = reader_bounds(values, set(result.small), set(result.secondary), [list(e) for e in eqs])
    assert result.shown[("r1", "c1")] == SMALL
    assert bounds[("r1", "c1")][0] < bounds[("r1", "c1")][1]
    assert len(result.secondary) >= 2


def test_relations_must_hold() -> None:
    with pytest.raises(ValueError, match="does not hold"):
        suppress({"a": 1, "T": 2}, [row("a")])


def _brute_force_solutions(values: dict[str, int], shown: dict[str, str], eqs: list[list[tuple[str, int]]],
                           cap: int) -> dict[str, set[int]]:  # fmt: skip
    """Every value a hidden cell can take, given what is shown ("<5": 0–4, ×: 5–cap), by trying them all."""
    hidden = [k for k, v in shown.items() if v in (SMALL, SECONDARY)]
    ranges = [range(0, 5) if shown[k] == SMALL else range(5, cap + 1) for k in hidden]
    possible: dict[str, set[int]] = {k: set() for k in hidden}
    for combo in itertools.product(*ranges):
        trial = {
            **{k: int(v) for k, v in shown.items() if v not in (SMALL, SECONDARY)},
            **dict(zip(hidden, combo, strict=True)),
        }
        if all(sum(c * trial[k] for k, c in eq) == 0 for eq in eqs):
            for k, v in zip(hidden, combo, strict=True):
                possible[k].add(v)
    return possible


@pytest.mark.parametrize("seed", range(40))
def test_no_small_cell_can_be_recovered_from_a_row_and_its_total(seed: int) -> None:
    """Random rows of up to four cells: every count from 1 to 4 keeps more than one possible value (checked by
    trying every assignment a reader could make)."""
    rng = random.Random(seed)
    names = [f"m{i}" for i in range(rng.randint(2, 4))]
    values = {n: rng.choice((0, 1, 2, 3, 4, 5, 6, 7, 9)) for n in names}
    values["T"] = sum(values.values())
    eqs = [row(*names)]
    result = suppress(values, eqs)
    for name, value in values.items():
        if value <= 4:
            assert result.shown[name] == SMALL
        elif name not in result.secondary:
            assert result.shown[name] == str(value)
    possible = _brute_force_solutions(values, result.shown, eqs, cap=values["T"] + 5)
    for name in result.small:
        if values[name] >= 1:
            assert len(possible[name]) > 1, (values, result.shown, name, possible[name])
