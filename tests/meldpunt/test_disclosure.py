"""Small-cell suppression: no count from 1 to 4 is ever shown, and none can be worked out from what is shown."""

from __future__ import annotations

import itertools
import random

import pytest

from meldpunt.disclosure import SECONDARY, SMALL, Unpublishable, reader_bounds, suppress


def row(*names: str, total: str = "T") -> list[tuple[str, int]]:
    return [*((n, 1) for n in names), (total, -1)]


def test_small_cells_are_shown_as_less_than_five_and_five_is_shown() -> None:
    values = {"a": 3, "b": 5, "c": 2, "T": 10}
    result = suppress(values, [row("a", "b", "c")])
    assert result.shown == {"a": SMALL, "b": "5", "c": SMALL, "T": "10"}


def test_zero_is_shown_and_never_hidden() -> None:
    values = {"a": 0, "b": 7, "T": 7}
    assert suppress(values, [row("a", "b")]).shown == {"a": "0", "b": "7", "T": "7"}


def test_a_single_small_cell_in_a_row_with_its_total_gets_a_second_cell_hidden() -> None:
    values = {"a": 3, "b": 9, "c": 6, "T": 18}
    result = suppress(values, [row("a", "b", "c")])
    assert result.shown["a"] == SMALL
    assert result.shown["c"] == SECONDARY  # the smallest cell of 5 or more
    assert result.shown["b"] == "9" and result.shown["T"] == "18"


def test_a_total_just_above_the_hidden_cells_is_hidden_too() -> None:
    # 1 + 5 = 6: hiding the 5 alone leaves 6 − (≥5) ≤ 1, so the 1 could still be read off.
    result = suppress({"a": 1, "b": 5, "T": 6}, [row("a", "b")])
    assert result.shown == {"a": SMALL, "b": SECONDARY, "T": SECONDARY}


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


def test_a_table_whose_small_cells_add_up_to_a_known_small_total_is_refused() -> None:
    # Four cells of 1 under a total of "<5": each can only be 1.
    values = {"a": 1, "b": 1, "c": 1, "d": 1, "T": 4}
    with pytest.raises(Unpublishable):
        suppress(values, [row("a", "b", "c", "d")])


def test_relations_must_hold() -> None:
    with pytest.raises(ValueError, match="does not hold"):
        suppress({"a": 1, "T": 2}, [row("a")])


def _brute_force_solutions(values: dict[str, int], shown: dict[str, str], eqs: list[list[tuple[str, int]]],
                           cap: int) -> dict[str, set[int]]:  # fmt: skip
    """Every value a hidden cell can take, given what is shown (small: 1–4, ×: 5–cap), by trying them all."""
    hidden = [k for k, v in shown.items() if v in (SMALL, SECONDARY)]
    ranges = [range(1, 5) if shown[k] == SMALL else range(5, cap + 1) for k in hidden]
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
    """Random rows of up to four cells: every small cell keeps more than one possible value (checked by trying
    every assignment a reader could make)."""
    rng = random.Random(seed)
    names = [f"m{i}" for i in range(rng.randint(2, 4))]
    values = {n: rng.choice((0, 1, 2, 3, 4, 5, 6, 7, 9)) for n in names}
    values["T"] = sum(values.values())
    eqs = [row(*names)]
    try:
        result = suppress(values, eqs)
    except Unpublishable:
        return
    for name, value in values.items():
        if 1 <= value <= 4:
            assert result.shown[name] == SMALL
        elif name not in result.secondary:
            assert result.shown[name] == str(value)
    possible = _brute_force_solutions(values, result.shown, eqs, cap=values["T"] + 5)
    for name in result.small:
        assert len(possible[name]) > 1, (values, result.shown, name, possible[name])
