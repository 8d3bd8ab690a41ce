"""Issue 13: big and zipped files. A FEC or CSV inside a .zip or .gz (one member, bomb guards),
upload limits by kind of file (none on the command line), and the fast reader of big text files
giving exactly what the csv module gives."""
from __future__ import annotations

import gzip
import io
import zipfile

import pandas as pd
import pytest

from models.importer import ImportOptions, SpendImportError, import_spend
from models.importer import readers as R
from models.importer import spendtable as S
from models.importer.classify import fold_labels
from tests import import_corpora as K


@pytest.fixture(scope="module")
def fec():
    return K.fec(entries=600)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _same(a, b) -> None:
    cols = ["date", "amount", "vendor", "label", "account", "domain", "rule", "source_row"]
    pd.testing.assert_frame_equal(a.spend[cols].reset_index(drop=True),
                                  b.spend[cols].reset_index(drop=True))


def test_fec_in_a_zip_or_a_gz_imports_as_the_text(fec):
    data, truth = fec
    plain = import_spend(data, "FEC.txt")
    zipped = import_spend(_zip({"123456789FEC20251231.txt": data,
                                "__MACOSX/._123456789FEC20251231.txt": b"x"}), "fec.zip")
    gz = import_spend(gzip.compress(data), "fec.txt.gz")
    assert plain.rows_kept == 600 and zipped.file_kind == "csv+zip" and gz.file_kind == "csv+gzip"
    _same(plain, zipped)
    _same(plain, gz)
    assert K.precision_recall(gz.spend, truth)[:2] == (1.0, 1.0)


def test_an_archive_must_hold_one_file_and_no_archive(fec):
    data, _ = fec
    with pytest.raises(SpendImportError) as err:
        import_spend(_zip({"a.txt": data, "b.txt": data}), "two.zip")
    assert err.value.key == "import.error.zip_members" and err.value.params == {"count": 2}
    with pytest.raises(SpendImportError) as err:
        import_spend(gzip.compress(_zip({"a.txt": data})), "nested.gz")
    assert err.value.key == "import.error.unsupported"
    with pytest.raises(SpendImportError) as err:
        import_spend(gzip.compress(data)[:200], "cut.gz")
    assert err.value.key == "import.error.corrupt"


def test_gzip_and_zip_bombs_are_refused_while_inflating():
    bomb = gzip.compress(b"a;b\n" + b"0" * (20 * 2**20))        # 20 MB of zeros, ~20 KB packed
    assert len(bomb) * R.MAX_COMPRESSION_RATIO < 20 * 2**20
    with pytest.raises(SpendImportError) as err:
        import_spend(bomb, "bomb.gz")
    assert err.value.key == "import.error.zip_bomb"
    with pytest.raises(SpendImportError) as err:
        import_spend(_zip({"bomb.csv": b"a;b\n" + b"0" * (20 * 2**20)}), "bomb.zip")
    assert err.value.key == "import.error.zip_bomb"
    with pytest.raises(SpendImportError) as err:       # the command line keeps the guards
        import_spend(bomb, "bomb.gz", ImportOptions(limits=False))
    assert err.value.key == "import.error.zip_bomb"


def test_upload_limits_by_kind_and_none_on_the_command_line(fec, monkeypatch):
    data, _ = fec
    monkeypatch.setattr(R, "MAX_TEXT_BYTES", len(data) - 1)
    with pytest.raises(SpendImportError) as err:
        import_spend(data, "FEC.txt")
    assert err.value.key == "import.error.too_large"
    assert import_spend(data, "FEC.txt", ImportOptions(limits=False)).rows_kept == 600
    packed = gzip.compress(data)
    monkeypatch.setattr(R, "MAX_ARCHIVE_BYTES", len(packed) - 1)
    with pytest.raises(SpendImportError) as err:
        import_spend(packed, "FEC.txt.gz")
    assert err.value.key == "import.error.too_large"
    assert R.upload_limit_bytes() == max(R.MAX_FILE_BYTES, R.MAX_TEXT_BYTES,
                                         R.MAX_ARCHIVE_BYTES)


@pytest.mark.parametrize("build,name", [(K.fec, "FEC.txt"), (K.usd_budget, "budget.csv"),
                                        (K.anaplan_budget, "anaplan.csv")])
def test_the_fast_text_reader_gives_what_the_csv_module_gives(build, name, monkeypatch):
    data = build()[0]
    slow = import_spend(data, name)
    monkeypatch.setattr(R, "FAST_TEXT_BYTES", 100)
    fast_book = R.read_book(data)
    assert fast_book.frame is not None
    fast = import_spend(data, name)
    _same(slow, fast)
    assert fast.dropped == slow.dropped and fast.total == pytest.approx(slow.total)
    assert fast.rows_read == slow.rows_read
    pd.testing.assert_frame_equal(fast.dropped_rows.reset_index(drop=True),
                                  slow.dropped_rows.reset_index(drop=True))


def test_a_big_fec_leaves_its_non_spend_lines_out_as_it_is_read(monkeypatch):
    """The reader drops supplier, VAT and bank lines in Arrow (a million-line FEC in a third of
    the time); every row is still accounted for, with the reason and the supplier the slow path
    gives, opening-balance lines keep their own reason, and a user's own mapping reads all."""
    data = K.fec()[0]
    lines = data.decode("utf-8").splitlines()
    header, first = lines[0], lines[1].split("\t")
    opening = list(first)
    opening[0], opening[4], opening[5] = "AN", "401000", "Fournisseurs"   # journal, account
    text = "\r\n".join([header, "\t".join(opening)] + lines[1:]) + "\r\n"
    data = text.encode("utf-8")
    slow = import_spend(data, "FEC.txt")
    monkeypatch.setattr(R, "FAST_TEXT_BYTES", 100)
    folds = []                    # a big file's labels are folded in a thread beside the parsing
    monkeypatch.setattr(S, "FOLD_AHEAD_LINES", 10)
    monkeypatch.setattr(S, "fold_labels", lambda label: folds.append(len(label)) or
                        fold_labels(label))
    book = R.read_book(data, fec_prefilter=True)
    assert book.prefiltered is not None and len(book.prefiltered) > len(lines) // 2
    assert len(book.frame) + len(book.prefiltered) == len(lines) + 1
    fast = import_spend(data, "FEC.txt")
    assert folds == [len(book.frame) - 1]         # every line but the header
    _same(slow, fast)
    assert fast.rows_read == slow.rows_read == len(lines)
    assert fast.dropped == slow.dropped and fast.dropped.get("opening") == 1
    assert (fast.spend["vendor"] != "").all()
    pd.testing.assert_frame_equal(fast.dropped_rows.reset_index(drop=True),
                                  slow.dropped_rows.reset_index(drop=True))
    mapped = import_spend(data, "FEC.txt", ImportOptions(mapping=dict(slow.mapping)))
    _same(slow, mapped)


def test_a_big_fec_finds_the_supplier_of_entries_split_across_the_file(monkeypatch):
    """The prefilter looks for an entry's supplier in the run of consecutive lines first; an
    entry whose expense lines were moved away from its supplier line, or an entry without a
    supplier (payroll), gets what the slow path gives."""
    data = K.fec()[0]
    lines = data.decode("utf-8").splitlines()
    header, body = lines[0], lines[1:]
    expense = [k for k, ln in enumerate(body) if ln.split("\t")[4].startswith("6")]
    moved = set(expense[:15])
    payroll = body[expense[20]].split("\t")
    payroll[2], payroll[4], payroll[5], payroll[7] = "OD999", "641100", "Salaires", ""
    rows = [ln for k, ln in enumerate(body) if k not in moved] + [body[k] for k in sorted(moved)]
    data = ("\r\n".join([header] + rows + ["\t".join(payroll)]) + "\r\n").encode("utf-8")
    slow = import_spend(data, "FEC.txt")
    monkeypatch.setattr(R, "FAST_TEXT_BYTES", 100)
    fast = import_spend(data, "FEC.txt")
    _same(slow, fast)
    vendors = fast.spend.set_index("source_row")["vendor"]
    assert (vendors.loc[len(rows) - len(moved) + 2: len(rows) + 1] != "").all()   # moved lines
    assert vendors.loc[len(rows) + 2] == ""                                        # payroll


def test_the_fast_text_reader_keeps_quoted_line_breaks_and_late_windows_bytes(monkeypatch):
    """A quoted cell with a line break stays one cell (Arrow reads such files serially), and a
    file whose first 256 KB are UTF-8 but which holds Windows-1252 bytes further on is decoded
    as the slow path decodes it (no line lost, accents right)."""
    quoted = ('Date;Fournisseur;Libellé;Montant HT\n15/01/2025;OVHcloud;"VPS\nmensuel";96,00\n'
              '16/01/2025;Orange;Fibre;390,00\n').encode("utf-8")
    slow = import_spend(quoted, "q.csv")
    monkeypatch.setattr(R, "FAST_TEXT_BYTES", 10)
    fast = import_spend(quoted, "q.csv")
    _same(slow, fast)
    assert fast.rows_kept == 2 and fast.spend["label"].iloc[0] == "VPS mensuel"
    monkeypatch.undo()
    rows = ["Date;Fournisseur;Libellé;Montant HT"] + [
        f"15/01/2025;OVHcloud;Serveur privé n{k};96,00" for k in range(9000)]
    late = ("\n".join(rows) + "\n").encode("utf-8") + "16/01/2025;Société Générale;Frais " \
        "bancaires réglés;12,00\n".encode("cp1252")
    assert len(late) > 262144
    slow = import_spend(late, "late.csv")
    monkeypatch.setattr(R, "FAST_TEXT_BYTES", 10)
    fast = import_spend(late, "late.csv")
    _same(slow, fast)
    assert fast.rows_kept == 9001 and fast.spend["vendor"].iloc[-1] == "Société Générale"


def test_the_fast_text_reader_falls_back_on_ragged_files(monkeypatch):
    monkeypatch.setattr(R, "FAST_TEXT_BYTES", 10)
    data = ("Export comptable\n\nDate;Fournisseur;Libellé;Montant HT\n"
            "15/01/2025;OVHcloud;VPS;96,00\n\n16/01/2025;Orange;Fibre;390,00;extra\n").encode()
    result = import_spend(data, "ragged.csv")
    assert result.rows_kept == 2 and result.total == pytest.approx(486.0)


def test_the_import_reports_its_steps_in_order_to_a_progress_callback():
    from models.importer.pipeline import PROGRESS_STEPS
    seen = []
    data, truth = K.fec()
    result = import_spend(data, "FEC.txt", progress=lambda f, step: seen.append((f, step)))
    assert result.rows_kept == len(truth)
    assert [s for _, s in seen] == [s for s, _ in PROGRESS_STEPS]
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    for step, _ in PROGRESS_STEPS:
        from i18n import t
        assert t(f"import.progress.{step}", "fr") != t(f"import.progress.{step}", "en")
