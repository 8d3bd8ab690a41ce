"""Uncertainty and risk engine (issue 5, docs/uncertainty-engine.md): budget predictability and
risk in euros.

Pure numpy/pandas. Public API:

* distributions: :class:`Pert`, :class:`Triangular`, :class:`Uniform`, :class:`LogNormal`,
  :class:`Fixed`, :func:`three_point`;
* sampling: :class:`Streams` (one ``SeedSequence`` from the user's seed, one stream per input
  name, common random numbers across scenarios); rank correlations between inputs
  (``simulate(..., correlations=...)``, :mod:`.correlation`);
* risk: :class:`RiskEvent` (compound Poisson), :class:`RiskConfig`, :class:`SlaTerms`,
  :data:`EVENT_KEYS`;
* engine: :func:`simulate` → :class:`SimulationResult` (trials ``scenario × trial × year``),
  :class:`UncertainInput`, :func:`default_uncertain_inputs`;
* statistics: :func:`scenario_statistics`, :func:`describe`, :func:`exceedance` and the tables
  the charts take (:func:`yearly_table`, :func:`eal_table`, :func:`sla_table`,
  :func:`predictability_table`);
* sensitivity: :func:`tornado_oat`, :func:`tornado_from_samples`;
* export: :func:`trials_frame`, :func:`write_trials`.
"""
from models.uncertainty.catalogue import EVENT_KEYS, DowntimeCost, RiskConfig
from models.uncertainty.distributions import (
                                              Fixed,
                                              LogNormal,
                                              Pert,
                                              Triangular,
                                              Uniform,
                                              three_point,
)
from models.uncertainty.engine import (
                                              DEFAULT_SEED,
                                              DEFAULT_TRIALS,
                                              SimulationResult,
                                              UncertainInput,
                                              default_uncertain_inputs,
                                              simulate,
)
from models.uncertainty.risk_events import RiskEvent
from models.uncertainty.sla import SlaTerms
from models.uncertainty.statistics import (
                                              describe,
                                              eal_table,
                                              exceedance,
                                              predictability_table,
                                              scenario_statistics,
                                              sla_table,
                                              yearly_table,
)
from models.uncertainty.streams import Streams

__all__ = [
    "EVENT_KEYS", "DowntimeCost", "RiskConfig", "Fixed", "LogNormal", "Pert", "Triangular",
    "Uniform", "three_point", "DEFAULT_SEED", "DEFAULT_TRIALS", "SimulationResult",
    "UncertainInput", "default_uncertain_inputs", "simulate", "RiskEvent", "SlaTerms",
    "describe", "eal_table", "exceedance", "predictability_table", "scenario_statistics",
    "sla_table", "yearly_table", "Streams",
]
