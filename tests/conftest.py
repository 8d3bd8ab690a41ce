"""Shared fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def sample_spend():
    from models.sample_company import generate_sample_spend
    return generate_sample_spend()


def rendered(markdown: str) -> str:
    """A Markdown body as it reads on screen: the backslash escapes of ``ui.frame.md_text``
    removed (pages escape every user or file text they put into Markdown)."""
    import re
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~$:])", r"\1", markdown)


def decode_plotly(obj):
    """Turn Plotly's base64 typed arrays ({"dtype", "bdata"[, "shape"]}) back into lists."""
    import base64

    import numpy as np
    if isinstance(obj, dict):
        if "bdata" in obj and "dtype" in obj:
            arr = np.frombuffer(base64.b64decode(obj["bdata"]), dtype=np.dtype(obj["dtype"]))
            if "shape" in obj:
                shape = obj["shape"]
                arr = arr.reshape([int(n) for n in str(shape).split(",")] if isinstance(shape, str)
                                  else shape)
            return arr.tolist()
        return {k: decode_plotly(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [decode_plotly(v) for v in obj]
    return obj


def chart_figures(at):
    """The Plotly figures an AppTest run rendered, as Figure objects with plain-list data."""
    import json

    import plotly.graph_objects as go
    return [go.Figure(decode_plotly(json.loads(node.proto.spec)))
            for node in at.get("plotly_chart")]


def lean_scenarios():
    """The default scenarios where outsourcing lets people go: partial dismisses the sample
    company's technician, full dismisses both IT staff (so outsourcing saves staff cost, as a
    user would decide on the Scenarios page)."""
    from dataclasses import replace

    from models.scenarios import default_scenarios
    from models.staff import StaffDecision
    inhouse, partial, full = default_scenarios()
    tech, manager = "Technicien support", "Responsable informatique"
    partial = replace(partial, staff=(StaffDecision(tech, "dismiss"),))
    full = replace(full, staff=(StaffDecision(manager, "dismiss"), StaffDecision(tech, "dismiss")))
    return [inhouse, partial, full]
