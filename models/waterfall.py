"""What a scenario removes and adds compared with in-house, by cost item, over the horizon."""
from __future__ import annotations

import pandas as pd


def waterfall_steps(projection: pd.DataFrame, scenario_id: str, reference_id: str,
                    min_abs_eur: float = 1.0) -> list[tuple[str, float]]:
    """Signed differences (scenario − reference) per cost item, summed over years and domains.

    ``projection`` is the tidy table of :func:`models.costmodel.project`. Items whose difference
    is below ``min_abs_eur`` in absolute value are left out. Order: what is removed (negative,
    largest first), then what is added (positive, largest first). The steps sum to the
    difference of the two totals.
    """
    by_item = projection.groupby(["scenario", "item"])["amount_eur"].sum()
    scenario = by_item.get(scenario_id, pd.Series(dtype=float))
    reference = by_item.get(reference_id, pd.Series(dtype=float))
    delta = scenario.subtract(reference, fill_value=0.0)
    delta = delta[delta.abs() >= min_abs_eur]
    removed = delta[delta < 0].sort_values()
    added = delta[delta > 0].sort_values(ascending=False)
    return [(item, float(v)) for item, v in pd.concat([removed, added]).items()]
