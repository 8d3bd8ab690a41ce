"""Load benchmark: N concurrent browser sessions run the journey against one app server.

Each session opens the Overview on the sample company, imports its own CSV (distinct vendor and
total) and makes it the active data, reads every page of ui.registry.PAGES through the
navigation (one session, as a user clicks), comes back to the Overview and switches language.
Each page must show no exception and the session's own file in the data banner (never another
session's). Reports, per step, the slowest and median time across sessions, errors, and the
server's peak resident memory (VmHWM from /proc, Linux). A benchmark, not a test: it prints
figures.

Usage: python benchmarks/bench_load.py [--sessions 10] [--json]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import CHROMIUM_ARGS, chromium_path, running_app  # noqa: E402
from ui.registry import PAGES  # noqa: E402

WAIT_JS = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  return app && app.getAttribute('data-test-connection-state') === 'CONNECTED'
      && app.getAttribute('data-test-script-state') === 'notRunning'
      && document.querySelectorAll("[data-testid='stSkeleton']").length === 0;
}"""


async def _wait(page):
    await page.wait_for_timeout(300)
    await page.wait_for_function(WAIT_JS, timeout=120_000)


def session_csv(index: int) -> bytes:
    """12 months of two IT lines; the total (and vendor) differs per session."""
    lines = ["Date;Fournisseur;Libellé;Compte;Montant HT"]
    for month in range(1, 13):
        lines.append(f"15/{month:02d}/2025;Session{index} Infogérance;Contrat support;611;"
                     f"{1000 + index},00")
        lines.append(f"20/{month:02d}/2025;Orange Business;Accès fibre entreprise;6262;250,50")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


async def _nav(page, title: str):
    await page.get_by_test_id("stSidebarNav").get_by_role("link", name=title, exact=True).click()
    await _wait(page)


async def _check(page, index: int, where: str, errors: list[str]) -> None:
    content = await page.content()
    if "Traceback" in content or await page.get_by_test_id("stException").count():
        errors.append(f"session {index}: exception on {where}")
    text = await page.inner_text("body")
    if f"session-{index}.csv" not in text:
        errors.append(f"session {index}: own file not in the banner on {where}")
    for other in range(SESSIONS_MAX):
        if other != index and f"session-{other}.csv" in text:
            errors.append(f"session {index}: sees session {other}'s file on {where}")


SESSIONS_MAX = 64


async def journey(browser, url: str, index: int, tmp: Path) -> dict:
    from i18n import t
    context = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await context.new_page()
    steps: dict[str, float] = {}
    errors: list[str] = []
    try:
        t0 = time.perf_counter()
        await page.goto(f"{url}/?lang=en")
        await _wait(page)
        await page.wait_for_selector(".js-plotly-plot", timeout=120_000)
        steps["open sample overview"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        await _nav(page, t("nav.import", "en"))
        path = tmp / f"session-{index}.csv"
        path.write_bytes(session_csv(index))
        await page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(path))
        await page.get_by_text("Rows kept").wait_for(timeout=120_000)
        await _wait(page)
        steps["import csv"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        await page.get_by_text("The same company as now").click()    # whose data
        await _wait(page)
        await page.get_by_text(t("import.activate", "en")).click()
        await page.get_by_text("The imported data is active").wait_for(timeout=120_000)
        await _wait(page)
        steps["activate"] = time.perf_counter() - t0
        for spec in PAGES:
            t0 = time.perf_counter()
            await _nav(page, t(spec.title_key, "en"))
            steps[f"page {spec.url_path}"] = time.perf_counter() - t0
            await _check(page, index, spec.url_path, errors)
        t0 = time.perf_counter()
        await _nav(page, t("nav.overview", "en"))
        await page.wait_for_selector(".js-plotly-plot", timeout=120_000)
        steps["back to overview"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        await page.get_by_text("Français", exact=True).click()
        await _wait(page)
        steps["switch language"] = time.perf_counter() - t0
        await _check(page, index, "overview (fr)", errors)
    except Exception as exc:  # noqa: BLE001 - report, do not crash the benchmark
        errors.append(f"session {index}: {type(exc).__name__}: {exc}")
    finally:
        await context.close()
    return {"steps": steps, "errors": errors}


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def run(sessions: int) -> dict:
    import tempfile

    from playwright.async_api import async_playwright
    with running_app() as url, tempfile.TemporaryDirectory() as tmp:
        pids = [url.pid]          # this benchmark's server only
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            t0 = time.perf_counter()
            results = await asyncio.gather(*(journey(browser, url, i, Path(tmp))
                                             for i in range(sessions)))
            wall = time.perf_counter() - t0
            await browser.close()
        peak = max((peak_rss_mb(int(p)) or 0.0) for p in pids) if pids else None
    slowest = max(((s, v) for r in results for s, v in r["steps"].items()),
                  key=lambda sv: sv[1], default=(None, 0.0))
    per_step: dict[str, list[float]] = {}
    for r in results:
        for step, seconds in r["steps"].items():
            per_step.setdefault(step, []).append(seconds)
    return {
        "sessions": sessions,
        "wall_seconds": round(wall, 2),
        "completed": sum(1 for r in results if not r["errors"]),
        "errors": [e for r in results for e in r["errors"]],
        "server_peak_rss_mb": round(peak, 1) if peak else None,
        "slowest_step": {"step": slowest[0], "seconds": round(slowest[1], 2)},
        "steps": {s: {"median_s": round(statistics.median(v), 2), "max_s": round(max(v), 2)}
                  for s, v in per_step.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10, choices=range(1, SESSIONS_MAX + 1),
                        metavar="N")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = asyncio.run(run(args.sessions))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['completed']}/{report['sessions']} sessions completed in "
              f"{report['wall_seconds']} s; server peak RSS {report['server_peak_rss_mb']} MB; "
              f"slowest step: {report['slowest_step']['step']} "
              f"{report['slowest_step']['seconds']} s")
        for step, fig in report["steps"].items():
            print(f"  {step:28} median {fig['median_s']:6.2f} s   slowest {fig['max_s']:6.2f} s")
        for e in report["errors"]:
            print("  ERROR", e)
    return 0 if not report["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
