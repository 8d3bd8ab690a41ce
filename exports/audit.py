"""Audit files: the scenario file plus what is needed to reproduce the numbers."""
from __future__ import annotations

import json
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

PACKAGES = ("streamlit", "pandas", "numpy", "plotly", "openpyxl", "python-calamine", "python-pptx")


def package_versions() -> dict[str, str]:
    """Installed versions of the packages the numbers depend on."""
    out = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def audit_json(scenario_file_text: str, *, source: str, seed: int | None = None,
               trials: int | None = None, governance: dict | None = None,
               created: datetime | None = None, company: str | None = None,
               currency: str = "EUR", eur_rate: float | None = None) -> bytes:
    """One JSON object: the scenario file (inputs), the data source name and company, the
    currency of the amounts (the data's; the scenarios' prices and the market defaults are
    euros, converted at ``eur_rate`` euros for one unit when the data is in another currency),
    the Monte Carlo seed and trial count, the governance answers, the package versions and the
    time of export."""
    payload = {
        "schema": "it-sourcing-audit", "version": 1,
        "created": (created or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "data_source": source, "company": company,
        "currency": {"data": currency, "eur_rate": eur_rate, "market_defaults": "EUR"},
        "scenario_file": json.loads(scenario_file_text),
        "monte_carlo": {"seed": seed, "trials": trials},
        "governance": governance,
        "packages": package_versions(),
        "platform": sys.platform,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
