"""Raw trials and the inputs behind them, for audit (issue 5; Guesstimate issue #847).

One row per scenario and trial: the yearly total cost (``cost_y1 …``, EUR, risk losses
included), the yearly risk losses (``risk_y1 …``), the horizon total, the value of every
uncertain input on that trial (``input:<key>``), the loss of every risk event over the
horizon (``event:<key>``) and the unplanned in-house spend above its plan over the horizon
(``volatility:unplanned``; the yearly costs include it). The seed, the number of trials, the
horizon and the package versions travel with the data: as ``# key: value`` lines at the top of
the CSV (read it back with ``pandas.read_csv(..., comment="#")``), as schema metadata in
Parquet (only when ``pyarrow`` is installed). Only numbers and scenario ids are written; an id
starting with a formula character is quoted so a spreadsheet never runs it.
"""
from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd

from models.uncertainty.engine import SimulationResult

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _safe_id(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def parquet_available() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def trials_frame(result: SimulationResult, scenario_ids: list[str] | None = None) -> pd.DataFrame:
    """The raw trials as one wide table (see the module docstring)."""
    ids = list(scenario_ids or result.scenario_ids)
    n, H = result.n_trials, result.horizon
    frames = []
    input_keys = sorted({k for sid in ids for k in result.inputs[sid]})
    event_keys = sorted({k for sid in ids for k in result.event_trials[sid]})
    for sid in ids:
        i = result.index(sid)
        cols = {"scenario": np.full(n, _safe_id(sid), dtype=object),
                "trial": np.arange(1, n + 1)}
        for y in range(H):
            cols[f"cost_y{y + 1}"] = result.total[i][:, y]
        for y in range(H):
            cols[f"risk_y{y + 1}"] = result.risk[i][:, y]
        cols["total"] = result.total[i].sum(axis=1)
        for key in input_keys:
            v = result.inputs[sid].get(key, np.nan)
            cols[f"input:{key}"] = np.broadcast_to(np.asarray(v, dtype="float64"), (n,))
        for key in event_keys:
            cols[f"event:{key}"] = result.event_trials[sid].get(key, np.zeros(n))
        cols["volatility:unplanned"] = result.volatility.get(sid, np.zeros(n))
        frames.append(pd.DataFrame(cols))
    return pd.concat(frames, ignore_index=True)


def write_trials(result: SimulationResult, target=None, fmt: str = "csv",
                 scenario_ids: list[str] | None = None) -> bytes | None:
    """Write the trials to ``target`` (a path or binary file object); without a target, return
    the bytes (for a download button). ``fmt``: ``"csv"`` or ``"parquet"``."""
    frame = trials_frame(result, scenario_ids)
    meta = result.metadata
    if fmt == "parquet":
        if not parquet_available():
            raise ValueError("Parquet export needs pyarrow; use CSV")
        import pyarrow as pa
        import pyarrow.parquet as pq
        table = pa.Table.from_pandas(frame, preserve_index=False)
        table = table.replace_schema_metadata({**(table.schema.metadata or {}),
                                               b"it_sourcing_mc": json.dumps(meta).encode()})
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        data = buffer.getvalue()
    elif fmt == "csv":
        head = "".join(f"# {k}: {v}\n" for k, v in meta.items())
        data = (head + frame.to_csv(index=False, lineterminator="\n")).encode("utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    if target is None:
        return data
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as fh:
            fh.write(data)
    return None


def read_trials_csv(source) -> tuple[pd.DataFrame, dict[str, str]]:
    """(table, metadata) of a CSV written by :func:`write_trials`."""
    text = (source.decode("utf-8") if isinstance(source, bytes)
            else open(source, encoding="utf-8").read())
    meta = {}
    for line in text.splitlines():
        if not line.startswith("# "):
            break
        key, _, value = line[2:].partition(": ")
        meta[key] = value
    return pd.read_csv(io.StringIO(text), comment="#"), meta
