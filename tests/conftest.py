"""Shared fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def sample_spend():
    from models.sample_company import generate_sample_spend
    return generate_sample_spend()
