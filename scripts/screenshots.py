"""Full-page screenshots of every page of the app on the sample company, at phone, tablet and
desktop widths (issue 15).

Usage: python scripts/screenshots.py [--lang en,fr] [--widths 390,768,1440]
                                     [--out docs/screenshots] [--pages spend,import]

Files: ``<page>-<lang>-<width>.png`` (e.g. ``overview-fr-390.png``); with the defaults, every
page in English at the three widths and the Overview in French too. Uses the browser-test
harness (Debian Chromium driven by Playwright, the app started as `make run` starts it, on a
free port). Each page is opened in a fresh browser context of that width, as a phone or a
tablet would open a shared link, and shot once it has settled and every chart is drawn.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import CHROMIUM_ARGS, chromium_path, running_app  # noqa: E402
from ui.registry import PAGES  # noqa: E402

#: Page settled: script done, no skeleton, every Plotly chart drawn.
SETTLED_JS = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelectorAll("[data-testid='stSkeleton']").length) return false;
  if (!document.querySelector("[data-testid='stMain'] h1")) return false;
  for (const p of document.querySelectorAll('.js-plotly-plot')) {
    if (!p.querySelector('.main-svg')) return false;
  }
  return true;
}"""


def settle(page) -> None:
    page.wait_for_timeout(600)
    page.wait_for_function(SETTLED_JS, timeout=120_000, polling=100)
    page.wait_for_timeout(900)              # a width report may rerun once on a phone
    page.wait_for_function(SETTLED_JS, timeout=120_000, polling=100)
    page.wait_for_timeout(600)              # let Plotly finish its transitions


def shoot(browser, url: str, spec, lang: str, width: int, out: Path) -> Path:
    mobile = width < 600
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  device_scale_factor=1, is_mobile=mobile, has_touch=mobile)
    page = context.new_page()
    try:
        page.goto(f"{url}/{'' if spec.default else spec.url_path}?lang={lang}")
        settle(page)
        # Streamlit scrolls inside its own container: grow the viewport to the content (the
        # width stays: no new layout)
        height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
        page.set_viewport_size({"width": width, "height": max(900, int(height) + 40)})
        page.wait_for_timeout(800)
        target = out / f"{spec.url_path}-{lang}-{width}.png"
        page.screenshot(path=str(target), full_page=True)
        _palette(target)
        return target
    finally:
        context.close()


def _palette(path: Path) -> None:
    """The screenshot as a 256-colour PNG (a third of the bytes; text and charts stay sharp).
    Pillow comes with python-pptx."""
    from PIL import Image
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en,fr", help="languages; French: Overview only "
                        "unless --all-french")
    parser.add_argument("--all-french", action="store_true")
    parser.add_argument("--widths", default="390,768,1440")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--pages", default="", help="comma-separated url paths (default: all)")
    args = parser.parse_args()
    wanted = [p for p in PAGES if not args.pages or p.url_path in args.pages.split(",")]
    widths = [int(w) for w in args.widths.split(",")]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright
    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for lang in args.lang.split(","):
            for spec in wanted:
                if lang == "fr" and not (spec.default or args.all_french):
                    continue
                for width in widths:
                    print(shoot(browser, url, spec, lang, width, out), flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
