"""The numeric options of every sub-command through the one number boundary
(:mod:`models.boundary`), before any command runs: ``--vat nan``, ``--rate USD=inf``,
``--revenue 1e308``, ``--seed -1`` … give one translated sentence naming the option and its
range (exit status 2), never a crash, ``Infinity`` in JSON or a misleading message further on.

:func:`check_options` is called by :func:`cli.main` on the parsed arguments of any command; an
option a command does not have is simply absent from its namespace.
"""
from __future__ import annotations

import re

from i18n import t
from models.boundary import MAX_AMOUNT, finite_number, parse_number, whole_number
from models.errors import CostModelError

#: option -> (label key, low, high, whole number?)
RANGES: dict[str, tuple[str, float, float, bool]] = {
    "vat": ("boundary.option.vat", 0.0, 100.0, False),
    "revenue": ("boundary.option.revenue", 0.0, MAX_AMOUNT, False),
    "budget": ("boundary.option.budget", 0.0, MAX_AMOUNT, False),
    "overrun": ("boundary.option.overrun", 0.0, 10.0, False),
    "trials": ("boundary.option.trials", 0, 1_000_000, True),
    "seed": ("boundary.option.seed", 0, 2**32 - 1, True),
    "horizon": ("boundary.option.horizon", 1, 15, True),
    "employees": ("boundary.option.count", 1, 1_000_000, True),
    "workstations": ("boundary.option.count", 0, 1_000_000, True),
    "servers": ("boundary.option.count", 0, 1_000_000, True),
    "sites": ("boundary.option.count", 0, 1_000_000, True),
}
#: Euros for one unit of a foreign currency (``--rate CODE=VALUE``).
RATE_RANGE = (1e-6, 1e6)
_CODE = re.compile(r"[A-Za-z]{3}")


def check_options(args) -> str | None:
    """The sentence (in ``args.lang``) of the first option out of range, or None."""
    lang = getattr(args, "lang", None) or "en"
    try:
        for name, (label, low, high, whole) in RANGES.items():
            values = getattr(args, name, None)
            for value in values if isinstance(values, list) else [values]:
                if value is None:
                    continue
                shown = t(label, lang, name=name)
                check = whole_number if whole else finite_number
                check(value, shown, low, high)
        for item in getattr(args, "rate", None) or []:
            code, sep, value = str(item).partition("=")
            if not sep or not _CODE.fullmatch(code.strip()):
                raise CostModelError("boundary.error.rate", value=item)
            parse_number(value, t("boundary.option.rate", lang, code=code.strip().upper()),
                         *RATE_RANGE)
    except CostModelError as err:
        return err.message(lang)
    return None
