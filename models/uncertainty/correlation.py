"""Rank correlation between uncertain inputs (Iman-Conover 1982), marginals kept exactly.

Commercial Monte Carlo tools take Spearman rank correlations and induce them this way. Steps,
for ``k`` inputs and ``n`` trials:

1. target Spearman ``ρ_s`` → Pearson of normal scores ``ρ = 2·sin(π·ρ_s/6)`` (without it the
   achieved rank correlation falls short: normal scores with a Pearson 0.300 have a Spearman
   of ``6/π·asin(0.150)`` ≈ 0.288);
2. the matrix is repaired when it is not positive semi-definite (typed by hand): eigenvalues
   clipped, unit diagonal restored, a few alternating projections (Higham, plain numpy);
3. scores: one column of standard normals per input, from the stream ``corr:<name>`` (so they
   depend on the seed and the input's name only); their sample correlation ``E`` is removed and
   the target imposed: ``T = S · (Q⁻¹)ᵀ · Pᵀ`` with ``E = QQᵀ``, ``C = PPᵀ`` (Cholesky);
4. each input's draws are re-ordered to the ranks of its column of ``T``:
   ``value[j] = sort(draws)[rank_j]``. Only the order changes: every marginal is kept exactly.

The re-ordering depends on the ranks of ``T`` only, not on the draws, so a scenario with its own
distribution for an input gets the same trial order and the other scenarios are unchanged.
"""
from __future__ import annotations

import math

import numpy as np

from models.errors import CostModelError
from models.uncertainty.streams import Streams


def correlation_matrix(names: list[str], pairs: dict[tuple[str, str], float]) -> np.ndarray:
    """Spearman matrix of ``names`` from ``{(a, b): ρ}`` (others 0)."""
    index = {n: i for i, n in enumerate(names)}
    c = np.eye(len(names))
    for (a, b), rho in pairs.items():
        if a not in index or b not in index or a == b:
            raise CostModelError("mc.error.correlation_pair", a=a, b=b)
        if isinstance(rho, bool) or not isinstance(rho, (int, float)) or not math.isfinite(rho) \
                or not -1.0 <= rho <= 1.0:
            raise CostModelError("mc.error.correlation_value", a=a, b=b, value=rho)
        c[index[a], index[b]] = c[index[b], index[a]] = float(rho)
    return c


def nearest_correlation(c: np.ndarray, iterations: int = 50, floor: float = 1e-6) -> np.ndarray:
    """A positive-definite correlation matrix close to ``c`` (``c`` itself when it already is)."""
    c = (c + c.T) / 2.0
    if np.linalg.eigvalsh(c).min() > floor:
        return c
    y = c.copy()
    correction = np.zeros_like(c)
    for _ in range(iterations):
        r = y - correction
        w, v = np.linalg.eigh(r)
        x = (v * np.maximum(w, floor)) @ v.T
        correction = x - r
        y = x.copy()
        np.fill_diagonal(y, 1.0)
        if np.linalg.eigvalsh(y).min() > 0:
            break
    w, v = np.linalg.eigh(y)
    y = (v * np.maximum(w, floor)) @ v.T
    d = np.sqrt(np.diag(y))
    return y / np.outer(d, d)


def target_ranks(streams: Streams, names: list[str], spearman: np.ndarray) -> np.ndarray:
    """``(k, n)`` rank of each trial for each input, inducing the Spearman matrix."""
    pearson = 2.0 * np.sin(np.pi * np.asarray(spearman, dtype="float64") / 6.0)
    np.fill_diagonal(pearson, 1.0)
    target = nearest_correlation(pearson)
    scores = np.stack([streams.normal(f"corr:{name}", (streams.n,)) for name in names], axis=1)
    scores = scores - scores.mean(axis=0)
    q = np.linalg.cholesky(nearest_correlation(np.corrcoef(scores, rowvar=False)))
    p = np.linalg.cholesky(target)
    t = scores @ np.linalg.inv(q).T @ p.T
    ranks = np.empty((len(names), streams.n), dtype=np.int64)
    for i in range(len(names)):
        ranks[i, np.argsort(t[:, i], kind="stable")] = np.arange(streams.n)
    return ranks


def reorder(draws: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """The draws re-ordered so that trial ``j`` gets the value of rank ``ranks[j]``."""
    return np.sort(draws)[ranks]


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman rank correlation of two samples (ties broken by position)."""
    rx = np.empty(x.size)
    ry = np.empty(y.size)
    rx[np.argsort(x, kind="stable")] = np.arange(x.size)
    ry[np.argsort(y, kind="stable")] = np.arange(y.size)
    return float(np.corrcoef(rx, ry)[0, 1])
