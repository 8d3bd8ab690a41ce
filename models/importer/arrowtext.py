"""Text columns of a big file kept in Arrow memory as long as possible (pandas' own engine):
the few places where a million lines would otherwise become a million Python strings.

- :func:`frame_of`: an Arrow table as a frame of that text;
- :func:`blank_column`: a column of "" only (a field the file does not have);
- :func:`arrow_of`: the Arrow array behind an Arrow-backed text Series (None for others);
- :func:`shared_text`: a text column as Python strings, one object per distinct value;
- :func:`clean_shared_text`: the same through :func:`models.spend.clean_texts`, checked in Arrow;
- :func:`extra_text`: a text column the spend table keeps as pandas keeps text;
- :func:`in_threads`: work shared between threads (Arrow's kernels release the GIL);
- :func:`replace_in_threads`: a regex replacement over a big column in parallel threads;
- :func:`needs_cleaning`: whether a column holds what :func:`models.boundary.clean_text` changes;
- :func:`text_of_few`: an object array of a few distinct strings as pandas' text array;
- :func:`plain_floats`: plain numbers written as text ("1234.56") as floats, in Arrow.

Pure pandas/numpy/pyarrow; every function gives what the plain pandas code gives.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd

#: How a big file's text is held: pandas' text dtype in Arrow memory, NaN for missing.
ARROW_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)


def frame_of(table) -> pd.DataFrame:
    """An Arrow table as a pandas frame whose text columns are :data:`ARROW_TEXT`."""
    import pyarrow as pa
    return table.to_pandas(
        types_mapper={pa.string(): ARROW_TEXT, pa.large_string(): ARROW_TEXT}.get)


def blank_column(values: pd.Series) -> bool:
    """True for a non-empty object column of "" only (a field the file does not have), found
    without a pass over a column of text."""
    if values.dtype != object or not len(values) or values.iloc[0] != "":
        return False
    return bool((values.to_numpy() == "").all())


def arrow_of(values: pd.Series):
    """The pyarrow array of an Arrow-backed text Series, None otherwise."""
    if not isinstance(values.dtype, pd.StringDtype) or values.dtype.storage != "pyarrow":
        return None
    import pyarrow as pa
    return pa.chunked_array(values.array.__arrow_array__())


#: Threads for Arrow work split in parts (Arrow's kernels release the GIL).
THREADS = min(4, os.cpu_count() or 1)


def in_threads(work, items) -> list:
    """``[work(item) for item in items]``, the items shared between :data:`THREADS` threads."""
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(work, items))


def replace_in_threads(values: pd.Series, pattern: str, replacement: str) -> pd.Series | None:
    """``values.str.replace(pattern, replacement, regex=True)`` for an Arrow text column, its
    parts replaced in parallel threads (RE2 runs one text after the other and releases the
    GIL); None for another column."""
    arrow = arrow_of(values)
    if arrow is None:
        return None
    import pyarrow as pa
    import pyarrow.compute as pc
    step = -(-len(arrow) // THREADS) or 1
    done = in_threads(lambda k: pc.replace_substring_regex(
        arrow.slice(k * step, step), pattern, replacement), range(THREADS))
    replaced = pa.chunked_array([c for part in done for c in part.chunks], type=arrow.type)
    return pd.Series(pd.array(replaced, dtype=ARROW_TEXT), index=values.index)


def needs_cleaning(arrow) -> bool:
    """True when a text of an Arrow text column holds what :func:`models.boundary.clean_text`
    changes (Arrow text is valid UTF-8: no lone surrogate), found in the column's UTF-8 bytes
    at once, without a pass per text: a byte below 0x20 (control characters, tabs and line
    breaks), 0x7F, C2 80–C2 9F (U+0080–U+009F), EF BF BE/BF (U+FFFE/U+FFFF); or a text longer
    than :data:`models.boundary.MAX_TEXT` characters."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from models.boundary import MAX_TEXT
    for chunk in arrow.chunks if isinstance(arrow, pa.ChunkedArray) else [arrow]:
        if not len(chunk):
            continue
        _, offsets, data = chunk.buffers()[:3]
        width = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
        offsets = np.frombuffer(offsets, dtype=width)[chunk.offset:chunk.offset + len(chunk) + 1]
        if data is None or offsets[-1] == offsets[0]:
            continue
        text = np.frombuffer(data, dtype=np.uint8)[offsets[0]:offsets[-1]]
        if (text < 0x20).any() or (text == 0x7F).any():
            return True
        c2 = np.flatnonzero(text[:-1] == 0xC2)
        if (text[c2 + 1] < 0xA0).any():
            return True
        ef = np.flatnonzero(text[:-2] == 0xEF)
        if ((text[ef + 1] == 0xBF) & (text[ef + 2] >= 0xBE)).any():
            return True
        if np.diff(offsets).max() > MAX_TEXT and (pc.max(pc.utf8_length(chunk)).as_py()
                                                  or 0) > MAX_TEXT:
            return True
    return False


def clean_shared_text(values: pd.Series, distinct: bool = False) -> pd.Series:
    """:func:`shared_text` of a column cleaned as :func:`models.spend.clean_texts` cleans it;
    an Arrow column with nothing to clean (nearly every file) is checked in Arrow, without a
    Python pass over its strings."""
    from models.spend import clean_texts
    arrow = arrow_of(values)
    if arrow is not None and len(arrow) and not needs_cleaning(arrow):
        if distinct:               # mostly distinct (labels): kept in Arrow, as pandas keeps text
            return pd.Series((values.fillna("") if arrow.null_count else values).array,
                             index=values.index)
        return shared_text(values, distinct)
    return clean_texts(shared_text(values, distinct))


def shared_text(values: pd.Series, distinct: bool = False) -> pd.Series:
    """A text column as Python strings ("" for missing) in an object Series, one object per
    distinct value (a million lines of a few hundred vendors hold a few hundred strings, not a
    million). An Arrow column is encoded in Arrow; one of mostly ``distinct`` values (labels
    with invoice numbers) is converted straight."""
    arrow = arrow_of(values)
    if arrow is not None:
        import pyarrow.compute as pc
        arrow = pc.fill_null(arrow, "")
        if distinct:
            objects = np.asarray(arrow.to_pylist() if len(arrow) else [], dtype=object)
        else:
            coded = pc.dictionary_encode(arrow).combine_chunks()
            uniques = np.asarray(coded.dictionary.to_pylist(), dtype=object)
            objects = uniques[coded.indices.to_numpy(zero_copy_only=False)]
        return pd.Series(objects, index=values.index, dtype=object)
    if blank_column(values):                          # an unmapped column: "" everywhere
        return pd.Series(np.full(len(values), "", dtype=object), index=values.index)
    if isinstance(values.dtype, pd.CategoricalDtype):   # a big FEC's suppliers
        categories = np.append(np.asarray(values.cat.categories, dtype=object), "")
        return pd.Series(categories[values.cat.codes.to_numpy()], index=values.index,
                         dtype=object)                  # code -1 (missing): the last, ""
    codes, uniques = pd.factorize(values.fillna(""))
    objects = np.asarray(uniques, dtype=object)
    return pd.Series(objects[codes] if len(codes) else np.array([], dtype=object),
                     index=values.index, dtype=object)


def text_of_few(values: np.ndarray):
    """An object array of a few distinct strings (a currency code per line) as pandas' text
    array, built in Arrow from its distinct values (pandas would convert every string)."""
    import pyarrow as pa
    codes, uniques = pd.factorize(values)
    distinct = pa.array(np.asarray(uniques, dtype=object), pa.large_string())
    return pd.array(distinct.take(pa.array(codes)), dtype=ARROW_TEXT)


def extra_text(values: pd.Series, blank: list):
    """The cells of a column for the spend table's extra columns (piece, category…), as
    pandas stores text put in a frame ("" for missing): an Arrow column is handed over as it
    is; a column of "" only (a field the file does not have) is built once per import and
    shared (``blank``: a list the caller keeps for that); others as Python strings."""
    arrow = arrow_of(values)
    if arrow is not None:
        return values.fillna("").array if arrow.null_count else values.array
    if blank_column(values):
        if not blank or len(blank[0]) != len(values):
            blank[:] = [pd.array(np.full(len(values), "", dtype=object), dtype=ARROW_TEXT)]
        return blank[0]
    return shared_text(values).to_numpy()


def plain_floats(text: pd.Series) -> pd.Series:
    """Cells already checked to be plain numbers with a dot decimal ("-1234.5") as float64:
    cast in Arrow for an Arrow column, ``pd.to_numeric`` otherwise."""
    arrow = arrow_of(text)
    if arrow is not None:
        import pyarrow as pa
        import pyarrow.compute as pc
        try:
            return pd.Series(pc.cast(arrow, pa.float64()).to_numpy(), index=text.index,
                             dtype="float64")
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            pass
    return pd.to_numeric(text, errors="coerce").astype("float64")
