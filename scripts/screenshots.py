"""Take a full-page screenshot of every page of the app on the sample company.

Usage: python scripts/screenshots.py [--lang en] [--out docs/screenshots] [--pages spend,import]
Uses the browser-test harness (Debian Chromium driven by Playwright, app on a free port).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import CHROMIUM_ARGS, chromium_path, running_app, wait_for_app_run  # noqa: E402
from ui.registry import PAGES  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="en", choices=["fr", "en"])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--pages", default="", help="comma-separated url paths (default: all)")
    parser.add_argument("--width", type=int, default=1366)
    args = parser.parse_args()
    wanted = [p for p in PAGES if not args.pages or p.url_path in args.pages.split(",")]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright
    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": 900},
                                device_scale_factor=1)
        for spec in wanted:
            page.goto(f"{url}/{'' if spec.default else spec.url_path}?lang={args.lang}")
            wait_for_app_run(page)
            page.wait_for_timeout(1500)      # let Plotly draw
            target = out / f"{spec.url_path}-{args.lang}.png"
            # Streamlit scrolls inside its own container: grow the viewport to the content
            height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
            page.set_viewport_size({"width": args.width, "height": max(900, int(height) + 40)})
            page.wait_for_timeout(800)
            page.screenshot(path=str(target), full_page=True)
            page.set_viewport_size({"width": args.width, "height": 900})
            print(target)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
