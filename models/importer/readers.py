"""Safe reading of uploaded bytes into raw grids (one per sheet), whatever the file type.

The type is sniffed from the content, never from the extension. Guards run before any parser:
size limit, zip-bomb check on the declared uncompressed sizes, encrypted Office files, images
and PDFs disguised as spreadsheets. Spreadsheets are read with python-calamine (xlsx, xlsm,
xlsb, xls, ods); HTML tables saved as ``.xls`` with pandas/lxml; text files with the csv module
after sniffing the encoding and the separator. Macros are never run (calamine reads values).
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

import models.importer.ledger as ledger
from models.importer.arrowtext import frame_of
from models.importer.errors import SpendImportError

MAX_FILE_BYTES = 25 * 2**20            # spreadsheets (xlsx, xls, ods…) bigger than this are refused
MAX_TEXT_BYTES = 250 * 2**20           # CSV / TXT / FEC text files (a 250-person FEC: SECURITY.md)
MAX_ARCHIVE_BYTES = 50 * 2**20         # a .zip or .gz holding one CSV / FEC
MAX_INFLATED_BYTES = 400 * 2**20       # that member once inflated (checked while inflating)
MAX_UNCOMPRESSED_BYTES = 200 * 2**20   # declared size of all members of an Office archive
MAX_COMPRESSION_RATIO = 100            # declared uncompressed size / file size
MAX_CELLS = 5_000_000                  # cells of one sheet
MAX_TEXT_CELLS = 60_000_000            # cells of a big text file (a million-line FEC has 18M)
FAST_TEXT_BYTES = 2 * 2**20            # text files above this are parsed by pandas' C reader
#: Bytes of shared-string text that the cells of an xlsx expand to (one 1 MB string used by
#: 2,000 cells is 2 GB): measured from the XML before the reader allocates anything.
MAX_SHARED_TEXT = 64 * 2**20
#: Empty rows after which the rest of a sheet is not read (a stray cell at row 1,048,576 under
#: a 300-line ledger); only sheets taller than FAR_SCAN_ROWS are scanned.
MAX_EMPTY_RUN = 10_000
FAR_SCAN_ROWS = 65_536

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
SEPARATORS = (";", "\t", "|", ",")


@dataclass
class RawBook:
    """What a file holds, before any interpretation: sheet name -> grid of cell values."""
    kind: str                                   # xlsx, xlsb, ods, xls, html, csv
    sheets: dict[str, list[list]] = field(default_factory=dict)
    encoding: str | None = None                 # text files only
    separator: str | None = None                # text files only
    archive: bytes | None = None                # zip bytes of xlsx/xlsm (formula check)
    frame: pd.DataFrame | None = None           # a big text file: every row, text cells
    # a big FEC read with its non-spend lines left out (:func:`.ledger.fec_prefilter`): the 0-based
    # file row of each frame row, the rows left out, and the supplier of each frame row
    frame_rows: np.ndarray | None = None
    prefiltered: np.ndarray | None = None
    row_vendors: pd.Series | None = None
    warnings: list[tuple[str, dict]] = field(default_factory=list)   # (i18n key, params)


def _human_mb(n: int) -> str:
    return f"{n / 2**20:.0f}"


def sniff_kind(data: bytes) -> str:
    """Type of the file from its first bytes: zip, gzip, ole, html, image, pdf, text or
    binary."""
    head = data[:2048]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"RIFF")):
        return "image"
    if head.startswith(b"%PDF"):
        return "pdf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head")) or (
            stripped.startswith(b"<") and b"<table" in data[:65536].lower()):
        return "html"
    if stripped.startswith(b"<?xml"):
        return "xml"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


def _check_zip(data: bytes) -> tuple[str, zipfile.ZipFile]:
    """Refuse corrupt archives and zip bombs from the central directory alone (no inflating)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:   # BadZipFile, NotImplementedError (odd versions), OSError, ValueError…
        raise SpendImportError("import.error.corrupt") from None
    declared = sum(max(i.file_size, 0) for i in infos)
    if declared > MAX_UNCOMPRESSED_BYTES or declared > MAX_COMPRESSION_RATIO * max(len(data), 1):
        raise SpendImportError("import.error.zip_bomb", size_mb=_human_mb(declared))
    if _declared_sizes_lie(data, infos):
        raise SpendImportError("import.error.zip_bomb", size_mb=_human_mb(declared))
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:
        return "xlsx", archive
    if "xl/workbook.bin" in names:
        return "xlsb", archive
    if "content.xml" in names and ("mimetype" in names or "META-INF/manifest.xml" in names):
        return "ods", archive
    if "word/document.xml" in names or "ppt/presentation.xml" in names:
        raise SpendImportError("import.error.not_spreadsheet")
    raise SpendImportError("import.error.unsupported")


def _declared_sizes_lie(data: bytes, infos: list) -> bool:
    """Inflate the start of each compressed member (at most 64 KB of input, output capped at its
    declared size + 1): a member that already exceeds its declared size hides a bomb behind a
    false directory. Cheap (a few ms) and memory-bounded; a check of the start only."""
    import struct
    import zlib
    for info in infos:
        if info.compress_type != zipfile.ZIP_DEFLATED or info.compress_size == 0:
            continue
        offset = info.header_offset
        head = data[offset:offset + 30]
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            return False          # let the reader report the damage
        name_len, extra_len = struct.unpack("<HH", head[26:30])
        start = offset + 30 + name_len + extra_len
        chunk = data[start:start + min(info.compress_size, 65536)]
        try:
            out = zlib.decompressobj(-15).decompress(chunk, info.file_size + 1)
        except zlib.error:
            return False
        if len(out) > info.file_size:
            return True
    return False


def _ole_encrypted(data: bytes) -> bool:
    """True for an encrypted Office file (OLE container with an EncryptionInfo stream, or a
    legacy .xls whose workbook stream carries a FILEPASS record)."""
    return ("EncryptionInfo".encode("utf-16-le") in data
            or "EncryptedPackage".encode("utf-16-le") in data)


def _calamine_sheets(data: bytes, kind: str, warnings: list | None = None
                     ) -> dict[str, list[list]]:
    """Every sheet as a grid. A sheet with cells far below its data (more than
    :data:`MAX_EMPTY_RUN` empty rows) is read down to the gap, with a warning in ``warnings``."""
    import python_calamine as pc
    try:
        book = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets: dict[str, list[list]] = {}
        for meta in book.sheets_metadata:
            if str(getattr(meta, "typ", "")).lower().endswith(("chartsheet", "chart")):
                continue
            sheet = book.get_sheet_by_name(meta.name)
            if sheet.height * max(sheet.width, 1) > MAX_CELLS:
                raise SpendImportError("import.error.too_many_cells", cells=f"{MAX_CELLS:,}")
            nrows = None
            if sheet.height > FAR_SCAN_ROWS:
                nrows, far_row = _rows_before_gap(sheet)
                if nrows is not None and warnings is not None:
                    warnings.append(("import.warn.far_cells", {
                        "sheet": meta.name, "row": f"{far_row:,}", "last": f"{nrows:,}"}))
            sheets[meta.name] = sheet.to_python(skip_empty_area=False, nrows=nrows)
        return sheets
    except SpendImportError:
        raise
    except pc.PasswordError:
        raise SpendImportError("import.error.password") from None
    except Exception as exc:   # calamine raises several types for damaged files
        text = str(exc).lower()
        if "password" in text or "encrypt" in text:
            raise SpendImportError("import.error.password") from None
        if "entity" in text or "dtd" in text:
            raise SpendImportError("import.error.xml_entities") from None
        raise SpendImportError("import.error.corrupt") from None
    except BaseException as exc:   # a panic of the Rust reader (pyo3 PanicException)
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        raise SpendImportError("import.error.corrupt") from None


def _rows_before_gap(sheet) -> tuple[int | None, int]:
    """(rows to read, first row after the gap, 1-based) when more than :data:`MAX_EMPTY_RUN`
    empty rows follow the data; (None, 0) when the sheet has no such gap. Stops at the gap:
    the million empty rows after it are never visited."""
    top = sheet.start[0] if sheet.start else 0
    last = -1
    for i, row in enumerate(sheet.iter_rows()):
        if any(c is not None and c != "" for c in row):
            if last >= 0 and i - last > MAX_EMPTY_RUN:
                return top + last + 1, top + i + 1
            last = i
        elif last >= 0 and i - last > MAX_EMPTY_RUN:
            far = sheet.end[0] + 1 if sheet.end else top + i + 1
            return top + last + 1, far
    return None, 0


_SI = re.compile(rb"<(?:\w+:)?si[\s>/]")
_SHARED_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\bt="s"[^>]*>\s*<(?:\w+:)?v>\s*(\d{1,9})')
_PREFIX = re.compile(rb"<(\w+:)?sheetData\b")
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})\d{1,9}"')


def _letters_to_index(letters: bytes) -> int:
    k = 0
    for ch in letters:
        k = k * 26 + (ch - 64)
    return k


def sheet_extent(xml: bytes) -> tuple[int, int]:
    """(rows, columns) the reader would allocate for one worksheet's XML, found with a few scans
    of the bytes and no cell built: rows from the largest row number (or the number of rows),
    columns from the widest cell reference (or the most cells in a row, for cells without a
    reference). One-letter columns count as 26 unless the exact letter matters to the budget."""
    found = _PREFIX.search(xml)
    prefix = (found.group(1) or b"") if found else b""
    start = found.end() if found else 0
    end = xml.rfind(b"</" + prefix + b"sheetData")
    end = len(xml) if end < 0 else end
    numbers = re.findall(b"<" + re.escape(prefix) + rb'row\b[^>]*?\sr="(\d{1,9})"', xml)
    rows = max(max(map(int, numbers), default=0), xml.count(b"<" + prefix + b"row", start, end))
    refs = xml.count(b' r="', start, end) - len(numbers)       # cell references
    cols = max((_letters_to_index(w) for w in set(_WIDE_REF.findall(xml))), default=0)
    if not cols and refs > 0:    # one-letter columns only
        cols = 26
        if rows * 26 > MAX_CELLS:
            cols = next((26 - k for k, letter in enumerate(b"ZYXWVUTSRQPONMLKJIHGFEDCBA")
                         if b' r="' + bytes([letter]) in xml), 0)
    cells = xml.count(b"<" + prefix + b"c", start, end)     # cells (and rich-text colours)
    if cells > refs:                                         # cells without a reference
        cell_tag = re.compile(b"<" + re.escape(prefix) + rb"c[\s>/]")
        cols = max(cols, max((len(cell_tag.findall(chunk))
                              for chunk in xml[start:end].split(b"<" + prefix + b"row")),
                             default=0))
    return rows, cols


def _shared_lengths(archive: zipfile.ZipFile):
    """Bytes of XML of each shared string (an upper bound of its text), or None."""
    import numpy as np
    sst_name = next((n for n in archive.namelist() if n.lower().startswith("xl/sharedstrings")
                     and n.lower().endswith(".xml")), None)
    if sst_name is None:
        return None
    sst = archive.read(sst_name)
    starts = [m.start() for m in _SI.finditer(sst)]
    return np.diff(np.asarray(starts + [len(sst)], dtype=np.int64)) if starts else None


def shared_text_bytes(xml: bytes, lengths) -> int:
    """Bytes of shared-string XML that the cells of one worksheet refer to (the text the reader
    copies into every cell): exact where it matters, an upper bound where it is far below
    :data:`MAX_SHARED_TEXT`."""
    import numpy as np
    if lengths is None or not len(lengths):
        return 0
    refs = xml.count(b't="s"')
    if refs * int(lengths.max()) <= MAX_SHARED_TEXT // 8:
        return refs * int(lengths.max())
    found = _SHARED_CELL.findall(xml)
    idx = np.fromiter(map(int, found), dtype=np.int64, count=len(found))
    return int(lengths[idx[idx < len(lengths)]].sum())


def check_xlsx_budget(archive: zipfile.ZipFile) -> None:
    """Refuse, from the XML alone and before the reader allocates anything, an xlsx whose
    sheets span more than :data:`MAX_CELLS` cells (one cell at XFD1048576 would make the reader
    ask for 512 GB and abort the process) or whose cells repeat more than
    :data:`MAX_SHARED_TEXT` bytes of shared strings."""
    lengths = _shared_lengths(archive)
    text = 0
    for name in archive.namelist():
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        xml = archive.read(name)
        rows, cols = sheet_extent(xml)
        if rows * max(cols, 1) > MAX_CELLS:
            raise SpendImportError("import.error.too_many_cells", cells=f"{MAX_CELLS:,}")
        text += shared_text_bytes(xml, lengths)
        if text > MAX_SHARED_TEXT:
            raise SpendImportError("import.error.too_much_text", size=_human_mb(text),
                                   limit=_human_mb(MAX_SHARED_TEXT))


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text: UTF-16 by BOM, else UTF-8 (with or without BOM), else Windows-1252, Latin-1.

    A file that is not valid UTF-8 but holds UTF-8 accented letters (two exports pasted
    together) is decoded line by line: each line as UTF-8 when it is, else as Windows-1252;
    its encoding is then ``"utf-8+cp1252"``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf")
                                          else "utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data) is not None:
        mixed = _decode_lines(data)
        if mixed is not None:
            return mixed, "utf-8+cp1252"
    for enc in ENCODINGS[1:]:
        try:
            return data.decode(enc), ("utf-8" if enc == "utf-8-sig" and not data.startswith(
                b"\xef\xbb\xbf") else enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1", errors="replace"), "latin-1"   # pragma: no cover


def _decode_lines(data: bytes) -> str | None:
    """Each line as UTF-8 when it is valid UTF-8, else Windows-1252 (Latin-1 for the five
    bytes Windows-1252 leaves undefined); None when no line is UTF-8 with accents (a plain
    Windows-1252 file)."""
    out, utf8_accented = [], False
    for line in data.split(b"\n"):
        try:
            text = line.decode("utf-8")
            utf8_accented = utf8_accented or not line.isascii()
        except UnicodeDecodeError:
            try:
                text = line.decode("cp1252")
            except UnicodeDecodeError:
                text = line.decode("latin-1")
        out.append(text)
    return "\n".join(out).removeprefix("\ufeff") if utf8_accented else None


def sniff_separator(text: str) -> str:
    """The separator that gives the most lines with the same number (> 1) of fields."""
    lines = [ln for ln in text.splitlines()[:200] if ln.strip()]
    best, best_score = ",", -1.0
    for sep in SEPARATORS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=sep)]
        except csv.Error:         # a line longer than the csv module's field limit
            continue
        counts = [c for c in counts if c > 1]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = counts.count(mode) * (1 + 0.01 * mode)
        if score > best_score:
            best, best_score = sep, score
    return best


def _text_sheet(data: bytes) -> RawBook:
    text, encoding = decode_text(data)
    if "\x00" in text[:4096]:
        raise SpendImportError("import.error.unsupported")
    sep = sniff_separator(text)
    if text.count(sep) + text.count("\n") > MAX_CELLS:      # cells, counted before parsing
        raise SpendImportError("import.error.too_many_cells", cells=f"{MAX_CELLS:,}")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    except csv.Error:
        raise SpendImportError("import.error.corrupt") from None
    warnings = [("import.warn.mixed_encoding", {})] if encoding == "utf-8+cp1252" else []
    return RawBook("csv", {"CSV": rows}, encoding=encoding, separator=sep, warnings=warnings)


class _AsText(dict):
    """``converters`` for read_html that keeps every column as text."""

    def get(self, key, default=None):
        return str

    def __contains__(self, key):
        return True


def _html_sheets(data: bytes) -> dict[str, list[list]]:
    text, _ = decode_text(data)
    try:
        tables = pd.read_html(io.StringIO(text), flavor="lxml", header=None,
                              keep_default_na=False, displayed_only=False, thousands=None,
                              converters=_AsText())   # keep cells as text: the parser decides
    except Exception:   # no table, malformed markup
        raise SpendImportError("import.error.unsupported") from None
    sheets = {}
    for k, table in enumerate(tables, start=1):
        rows = table.astype(object).where(table.notna(), "").values.tolist()
        if not isinstance(table.columns, pd.RangeIndex):     # <th> cells became the columns
            head = [" ".join(map(str, c)) if isinstance(c, tuple) else str(c)
                    for c in table.columns]
            rows.insert(0, head)
        sheets[f"Table {k}"] = rows
    return sheets


def upload_limit_bytes() -> int:
    """The largest upload any kind of file may be (the uploader's limit)."""
    return max(MAX_FILE_BYTES, MAX_TEXT_BYTES, MAX_ARCHIVE_BYTES)


def _too_large(size: int, limit: int) -> SpendImportError:
    return SpendImportError("import.error.too_large", size_mb=_human_mb(size),
                            limit_mb=_human_mb(limit))


def read_book(data: bytes, limits: bool = True, fec_prefilter: bool = False) -> RawBook:
    """Every sheet of the file as a grid of Python values (str, float, int, date, datetime, "").

    ``limits``: the upload limits by kind of file (spreadsheets :data:`MAX_FILE_BYTES`, text
    :data:`MAX_TEXT_BYTES`, .zip/.gz :data:`MAX_ARCHIVE_BYTES`); the command line reads files of
    any size (``limits=False``). Bomb guards (declared sizes, ratio, inflate caps) always apply.
    ``fec_prefilter``: a big FEC's supplier, VAT, bank and other non-spend lines are counted and
    left out as it is read (the import maps the FEC columns itself: no mapping of the user's).
    """
    if not data:
        raise SpendImportError("import.error.empty")
    kind = sniff_kind(data)
    if kind == "gzip" or (kind == "zip" and _single_text_member(data)):
        if limits and len(data) > MAX_ARCHIVE_BYTES:
            raise _too_large(len(data), MAX_ARCHIVE_BYTES)
        inner = _gunzip(data) if kind == "gzip" else _unzip_member(data)
        if sniff_kind(inner) in ("zip", "gzip", "ole"):
            raise SpendImportError("import.error.unsupported")   # one level of archive only
        book = read_book(inner, limits=False, fec_prefilter=fec_prefilter)
        book.kind = f"{book.kind}+{kind}"
        return book
    if limits and kind != "text" and len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data), MAX_FILE_BYTES)
    if limits and len(data) > MAX_TEXT_BYTES:
        raise _too_large(len(data), MAX_TEXT_BYTES)
    if kind == "zip":
        sub, archive = _check_zip(data)
        if sub == "xlsx":
            check_xlsx_budget(archive)
        warnings: list[tuple[str, dict]] = []
        sheets = _calamine_sheets(data, sub, warnings)
        return RawBook(sub, sheets, archive=data if sub == "xlsx" else None, warnings=warnings)
    if kind == "ole":
        if _ole_encrypted(data):
            raise SpendImportError("import.error.password")
        warnings = []
        return RawBook("xls", _calamine_sheets(data, "xls", warnings), warnings=warnings)
    if kind == "html":
        return RawBook("html", _html_sheets(data))
    if kind in ("image", "pdf"):
        raise SpendImportError("import.error.not_spreadsheet")
    if kind in ("xml", "binary"):
        raise SpendImportError("import.error.unsupported")
    if not data or data.isspace():      # (isspace stops at the first other byte: no copy)
        raise SpendImportError("import.error.empty")
    if len(data) > FAST_TEXT_BYTES:
        fast = _text_sheet_fast(data, fec_prefilter)
        if fast is not None:
            return fast
    return _text_sheet(data)


# ------------------------------------------------------------------ .zip / .gz of one text file

def _members(archive: zipfile.ZipFile) -> list:
    """The files of an archive, without folders and the resource forks macOS adds."""
    return [i for i in archive.infolist() if not i.is_dir()
            and not i.filename.startswith("__MACOSX/")
            and not i.filename.rsplit("/", 1)[-1].startswith("._")]


def _single_text_member(data: bytes) -> bool:
    """True for a zip that is not an Office document (a .zip of a FEC or CSV); False for
    xlsx/xlsb/ods and for unreadable archives (the Office path reports those)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {i.filename for i in archive.infolist()}
            members = _members(archive)
    except Exception:
        return False
    office = {"xl/workbook.xml", "xl/workbook.bin", "content.xml", "word/document.xml",
              "ppt/presentation.xml"}
    if names & office:
        return False
    if len(members) != 1:
        raise SpendImportError("import.error.zip_members", count=len(members))
    return True


def _inflate(stream, declared: int | None, packed: int) -> bytes:
    """Read an inflating stream in chunks, refusing a bomb as soon as the output passes the cap
    (:data:`MAX_INFLATED_BYTES`), the ratio (:data:`MAX_COMPRESSION_RATIO` × packed size) or
    the size the archive declared."""
    cap = min(MAX_INFLATED_BYTES, MAX_COMPRESSION_RATIO * max(packed, 1))
    if declared is not None:
        if declared > cap:
            raise SpendImportError("import.error.zip_bomb", size_mb=_human_mb(declared))
        cap = min(cap, declared)
    out = bytearray()
    while True:
        chunk = stream.read(2**20)
        if not chunk:
            break
        out += chunk
        if len(out) > cap:
            raise SpendImportError("import.error.zip_bomb", size_mb=_human_mb(len(out)))
    return bytes(out)


def _unzip_member(data: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = _members(archive)[0]
        if _declared_sizes_lie(data, [info]):
            raise SpendImportError("import.error.zip_bomb", size_mb=_human_mb(info.file_size))
        with archive.open(info) as stream:
            return _inflate(stream, info.file_size, info.compress_size)
    except SpendImportError:
        raise
    except RuntimeError:                  # encrypted member
        raise SpendImportError("import.error.password") from None
    except Exception:                     # BadZipFile, zlib errors, CRC mismatch…
        raise SpendImportError("import.error.corrupt") from None


def _gunzip(data: bytes) -> bytes:
    import gzip
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return _inflate(stream, None, len(data))
    except SpendImportError:
        raise
    except Exception:                     # BadGzipFile, EOFError (truncated), zlib errors
        raise SpendImportError("import.error.corrupt") from None


# ------------------------------------------------------------------ big text files

def _pyarrow_frame(data: bytes, sep: str, width: int, codec: str, fec_prefilter: bool = False
                   ) -> tuple[pd.DataFrame, dict] | None:
    """Every row as text cells with pyarrow's CSV reader (multi-threaded, strings kept in Arrow
    memory), and what :func:`.ledger.fec_prefilter` left out (an empty dict when nothing);
    None when a row has another number of fields (title rows, blank lines)."""
    import pyarrow as pa
    import pyarrow.csv as pcsv
    names = [str(k) for k in range(width)]
    try:
        table = pcsv.read_csv(
            pa.BufferReader(data),               # zero-copy: no Python read per block
            read_options=pcsv.ReadOptions(column_names=names,
                                          encoding="utf8" if codec.startswith("utf-8") else codec),
            parse_options=pcsv.ParseOptions(    # no quotes: no line break in a cell, and
                delimiter=sep, quote_char='"', double_quote=True,    # blocks read in parallel
                newlines_in_values=data.find(b'"') >= 0, ignore_empty_lines=False),
            convert_options=pcsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                strings_can_be_null=False,
                                                quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, UnicodeDecodeError, LookupError):
        return None
    extra: dict = {}
    if fec_prefilter:
        table, extra = ledger.fec_prefilter(table)
    frame = frame_of(table.combine_chunks())
    if len(frame) and codec == "utf-8-sig":          # a BOM pyarrow kept in the first cell
        first = frame.iloc[0, 0]
        if isinstance(first, str) and first.startswith("\ufeff"):
            frame.iloc[0, 0] = first[1:]
    return frame, extra


def _utf8_head(data: bytes) -> tuple[str, str] | None:
    """The first 256 KB as text and the encoding when they are UTF-8, else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    head = data[:262144]
    if len(data) > len(head):
        head = head[:head.rfind(b"\n") + 1]         # whole lines: no character cut in two
    try:
        return head.decode("utf-8-sig"), ("utf-8-sig" if head.startswith(b"\xef\xbb\xbf")
                                          else "utf-8")
    except UnicodeDecodeError:
        return None


def _text_sheet_fast(data: bytes, fec_prefilter: bool = False, decoded: bool = False
                     ) -> RawBook | None:
    """A big CSV / FEC read by pyarrow into one frame of text cells, the first rows also as a
    grid (to find the header); None when not a rectangular table (the csv module reads it).
    A file whose first 256 KB are UTF-8 is not decoded in Python (Arrow checks the rest); on
    other bytes further on, the whole file is decoded first (``decoded``, :func:`decode_text`)."""
    quick = None if decoded else _utf8_head(data)
    if quick is None:
        text, encoding = decode_text(data)
        head_text = text[:262144]
    else:
        text, (head_text, encoding) = None, quick
    if "\x00" in head_text[:4096]:
        raise SpendImportError("import.error.unsupported")
    sep = sniff_separator(head_text)
    head_lines = head_text.splitlines(keepends=True)[:200]
    try:
        head = list(csv.reader(io.StringIO("".join(head_lines), newline=""), delimiter=sep))
    except csv.Error:
        return None
    width = max((len(r) for r in head), default=0)
    if width == 0:
        return None
    codec = {"utf-8": "utf-8-sig", "utf-8-sig": "utf-8-sig", "cp1252": "cp1252",
             "latin-1": "latin-1"}.get(encoding)
    if codec is not None:
        source = data
    else:                                 # UTF-16 or a repaired mix: re-encode the text once
        source, codec = text.encode("utf-8"), "utf-8"
    del text
    read = _pyarrow_frame(source, sep, width, codec, fec_prefilter)
    if read is None and quick is not None:        # not UTF-8 further on, or ragged rows
        return _text_sheet_fast(data, fec_prefilter, decoded=True)
    frame, extra = read if read is not None else (None, {})
    if frame is None:       # ragged or blank rows: pandas' C parser (slower to make text)
        try:
            frame = pd.read_csv(io.BytesIO(source), sep=sep, header=None, names=range(width),
                                dtype=str, keep_default_na=False, na_filter=False,
                                skip_blank_lines=False, encoding=codec, engine="c",
                                quotechar='"', doublequote=True)
        except (pd.errors.ParserError, ValueError, UnicodeDecodeError):
            return None
    frame.columns = range(width)
    if len(frame) * width > MAX_TEXT_CELLS:
        raise SpendImportError("import.error.too_many_cells", cells=f"{MAX_TEXT_CELLS:,}")
    return RawBook("csv", {"CSV": head}, encoding=encoding, separator=sep, frame=frame, **extra)


_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
_FORMULA_WITH_VALUE = re.compile(rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f[^>]*/>)\s*<(?:\w+:)?v>[^<]")


def formulas_without_values(archive: bytes) -> bool:
    """True when worksheets hold formula cells most of which have no saved value (a workbook
    written by a program and never opened in Excel). Sizes were checked by the zip guard."""
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        formulas = cached = 0
        for info in z.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                xml = z.read(info)
                formulas += len(_FORMULA.findall(xml))
                cached += len(_FORMULA_WITH_VALUE.findall(xml))
    return formulas > 0 and cached < formulas / 2
