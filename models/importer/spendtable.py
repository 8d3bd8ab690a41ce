"""Step 5 of the import pipeline (:mod:`.pipeline`): the kept lines as the spend table, each
classified (:mod:`.classify`) with its texts cleaned; a big file's labels folded ahead, in a
thread, while the lines are parsed. Pure pandas/numpy (pyarrow, pandas' own engine)."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import pandas as pd

from models.importer.arrowtext import arrow_of, clean_shared_text, extra_text, text_of_few
from models.importer.classify import classify_frame, fold_labels, nature_from_column
from models.importer.ledger import fec_vendors
from models.spend import coerce_spend_table

#: Lines from which the labels' digit folding runs beside the parsing
#: (:func:`.pipeline.import_book`).
FOLD_AHEAD_LINES = 100_000


def fold_labels_ahead(m) -> Future | None:
    """A big file's labels folded (:func:`.classify.fold_labels`, Arrow's regex engine without
    the GIL) in a thread while the lines are parsed: 0.1–0.2 s off a million-line FEC."""
    label = m.col_text("label")
    if "label" not in m.mapping or len(label) < FOLD_AHEAD_LINES or arrow_of(label) is None:
        return None
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(fold_labels, label)
    finally:
        pool.shutdown(wait=False)


def classify_lines(lines, m) -> pd.DataFrame:
    # lines: pipeline.Lines, m: pipeline.Mapped (not imported here: no import cycle)
    """The kept lines as a normalised spend table (:data:`models.spend.SPEND_COLUMNS` +
    :data:`.pipeline.EXTRA_COLUMNS`), each with its domain, nature, capex flag, rule and
    confidence."""
    keep = lines.reason.isna()
    every = bool(keep.all())        # a big FEC once its non-spend lines were left out

    def kept(values: pd.Series) -> pd.Series:
        return values if every else values[keep]

    idx = m.source_rows[keep.to_numpy()]
    vendor = m.col_text("vendor")
    if m.fec:
        vendor = fec_vendors(m.body, m.columns, m.text, lines.account, m.row_vendors)
    category = m.col_text("category")
    nature_col = None
    if "category" in m.mapping:
        nat = nature_from_column(kept(category))
        if nat.notna().mean() > 0.8:
            nature_col, category = nat, pd.Series("", index=m.body.index, dtype=object)
    department, cost_centre = m.col_text("department"), m.col_text("cost_centre")
    label = kept(m.col_text("label"))
    folded = None if m.folded_label is None else kept(m.folded_label.result())
    cls = classify_frame(kept(vendor), label, kept(lines.account), kept(lines.account_label),
                         kept(category), kept(department), kept(cost_centre), folded)
    if nature_col is not None:
        cls["nature"] = nature_col.fillna(cls["nature"])
    spend = pd.DataFrame({          # texts cleaned here, checked in Arrow (a big file)
        "date": kept(lines.date).astype("datetime64[ns]"), "amount": kept(lines.amount).round(2),
        "vendor": clean_shared_text(kept(vendor)),
        "label": clean_shared_text(label, distinct=True),
        "account": clean_shared_text(kept(lines.account)),
        "account_label": clean_shared_text(kept(lines.account_label)),
        # classify_frame's texts: cleaned, one object per distinct value
        "domain": cls["domain"], "nature": cls["nature"],
        "capex": cls["capex"].astype(bool),
        "source_row": np.asarray(idx, dtype="int64"),
        "rule": cls["rule"], "confidence": cls["confidence"]})
    spend = coerce_spend_table(spend, texts_clean=True)
    spend["currency"] = text_of_few(lines.line_currency[keep.to_numpy()])
    spend["amount_original"] = kept(lines.amount_original).round(2).to_numpy()
    blank: list = []
    for column, values in (("piece", m.col_text("piece")), ("category", m.col_text("category")),
                           ("department", department), ("cost_centre", cost_centre)):
        spend[column] = extra_text(kept(values), blank)
    return spend
