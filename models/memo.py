"""Remembering the result of a pure function of a spend table, by the table's identity.

A page run asks for several analyses of the same table (the answer, three assumption sets, two
governance presets), and every analysis used to find the one-off lines and build the baseline
again from the same lines. Spend tables are never changed in place (every change makes a new
``Dataset``), so a table object always means the same lines: :func:`by_table` keeps the last
results per table object, holding the table only weakly (a table dropped by its session leaves
nothing behind). The other arguments are part of the key (``repr`` for lists and dataclasses).
"""
from __future__ import annotations

import functools
import threading
import weakref
from collections import OrderedDict


def by_table(maxsize: int = 16, copy=None):
    """Decorator: memoise ``fn(table, *args)`` by ``id(table)`` (checked through a weak
    reference) and ``repr(args)``. ``copy``: applied to a remembered result before it is
    returned (e.g. ``dict`` for a dict the caller might change)."""
    def wrap(fn):
        memo: OrderedDict = OrderedDict()
        lock = threading.Lock()

        @functools.wraps(fn)
        def cached(table, *args):
            key = (id(table), repr(args))
            with lock:
                hit = memo.get(key)
                if hit is not None and hit[0]() is table:
                    memo.move_to_end(key)
                    return copy(hit[1]) if copy else hit[1]
            result = fn(table, *args)
            try:
                ref = weakref.ref(table)
            except TypeError:               # not weak-referenceable (None): not remembered
                return result
            with lock:
                memo[key] = (ref, result)
                while len(memo) > maxsize:
                    memo.popitem(last=False)
            return copy(result) if copy else result
        cached.uncached = fn
        return cached
    return wrap
