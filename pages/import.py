"""Import spend: upload any export of IT spend, check the mapping, see and correct the
classification, then make it the active data. The file is parsed in memory, never written to
disk; a refused file shows one translated sentence and leaves the active data untouched."""
import dataclasses
import hashlib

import pandas as pd
import streamlit as st

from i18n import currency_sign, fmt_date, fmt_eur, fmt_number, fmt_pct, t
from models.boundary import file_label
from models.company_form import company_for_data
from models.dataset import Dataset
from models.domains import ALL_DOMAIN_VALUES
from models.importer import (
    ImportOptions,
    SpendImportError,
    apply_corrections,
    corrections_to_csv,
    corrections_to_json,
    empty_corrections,
    import_spend,
    merge_corrections,
    read_corrections,
)
from models.importer.mapping import FIELDS
from models.importer.readers import (
    MAX_ARCHIVE_BYTES,
    MAX_FILE_BYTES,
    MAX_TEXT_BYTES,
    upload_limit_bytes,
)
from models.importer.review import (
    dropped_examples,
    evidence_summary,
    filter_lines,
    review_totals,
    vendor_summary,
)
from models.money import staff_in_euros
from models.sample_company import TEMPLATE_WORKBOOK
from models.spend import coerce_spend_table
from ui import state
from ui.frame import md_params, md_text, page_setup

UPLOAD_TYPES = ["xlsx", "xlsm", "xls", "xlsb", "ods", "csv", "txt", "tsv", "zip", "gz"]
LIMIT_MB = upload_limit_bytes() // 2**20
MAX_SHOWN = 2000
PROGRESS_BYTES = 512 * 1024          # files above this show a progress bar while imported
EDITABLE_FIELDS = tuple(f for f in FIELDS if f not in ("journal",))


@st.cache_data(max_entries=3, scope="session", show_spinner=False)
def parse(data: bytes, sheet, mapping_items, vat_rate: float, fx_items, _lang: str = "fr"):
    """Import the uploaded bytes; (result, None) or (None, (i18n key, params)). A file that
    takes a while (a big FEC or ledger) shows a progress bar with the step under way; a cached
    result shows none."""
    options = ImportOptions(sheet=sheet, mapping=dict(mapping_items) if mapping_items else None,
                            vat_rate=vat_rate, fx_rates=dict(fx_items))
    threshold = st.session_state.get("_test_progress_bytes", PROGRESS_BYTES)
    bar = st.progress(0.0, text=t("import.progress.read", _lang)) \
        if len(data) > threshold else None

    def progress(fraction: float, step: str) -> None:
        if bar is not None:
            bar.progress(fraction, text=t(f"import.progress.{step}", _lang))

    try:
        return import_spend(data, "", options, progress=progress), None
    except SpendImportError as err:
        return None, (err.key, err.params)
    except Exception:        # never a traceback for a bad file
        return None, ("import.error.internal", {})
    finally:
        if bar is not None:
            bar.empty()


@st.cache_data(max_entries=1, show_spinner=False)
def template_bytes() -> bytes:
    from pathlib import Path
    return (Path(__file__).resolve().parents[1] / "sample_data" / TEMPLATE_WORKBOOK).read_bytes()


def tp(key: str, **params) -> str:
    """Translate with parameters that come from the file, escaped (ui.frame.md_params)."""
    return t(key, lang, **md_params(params))


def domain_label(domain: str) -> str:
    return t(f"domain.{domain}", lang)


def on_mapping_change(fp: str, fld: str, current: dict, columns: list, none_label: str) -> None:
    """One select box changed: the mapping in use with that one field changed, remembered for
    this file for the session (a column serves one field only)."""
    mapping = dict(state.get_import_mapping(fp) or current)
    choice = st.session_state.get(f"{state.IMPORT_WIDGET_PREFIX}map_{fp}_{fld}")
    mapping.pop(fld, None)
    if choice and choice != none_label and choice in columns:
        mapping = {f: c for f, c in mapping.items() if c != choice}
        mapping[fld] = choice
    state.set_import_mapping(fp, mapping)


def on_sheet_change(fp: str) -> None:
    state.set_import_sheet(fp, st.session_state.get(f"{state.IMPORT_WIDGET_PREFIX}sheet_{fp}"))
    state.set_import_mapping(fp, None)


def on_editor_change(key: str, scope: str, keys: list, column: str, labels: dict) -> None:
    """Turn the edited cells of a correction table into corrections, applied at once."""
    edits = st.session_state.get(key, {}).get("edited_rows", {})
    rows = []
    for position, changes in edits.items():
        if column in changes and changes[column] in labels:
            rows.append({"scope": scope, "key": str(keys[int(position)]),
                         "domain": labels[changes[column]]})
    if rows:
        state.set_corrections(merge_corrections(state.get_corrections(), pd.DataFrame(rows)))


def money(value: float, currency: str, decimals: int = 0) -> str:
    """An amount in the import's currency: euros as everywhere, any other currency by its code
    (never a euro sign on other money)."""
    return fmt_eur(value, lang, decimals, currency=currency)


def rate_inputs(currencies: list, gross_only: bool = False) -> None:
    """Euros for one unit of each currency (entered once, applied to every line in it) and the
    VAT rate of gross-only files."""
    with st.expander(t("import.options.title", lang), expanded=True, icon=":material/euro:"):
        if currencies:
            st.caption(t("import.options.rates_help", lang))
        cols = st.columns(max(1, len(currencies) + (1 if gross_only else 0)))
        k = 0
        if gross_only:
            cols[0].number_input(t("import.options.vat", lang), min_value=0.0, max_value=100.0,
                                 value=float(options["vat_rate"]) * 100, step=0.5,
                                 key=f"{state.IMPORT_WIDGET_PREFIX}vat",
                                 on_change=on_options_change, args=(currencies,))
            k = 1
        for cur in currencies:
            cols[k].number_input(t("import.options.rate", lang, currency=cur), min_value=0.0,
                                 value=float(options.get("fx", {}).get(cur, 0.0)), step=0.01,
                                 format="%.4f", key=f"{state.IMPORT_WIDGET_PREFIX}fx_{cur}",
                                 on_change=on_options_change, args=(currencies,))
            k += 1


def on_options_change(currencies: list) -> None:
    options = dict(state.get_import_options())
    vat = st.session_state.get(f"{state.IMPORT_WIDGET_PREFIX}vat")
    if vat is not None:
        options["vat_rate"] = float(vat) / 100.0
    fx = dict(options.get("fx", {}))
    for cur in currencies:
        rate = st.session_state.get(f"{state.IMPORT_WIDGET_PREFIX}fx_{cur}")
        if rate:
            fx[cur] = float(rate)
        elif rate is not None:         # back to 0: no rate, the amounts stay in the currency
            fx.pop(cur, None)
    options["fx"] = fx
    state.set_import_options(options)


lang = page_setup()
ds = state.get_dataset()
st.title(t("import.title", lang))
st.caption(t("import.intro", lang))
active_name = ds.company.name if ds.is_sample else ds.source_name

notice = state.pop_import_notice()
if notice:
    kind, key, params = notice
    (st.success if kind == "success" else st.info)(t(key, lang, **params))

upload = st.file_uploader(t("import.upload", lang), type=UPLOAD_TYPES, key=state.KEY_IMPORT_UPLOAD,
                          help=t("import.upload_help", lang,
                                 sheet_mb=MAX_FILE_BYTES // 2**20,
                                 text_mb=MAX_TEXT_BYTES // 2**20,
                                 zip_mb=MAX_ARCHIVE_BYTES // 2**20),
                          max_upload_size=LIMIT_MB)
top = st.columns([1, 1, 2])
top[0].download_button(t("import.template", lang), data=template_bytes(),
                       file_name=TEMPLATE_WORKBOOK, icon=":material/download:",
                       key=f"{state.IMPORT_WIDGET_PREFIX}template")
if not ds.is_sample and top[1].button(t("import.back_to_sample", lang), icon=":material/undo:",
                                      key=f"{state.IMPORT_WIDGET_PREFIX}sample"):
    state.reset_to_sample()
    state.set_import_notice("info", "import.sample_active")
    st.rerun()

if upload is None:
    st.info(tp("import.waiting", name=active_name))
    st.stop()

data = upload.getvalue()
fp = hashlib.sha256(data).hexdigest()[:16]
options = state.get_import_options()
sheet = state.get_import_sheet(fp)
mapping = state.get_import_mapping(fp)
fx_items = tuple(sorted(options.get("fx", {}).items()))
result, error = parse(data, sheet, tuple(sorted(mapping.items())) if mapping else None,
                      float(options["vat_rate"]), fx_items, _lang=lang)
if error is None and mapping is not None and not mapping:
    result, error = parse(data, sheet, None, float(options["vat_rate"]), fx_items, _lang=lang)
if error is not None:
    key, params = error
    st.error(tp(key, **params), icon=":material/error:")
    if key == "import.error.currencies_need_rates":     # rates make the file importable
        rate_inputs(sorted(set(params["currencies"].split(", ")) - {"EUR"}))
    st.info(tp("import.active_kept", name=active_name))
    if mapping:     # a mapping that no longer fits this file: offer to go back to detection
        if st.button(t("import.mapping.reset", lang), key=f"{state.IMPORT_WIDGET_PREFIX}reset_err"):
            state.set_import_mapping(fp, None)
            st.rerun()
    st.stop()

# --- what was read ------------------------------------------------------------------------
st.caption(tp("import.read_info", kind=result.file_kind.upper(), sheet=result.sheet,
              row=result.header_row if result.header_row else "–"))
if result.fec:
    st.caption(t("import.read_info_fec", lang))
for key, params in result.warnings:
    st.warning(tp(key, **params), icon=":material/info:")

wide = any(k == "import.warn.wide_budget" for k, _ in result.warnings)
st.caption(tp("import.mapping.summary", fields=" · ".join(
    f"{t(f'import.field.{f}', lang)} ← {c}" for f, c in result.mapping.items()
    if not c.startswith("__"))))
needs_look = result.header_row is None or not ({"vendor", "label"} & set(result.mapping))
with st.expander(t("import.mapping.title", lang), expanded=needs_look or mapping is not None,
                 icon=":material/table_rows:"):
    st.caption(t("import.mapping.help", lang))
    if len(result.sheets) > 1:
        st.selectbox(t("import.sheet", lang), result.sheets,
                     index=result.sheets.index(result.sheet),
                     key=f"{state.IMPORT_WIDGET_PREFIX}sheet_{fp}", on_change=on_sheet_change,
                     args=(fp,))
    none_label = t("import.mapping.none", lang)
    choices = [none_label] + [c for c in result.columns if not c.startswith("__")]
    grid = st.columns(4)
    for i, fld in enumerate(EDITABLE_FIELDS):
        current = result.mapping.get(fld)
        grid[i % 4].selectbox(
            t(f"import.field.{fld}", lang), choices,
            index=choices.index(current) if current in choices else 0,
            key=f"{state.IMPORT_WIDGET_PREFIX}map_{fp}_{fld}", disabled=wide,
            on_change=on_mapping_change,
            args=(fp, fld, dict(result.mapping), result.columns, none_label))
    if mapping is not None and st.button(t("import.mapping.reset", lang),
                                         key=f"{state.IMPORT_WIDGET_PREFIX}reset"):
        state.set_import_mapping(fp, None)
        for fld in EDITABLE_FIELDS:
            st.session_state.pop(f"{state.IMPORT_WIDGET_PREFIX}map_{fp}_{fld}", None)
        st.rerun()

# --- currency: where it was read, rates --------------------------------------------------------
cur = result.currency
source_col = result.mapping.get("currency", "")
line_currencies = ", ".join(sorted(result.currencies))
if result.rates:
    st.info(t("import.currency.converted", lang, rates=", ".join(
        f"1 {c} = {fmt_number(r, lang, 4)} €" for c, r in sorted(result.rates.items()))),
        icon=":material/currency_exchange:")
else:
    st.info(tp(f"import.currency.{result.currency_source}", currency=line_currencies,
               column=result.currency_header or source_col), icon=":material/payments:")
foreign = sorted(c for c in result.currencies if c != "EUR")
gross_only = "gross" in result.mapping and "amount" not in result.mapping
if foreign or gross_only:
    rate_inputs(foreign, gross_only)

# --- validation summary -------------------------------------------------------------------
corrections = state.get_corrections()
spend = apply_corrections(result.spend, corrections)
totals = review_totals(spend)
st.subheader(t("import.summary.title", lang))
m = st.columns(4)
m[0].metric(t("import.summary.read", lang), fmt_number(result.rows_read, lang), border=True)
m[1].metric(t("import.summary.kept", lang), fmt_number(result.rows_kept, lang), border=True)
m[2].metric(t("import.summary.dropped", lang), fmt_number(result.rows_dropped, lang), border=True)
m[3].metric(t("import.summary.it_total", lang), money(totals["it_total"], cur), border=True)
st.caption(t("import.summary.total", lang, total=money(totals["total"], cur, 2)) + " "
           + t("import.summary.it_share", lang, share=fmt_pct(
               totals["it_total"] / totals["total"] if totals["total"] > 0 else 0.0, lang)))
evidence = evidence_summary(spend)
if evidence["weak"]:
    (st.warning if evidence["warn"] else st.caption)(t(
        "import.evidence.weak", lang, it_lines=fmt_number(evidence["it_lines"], lang),
        weak=fmt_number(evidence["weak"], lang)))
left, right = st.columns(2)
with left:
    if result.dropped:
        st.dataframe(
            {t("import.summary.reason", lang): [t(f"import.reason.{r}", lang)
                                                for r in result.dropped],
             t("import.summary.rows", lang): [fmt_number(n, lang) for n in result.dropped.values()],
             t("import.summary.sheet_rows", lang): [dropped_examples(result, r)
                                                    for r in result.dropped]},
            hide_index=True, width="stretch", key=f"{state.IMPORT_WIDGET_PREFIX}dropped",
            column_config={t("import.summary.reason", lang): st.column_config.TextColumn(
                width="medium"), t("import.summary.rows", lang): st.column_config.TextColumn(
                width="small")})
with right:
    by_domain = totals["by_domain"]
    st.dataframe(
        {t("common.domain", lang): [domain_label(d) for d in by_domain.index],
         t("import.summary.lines", lang): [fmt_number(n, lang) for n in by_domain["lines"]],
         t("import.summary.amount", lang): [money(a, cur) for a in by_domain["amount"]]},
        hide_index=True, width="stretch", key=f"{state.IMPORT_WIDGET_PREFIX}by_domain")

# --- classification, corrections ------------------------------------------------------------
st.subheader(t("import.classified.title", lang))
st.caption(t("import.classified.help", lang))
labels = {domain_label(d): d for d in ALL_DOMAIN_VALUES}
filters = {"all": t("import.filter.all", lang), "low": t("import.filter.low", lang),
           "it": t("import.filter.it", lang), "other": t("import.filter.other", lang)}
choice = st.segmented_control(t("import.filter", lang), list(filters), default="all",
                              format_func=filters.get, key=f"{state.IMPORT_WIDGET_PREFIX}filter")
view = filter_lines(spend, choice)
shown = view.head(MAX_SHOWN)
st.caption(t("import.shown", lang, shown=fmt_number(len(shown), lang),
             total=fmt_number(len(view), lang)))
version = state.editor_version()
col_domain = t("import.col.correction", lang)
columns = {
    t("import.col.row", lang): shown["source_row"].to_numpy(),
    t("import.col.date", lang): [fmt_date(d, lang) for d in shown["date"]],
    t("import.col.vendor", lang): shown["vendor"].to_numpy(),
    t("import.col.label", lang): shown["label"].to_numpy()}
# the evidence each line was judged on: the columns the file has
for fld in ("department", "cost_centre", "category"):
    if fld in result.mapping and fld in shown:
        columns[t(f"import.col.{fld}", lang)] = shown[fld].to_numpy()
table = pd.DataFrame({
    **columns,
    t("import.col.account", lang): shown["account"].to_numpy(),
    t("import.col.amount", lang): [money(a, cur, 2) for a in shown["amount"]],
    col_domain: [domain_label(d) for d in shown["domain"]],
    t("import.col.rule", lang): shown["rule"].to_numpy(),
    t("import.col.confidence", lang): [fmt_pct(c, lang) for c in shown["confidence"]],
    t("import.col.nature", lang): [t(f"nature.{n}", lang) for n in shown["nature"]],
})
editor_key = f"{state.IMPORT_WIDGET_PREFIX}lines_{fp}_{choice}_{version}"
st.data_editor(
    table, hide_index=True, width="stretch", height=420, key=editor_key,
    disabled=[c for c in table.columns if c != col_domain],
    column_config={col_domain: st.column_config.SelectboxColumn(
        col_domain, options=list(labels), required=True)},
    on_change=on_editor_change,
    args=(editor_key, "line", shown["source_row"].tolist(), col_domain, labels))

st.subheader(t("import.vendors.title", lang))
st.caption(t("import.vendors.help", lang))
vendors = vendor_summary(spend, MAX_SHOWN)
vendor_key = f"{state.IMPORT_WIDGET_PREFIX}vendors_{fp}_{version}"
vendor_table = pd.DataFrame({
    t("import.col.vendor", lang): vendors.index.to_numpy(),
    t("import.col.lines", lang): vendors["lines"].to_numpy(),
    t("import.col.amount", lang): [money(a, cur) for a in vendors["amount"]],
    col_domain: [domain_label(d) for d in vendors["domain"]],
})
st.data_editor(
    vendor_table, hide_index=True, width="stretch", height=300, key=vendor_key,
    disabled=[c for c in vendor_table.columns if c != col_domain],
    column_config={col_domain: st.column_config.SelectboxColumn(
        col_domain, options=list(labels), required=True)},
    on_change=on_editor_change,
    args=(vendor_key, "vendor", vendors.index.tolist(), col_domain, labels))

with st.expander(t("import.corrections.title", lang), expanded=not corrections.empty,
                 icon=":material/edit_note:"):
    st.caption(t("import.corrections.count", lang,
                 lines=int((corrections["scope"] == "line").sum()),
                 vendors=int((corrections["scope"] == "vendor").sum())))
    c = st.columns(3)
    c[0].download_button(t("import.corrections.csv", lang), data=corrections_to_csv(corrections),
                         file_name="corrections.csv", mime="text/csv",
                         key=f"{state.IMPORT_WIDGET_PREFIX}corr_csv", icon=":material/download:")
    c[1].download_button(t("import.corrections.json", lang), data=corrections_to_json(corrections),
                         file_name="corrections.json", mime="application/json",
                         key=f"{state.IMPORT_WIDGET_PREFIX}corr_json", icon=":material/download:")
    if not corrections.empty and c[2].button(t("import.corrections.clear", lang),
                                             key=f"{state.IMPORT_WIDGET_PREFIX}corr_clear"):
        state.set_corrections(empty_corrections())
        st.rerun()
    corr_file = st.file_uploader(t("import.corrections.upload", lang), type=["csv", "json"],
                                 key=state.KEY_IMPORT_CORR_UPLOAD, max_upload_size=5)
    if corr_file is not None:
        ident = (corr_file.name, corr_file.size)
        if st.session_state.get(state.KEY_IMPORT_CORR_LOADED) != ident:
            try:
                loaded = read_corrections(corr_file.getvalue())
            except SpendImportError as err:
                st.error(err.message(lang), icon=":material/error:")
            else:
                st.session_state[state.KEY_IMPORT_CORR_LOADED] = ident
                state.set_corrections(merge_corrections(corrections, loaded))
                state.set_import_notice("success", "import.corrections.loaded",
                                        count=len(loaded))
                st.rerun()

# --- make it the active data: the company comes with its data -------------------------------
P = state.IMPORT_WIDGET_PREFIX
st.subheader(t("import.company.title", lang))
st.caption(t("import.company.help", lang))
same_label = t("import.company.same", lang, name=md_text(ds.company.name))
which = st.radio(t("import.company.which", lang), ["same", "other"], index=None,
                 format_func={"same": same_label, "other": t("import.company.other", lang)}.get,
                 key=f"{P}company_which", horizontal=True)
revenue_label = t("import.company.revenue", lang, cur=currency_sign(cur))
if which == "same":
    # the current profile, prefilled; its revenue only when it is in this file's currency
    revenue_known = ds.currency == cur and ds.company.revenue_eur
    c = st.columns(4)
    c[0].text_input(t("import.company.name", lang), value=ds.company.name, max_chars=120,
                    key=f"{P}co_name_same")
    c[1].number_input(t("import.company.employees", lang), min_value=0, step=1,
                      value=int(ds.company.employees), key=f"{P}co_employees_same")
    c[2].number_input(revenue_label, min_value=0.0, step=100_000.0, format="%.0f",
                      value=float(ds.company.revenue_eur) if revenue_known else None,
                      placeholder=t("import.company.revenue_ph", lang), key=f"{P}co_revenue_same")
    c[3].number_input(t("import.company.it_staff", lang), min_value=0.0, step=1.0,
                      value=float(sum(r.fte for r in ds.staff)), disabled=True,
                      key=f"{P}co_staff_same")
    st.caption(t("import.company.kept", lang, currency=cur))
elif which == "other":
    c = st.columns(4)
    c[0].text_input(t("import.company.name", lang), value="", max_chars=120,
                    placeholder=t("import.company.name_ph", lang), key=f"{P}co_name")
    c[1].number_input(t("import.company.employees", lang), min_value=0, step=1, value=None,
                      placeholder=t("import.company.employees_ph", lang), key=f"{P}co_employees")
    c[2].number_input(revenue_label, min_value=0.0, step=100_000.0, format="%.0f", value=None,
                      placeholder=t("import.company.revenue_ph", lang), key=f"{P}co_revenue")
    c[3].number_input(t("import.company.it_staff", lang), min_value=0.0, max_value=20.0,
                      step=1.0, value=None, placeholder=t("import.company.it_staff_ph", lang),
                      key=f"{P}co_staff")
    st.caption(t("import.company.derived", lang))

if st.button(t("import.activate", lang), type="primary", icon=":material/check_circle:",
             key=f"{P}activate"):
    problems: list = []
    if totals["it_total"] <= 0:          # nothing to decide on: refused, the data stays
        st.error(t("import.refused.no_it", lang, amount=money(totals["it_total"], cur),
                   name=md_text(active_name)), icon=":material/block:")
        st.stop()
    if which is None:
        problems.append(("import.company.error.which", {}))
    elif which == "same":
        company, staff, problems = company_for_data(
            st.session_state.get(f"{P}co_name_same"),
            st.session_state.get(f"{P}co_employees_same"),
            st.session_state.get(f"{P}co_revenue_same"), 0.0, {})
        if company is not None:
            company = dataclasses.replace(
                ds.company, name=company.name, employees=company.employees,
                revenue_eur=company.revenue_eur)
            staff, staff_currency = ((list(ds.staff), cur) if ds.staff_currency == cur
                                     else (staff_in_euros(ds), "EUR"))
    else:
        company, staff, problems = company_for_data(
            st.session_state.get(f"{P}co_name"), st.session_state.get(f"{P}co_employees"),
            st.session_state.get(f"{P}co_revenue"), st.session_state.get(f"{P}co_staff"),
            {k: t(f"company.role.{k}", lang) for k in ("it_manager", "technician")})
        staff_currency = "EUR"               # the French market salaries
    if problems:
        st.error(t("import.company.not_activated", lang) + "\n"
                 + "\n".join("- " + t(k, lang, **p) for k, p in problems),
                 icon=":material/error:")
    else:
        new = Dataset(spend=coerce_spend_table(spend), company=company, staff=staff,
                      source_name=file_label(upload.name), currency=cur,
                      staff_currency=staff_currency)
        if which == "same" and cur != "EUR" and cur == ds.currency:
            new = dataclasses.replace(new, eur_rate=ds.eur_rate)   # the rate already given
        state.set_dataset(new)
        state.set_import_notice("success", "import.activated",
                                company=md_text(company.name),
                                lines=fmt_number(len(spend), lang),
                                it_total=money(totals["it_total"], cur))
        st.rerun()
