"""Load benchmark: N concurrent browser sessions run the journey against one app server.

Reports, per step, the slowest and median time across sessions, errors, and the server's peak
resident memory (VmHWM from /proc, Linux). A benchmark, not a test: it prints figures.

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


async def journey(browser, url: str, index: int) -> dict:
    context = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await context.new_page()
    steps: dict[str, float] = {}
    errors: list[str] = []
    try:
        t0 = time.perf_counter()
        await page.goto(url)
        await _wait(page)
        await page.wait_for_selector(".js-plotly-plot", timeout=120_000)
        steps["open sample"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        await page.get_by_text("English", exact=True).click()
        await _wait(page)
        steps["switch language"] = time.perf_counter() - t0
        for spec in PAGES:
            t0 = time.perf_counter()
            await page.goto(f"{url}/{'' if spec.default else spec.url_path}?lang=en")
            await _wait(page)
            steps[f"page {spec.url_path}"] = time.perf_counter() - t0
            content = await page.content()
            if "Traceback" in content or await page.get_by_test_id("stException").count():
                errors.append(f"session {index}: exception on {spec.url_path}")
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
    from playwright.async_api import async_playwright
    with running_app() as url:
        import subprocess
        pids = subprocess.run(["pgrep", "-f", "streamlit run"], capture_output=True, text=True).stdout.split()
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            t0 = time.perf_counter()
            results = await asyncio.gather(*(journey(browser, url, i) for i in range(sessions)))
            wall = time.perf_counter() - t0
            await browser.close()
        peak = max((peak_rss_mb(int(p)) or 0.0) for p in pids) if pids else None
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
        "steps": {s: {"median_s": round(statistics.median(v), 2), "max_s": round(max(v), 2)}
                  for s, v in per_step.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = asyncio.run(run(args.sessions))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['completed']}/{report['sessions']} sessions completed in "
              f"{report['wall_seconds']} s; server peak RSS {report['server_peak_rss_mb']} MB")
        for step, fig in report["steps"].items():
            print(f"  {step:28} median {fig['median_s']:6.2f} s   slowest {fig['max_s']:6.2f} s")
        for e in report["errors"]:
            print("  ERROR", e)
    return 0 if not report["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
