"""Distributions of uncertain inputs, built from three-point estimates (docs/uncertainty-engine.md).

Every spec is a small frozen dataclass with analytic ``mean()``, ``var()``, the ``low`` and
``high`` the user typed, and ``sample(rng, n)`` returning ``n`` float64 draws from an explicit
:class:`numpy.random.Generator` (never the global numpy state). Specs are hashable, so draws can
be cached and shared across scenarios (common random numbers).

Conventions (the PERT of `palisade-pert` and the two-percentile lognormal of `riskquant`, both
entries of docs/sources.md):

* **PERT** (modified/Vose, the @RISK convention) on ``[a, b]`` with mode ``m`` and shape λ
  (4 by default): ``α = 1 + λ(m − a)/(b − a)``, ``β = 1 + λ(b − m)/(b − a)``,
  ``mean = (a + λm + b)/(λ + 2)``, ``var = (mean − a)(b − mean)/(λ + 3)``. ``a`` and ``b`` are
  hard bounds.
* **Triangular** on ``[a, b]`` with mode ``m``: ``mean = (a + m + b)/3``,
  ``var = (a² + b² + m² − ab − am − bm)/18``; sampled by its closed-form inverse CDF.
* **Uniform** on ``[a, b]``: ``mean = (a + b)/2``, ``var = (b − a)²/12``.
* **Lognormal from two percentiles**: the user says which ones (P10/P90 or P5/P95; any pair is
  accepted). ``σ = (ln high − ln low)/(z_high − z_low)``, ``μ = ln low − σ·z_low`` with
  ``z = Φ⁻¹(p)``. The bounds are *not* hard limits: 10 % (or 5 %) of draws fall beyond each.
  ``mean = exp(μ + σ²/2)``; a wide ratio high/low can push the mean above the stated high
  (riskquant issue #11): :meth:`LogNormal.warnings` says so.
* **Fixed**: a constant (zero variance); ``sample`` returns the value itself.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from functools import cached_property
from statistics import NormalDist

import numpy as np

from models.errors import CostModelError

_PHI = NormalDist()

#: Percentile pairs offered in the UI for a lognormal, keyed by their name.
PERCENTILE_PAIRS: dict[str, tuple[float, float]] = {"p10_p90": (0.10, 0.90),
                                                    "p5_p95": (0.05, 0.95)}

KINDS: tuple[str, ...] = ("pert", "triangular", "uniform", "lognormal", "fixed")


def _finite(name: str, *values: float) -> None:
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise CostModelError("mc.error.not_finite", name=name, value=v)


def _ordered(name: str, low: float, mode: float, high: float) -> None:
    _finite(name, low, mode, high)
    if not low <= mode <= high:
        raise CostModelError("mc.error.order", name=name, low=low, mode=mode, high=high)


@dataclass(frozen=True)
class Fixed:
    """A known value: no uncertainty."""
    value: float
    kind = "fixed"

    @property
    def low(self) -> float:
        return self.value

    @property
    def high(self) -> float:
        return self.value

    def mean(self) -> float:
        return float(self.value)

    def var(self) -> float:
        return 0.0

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return np.full(n, float(self.value))

    def warnings(self) -> list[tuple[str, dict]]:
        return []


@dataclass(frozen=True)
class Pert:
    """Modified PERT on ``[low, high]`` with mode ``mode`` and shape ``lam`` (λ, default 4)."""
    low: float
    mode: float
    high: float
    lam: float = 4.0
    kind = "pert"

    def __post_init__(self):
        _ordered("PERT", self.low, self.mode, self.high)
        _finite("λ", self.lam)
        if self.lam <= 0:
            raise CostModelError("mc.error.lambda", value=self.lam)

    @property
    def alpha_beta(self) -> tuple[float, float]:
        width = self.high - self.low
        if width == 0:
            return 1.0, 1.0
        return (1.0 + self.lam * (self.mode - self.low) / width,
                1.0 + self.lam * (self.high - self.mode) / width)

    def mean(self) -> float:
        return (self.low + self.lam * self.mode + self.high) / (self.lam + 2.0)

    def var(self) -> float:
        m = self.mean()
        return (m - self.low) * (self.high - m) / (self.lam + 3.0)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        if self.high == self.low:
            return np.full(n, float(self.low))
        a, b = self.alpha_beta
        x = rng.beta(a, b, size=n)
        x *= self.high - self.low
        x += self.low
        return x

    def warnings(self) -> list[tuple[str, dict]]:
        return []


@dataclass(frozen=True)
class Triangular:
    """Triangular on ``[low, high]`` with mode ``mode`` (inverse-CDF sampling)."""
    low: float
    mode: float
    high: float
    kind = "triangular"

    def __post_init__(self):
        _ordered("triangular", self.low, self.mode, self.high)

    def mean(self) -> float:
        return (self.low + self.mode + self.high) / 3.0

    def var(self) -> float:
        a, m, b = self.low, self.mode, self.high
        return (a * a + b * b + m * m - a * b - a * m - b * m) / 18.0

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        a, m, b = self.low, self.mode, self.high
        if b == a:
            return np.full(n, float(a))
        u = rng.random(n)
        c = (m - a) / (b - a)
        left = u < c
        out = np.empty(n)
        out[left] = a + np.sqrt(u[left] * (b - a) * (m - a))
        out[~left] = b - np.sqrt((1.0 - u[~left]) * (b - a) * (b - m))
        return out

    def warnings(self) -> list[tuple[str, dict]]:
        return []


@dataclass(frozen=True)
class Uniform:
    """Uniform on ``[low, high]``."""
    low: float
    high: float
    kind = "uniform"

    def __post_init__(self):
        _ordered("uniform", self.low, self.low, self.high)

    @property
    def mode(self) -> float:
        return (self.low + self.high) / 2.0

    def mean(self) -> float:
        return (self.low + self.high) / 2.0

    def var(self) -> float:
        return (self.high - self.low) ** 2 / 12.0

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        u = rng.random(n)
        u *= self.high - self.low
        u += self.low
        return u

    def warnings(self) -> list[tuple[str, dict]]:
        return []


@dataclass(frozen=True)
class LogNormal:
    """Lognormal whose ``p_low`` and ``p_high`` percentiles are ``low`` and ``high`` (> 0)."""
    low: float
    high: float
    p_low: float = 0.10
    p_high: float = 0.90
    kind = "lognormal"

    def __post_init__(self):
        _finite("lognormal", self.low, self.high, self.p_low, self.p_high)
        if not 0.0 < self.low < self.high:
            raise CostModelError("mc.error.lognormal_bounds", low=self.low, high=self.high)
        if not 0.0 < self.p_low < self.p_high < 1.0:
            raise CostModelError("mc.error.percentiles", low=self.p_low, high=self.p_high)

    @cached_property
    def sigma(self) -> float:
        z_l, z_h = _PHI.inv_cdf(self.p_low), _PHI.inv_cdf(self.p_high)
        return (math.log(self.high) - math.log(self.low)) / (z_h - z_l)

    @cached_property
    def mu(self) -> float:
        return math.log(self.low) - self.sigma * _PHI.inv_cdf(self.p_low)

    @property
    def mode(self) -> float:
        """The median (the "most likely" a user would quote for a skewed amount)."""
        return math.exp(self.mu)

    def mean(self) -> float:
        return math.exp(self.mu + self.sigma ** 2 / 2.0)

    def var(self) -> float:
        s2 = self.sigma ** 2
        return (math.exp(s2) - 1.0) * math.exp(2.0 * self.mu + s2)

    def quantile(self, p: float) -> float:
        return math.exp(self.mu + self.sigma * _PHI.inv_cdf(p))

    def cdf(self, x: float) -> float:
        return _PHI.cdf((math.log(x) - self.mu) / self.sigma)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        z = rng.standard_normal(n)
        z *= self.sigma
        z += self.mu
        return np.exp(z, out=z)

    def warnings(self) -> list[tuple[str, dict]]:
        """``("mc.warn.lognormal_mean_above_high", params)`` when the mean exceeds ``high``."""
        mean = self.mean()
        if mean > self.high:
            return [("mc.warn.lognormal_mean_above_high",
                     {"ratio": round(self.high / self.low, 1), "mean": mean, "high": self.high})]
        return []


Spec = Fixed | Pert | Triangular | Uniform | LogNormal


def three_point(kind: str, low: float, mode: float, high: float, *, lam: float = 4.0,
                percentiles: str | tuple[float, float] = "p10_p90") -> Spec:
    """A spec from a "low / most likely / high" entry.

    ``kind`` is one of :data:`KINDS`. For ``lognormal`` the mode is not used (the median is the
    geometric mean of the two percentiles) and ``percentiles`` names the pair the bounds are
    (``"p10_p90"``, ``"p5_p95"`` or an explicit tuple). ``fixed`` uses ``mode``.
    """
    if kind == "fixed":
        _finite("fixed", mode)
        return Fixed(float(mode))
    if kind == "pert":
        return Pert(float(low), float(mode), float(high), float(lam))
    if kind == "triangular":
        return Triangular(float(low), float(mode), float(high))
    if kind == "uniform":
        return Uniform(float(low), float(high))
    if kind == "lognormal":
        pair = PERCENTILE_PAIRS.get(percentiles) if isinstance(percentiles, str) else percentiles
        if pair is None:
            raise CostModelError("mc.error.percentiles", low=percentiles, high="")
        return LogNormal(float(low), float(high), float(pair[0]), float(pair[1]))
    raise CostModelError("mc.error.kind", value=kind)


def scaled(spec: Spec, factor: float) -> Spec:
    """The same distribution multiplied by ``factor`` (> 0): used for relative inputs."""
    if factor == 1.0:
        return spec
    if factor <= 0:
        raise CostModelError("mc.error.not_finite", name="factor", value=factor)
    if isinstance(spec, Fixed):
        return Fixed(spec.value * factor)
    if isinstance(spec, Pert):
        return Pert(spec.low * factor, spec.mode * factor, spec.high * factor, spec.lam)
    if isinstance(spec, Triangular):
        return Triangular(spec.low * factor, spec.mode * factor, spec.high * factor)
    if isinstance(spec, Uniform):
        return Uniform(spec.low * factor, spec.high * factor)
    return LogNormal(spec.low * factor, spec.high * factor, spec.p_low, spec.p_high)


def spec_to_dict(spec: Spec) -> dict:
    return {"kind": spec.kind, **asdict(spec)}


def spec_from_dict(data: dict) -> Spec:
    """Inverse of :func:`spec_to_dict`; raises :class:`CostModelError` on bad input."""
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        raise CostModelError("mc.error.kind", value=str(data)[:60])
    kind = data["kind"]
    cls = {"fixed": Fixed, "pert": Pert, "triangular": Triangular, "uniform": Uniform,
           "lognormal": LogNormal}[kind]
    args = {k: v for k, v in data.items() if k != "kind"}
    try:
        return cls(**args)
    except TypeError:
        raise CostModelError("mc.error.kind", value=str(data)[:60]) from None
