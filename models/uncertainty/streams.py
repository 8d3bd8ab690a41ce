"""Random streams: one seed, one independent stream per named input (docs/uncertainty-engine.md).

A stream is ``Generator(PCG64(SeedSequence(seed, spawn_key=key(name))))`` where ``key(name)``
is four 32-bit words of the BLAKE2b hash of the input's *name*. So an input's draws depend only
on the user-visible seed and its name: adding, removing or re-ordering other inputs, or editing
another scenario, never changes them. Every scenario asks for the same names, so they share the
same random numbers (common random numbers): the difference between two scenarios carries
little Monte Carlo noise. The global numpy state is never used.
"""
from __future__ import annotations

import hashlib

import numpy as np

from models.errors import CostModelError

MAX_SEED = 2 ** 63 - 1
MAX_TRIALS = 1_000_000


def check_seed(seed) -> int:
    if (isinstance(seed, bool) or not isinstance(seed, (int, np.integer))
            or not 0 <= seed <= MAX_SEED):
        raise CostModelError("mc.error.seed", value=seed)
    return int(seed)


def check_trials(n) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 1 <= n <= MAX_TRIALS:
        raise CostModelError("mc.error.trials", value=n, max=MAX_TRIALS)
    return int(n)


def name_key(name: str) -> tuple[int, ...]:
    """Stable spawn key of a stream name (same on every machine and Python run)."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=16).digest()
    return tuple(int.from_bytes(digest[i:i + 4], "little") for i in range(0, 16, 4))


def stream(seed: int, name: str) -> np.random.Generator:
    """The generator of input ``name`` under ``seed`` (a fresh one at each call)."""
    ss = np.random.SeedSequence(check_seed(seed), spawn_key=name_key(name))
    return np.random.Generator(np.random.PCG64(ss))


class Streams:
    """Draws of one simulation, cached by (name, what was asked), so a scenario that asks for
    the same input with the same distribution gets the very same array without redrawing."""

    def __init__(self, seed: int, n_trials: int):
        self.seed = check_seed(seed)
        self.n = check_trials(n_trials)
        self._cache: dict = {}

    def sample(self, name: str, spec, size: int | None = None) -> np.ndarray | float:
        """``size`` draws (default: one per trial) of ``spec`` from stream ``name``. A
        zero-variance spec returns its value as a float (exact deterministic arithmetic)."""
        if spec.var() == 0.0 and size is None:
            return float(spec.mean())
        size = self.n if size is None else int(size)
        key = ("sample", name, spec, size)
        if key not in self._cache:
            self._cache[key] = spec.sample(stream(self.seed, name), size)
        return self._cache[key]

    def cache_get(self, key):
        return self._cache.get(key)

    def cache_put(self, key, value):
        self._cache[key] = value
        return value

    def uniform(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        key = ("uniform", name, shape)
        if key not in self._cache:
            self._cache[key] = stream(self.seed, name).random(shape)
        return self._cache[key]

    def normal(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        key = ("normal", name, shape)
        if key not in self._cache:
            self._cache[key] = stream(self.seed, name).standard_normal(shape)
        return self._cache[key]
