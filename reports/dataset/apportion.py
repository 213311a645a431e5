"""Integer apportionment: split exact totals into parts that add up, deterministically.

The bundled dataset must reproduce published counts exactly, so every split of a total (a year's
learners over regions, an area's events over programmes) is an integer apportionment that sums
to the total, never a rounding that drifts.
"""

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

import numpy as np


def largest_remainder(total: int, weights: Sequence[float], minimum: int = 0) -> list[int]:
    """Split `total` in proportion to `weights` ; weighted parts get `minimum`."""
    weights = np.asarray(weights, dtype=float)
    if total < 0 or (weights < 0).any():
        raise ValueError("total and weights must be non-negative")
    if total == 0 or weights.sum() == 0:
        if total:
            raise ValueError(f"cannot split {total} over zero weights")
        return [0] * len(weights)
    floor = np.where(weights > 0, minimum, 0)
    rest = total - int(floor.sum())
    if rest < 0:
        raise ValueError(
            f"{total} is less than {minimum} for each of {int((weights > 0).sum())} parts"
        )
    exact = weights / weights.sum() * rest
    parts = np.floor(exact).astype(int)
    short = rest - int(parts.sum())
    order = np.argsort(-(exact - parts), kind="stable")
    parts[order[:short]] += 1
    return (parts + floor).tolist()


def shares_to_counts(total: int, percents: Mapping[str, float]) -> dict[str, int]:
    """Counts whose shares of `total`, rounded like the published percentages, give them back.

    Published percentages are rounded and may not add to 100; the counts always add to `total`.
    The check below makes a silent mismatch impossible.
    """
    keys = list(percents)
    counts = dict(zip(keys, largest_remainder(total, [percents[k] for k in keys]), strict=True))
    for key in keys:
        published = Decimal(str(percents[key]))
        places = Decimal(1).scaleb(published.as_tuple().exponent)
        got = (Decimal(counts[key]) * 100 / total).quantize(places, rounding=ROUND_HALF_UP)
        if got != published:
            raise ValueError(f"{key}: {counts[key]} of {total} is {got}%, not {published}%")
    return counts


def balance(seed: np.ndarray, row_totals: Sequence[int], col_totals: Sequence[int]) -> np.ndarray:
    """An integer table with the given margins, zero where `seed` is zero, shaped like `seed`.

    Iterative proportional fitting gives real cells with the margins; a greedy pass then rounds
    them to integers while keeping both margins exact.
    """
    rows = np.asarray(row_totals, dtype=float)
    cols = np.asarray(col_totals, dtype=float)
    if rows.sum() != cols.sum():
        raise ValueError(f"margins disagree: rows {rows.sum()} vs columns {cols.sum()}")
    table = np.asarray(seed, dtype=float).copy()
    for _ in range(500):
        with np.errstate(invalid="ignore", divide="ignore"):
            table *= np.nan_to_num(rows / table.sum(axis=1))[:, None]
            table *= np.nan_to_num(cols / table.sum(axis=0))[None, :]
        if np.allclose(table.sum(axis=1), rows, atol=1e-6):
            break
    else:
        raise ValueError("no table with these margins fits the allowed cells")
    result = np.floor(table).astype(int)
    fraction = table - result
    row_short = np.asarray(row_totals) - result.sum(axis=1)
    col_short = np.asarray(col_totals) - result.sum(axis=0)
    for flat in np.argsort(-fraction, axis=None, kind="stable"):
        i, j = divmod(int(flat), table.shape[1])
        if row_short[i] > 0 and col_short[j] > 0 and seed[i, j] > 0:
            result[i, j] += 1
            row_short[i] -= 1
            col_short[j] -= 1
    if row_short.any() or col_short.any():
        raise ValueError("could not round the table to integers with exact margins")
    return result
