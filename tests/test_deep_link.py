"""ui/deep_link.py: the script that gives Streamlit the server's base address on a page's link
(issue 15), its place in index.html, and its install on Streamlit's static files."""
import json
import re

from ui.deep_link import base_url_script, install, patch_index
from ui.registry import PAGES

HTML = b"""<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8" />
<script>window.prerenderReady = false</script>
<script type="module" src="./static/js/index.js"></script></head><body></body></html>"""


def test_the_script_lists_the_pages_and_comes_before_any_other_script():
    script = base_url_script(["overview", "risk", "", "spend"])
    pages = json.loads(re.search(r"var pages = (\[.*?\]);", script).group(1))
    assert pages == ["overview", "risk", "spend"]            # the root needs none
    out = patch_index(HTML, script)
    assert out.count(b"<script") == 3
    first = out.index(b"<script")
    assert out[first:].startswith(script.encode()) and first > out.index(b"<head>")
    assert out == HTML.replace(b"<head>", b"<head>\n" + script.encode(), 1)


def test_a_page_without_a_head_is_left_unchanged():
    assert patch_index(b"<html><body>x</body></html>", "<script></script>") == \
        b"<html><body>x</body></html>"


def test_install_wraps_streamlits_handler_once_and_serves_the_patched_index(tmp_path):
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from streamlit.web.server.starlette import starlette_static_routes as routes
    original = routes.create_streamlit_static_handler
    try:
        assert install([p.url_path for p in PAGES])
        wrapped = routes.create_streamlit_static_handler
        assert install([p.url_path for p in PAGES]) and \
            routes.create_streamlit_static_handler is wrapped        # not wrapped twice
        (tmp_path / "index.html").write_bytes(HTML)
        (tmp_path / "app.js").write_bytes(b"var x = 1;")
        handler = wrapped(str(tmp_path), None)

        def get(path):
            scope = {"type": "http", "method": "GET", "path": "/" + path, "headers": []}
            with ThreadPoolExecutor(1) as pool:     # its own event loop (a browser test's may run)
                return pool.submit(asyncio.run, handler.get_response(path, scope)).result()
        for path in ("", "risk", "nosuchpage"):    # the root, a page, Streamlit's fallback
            response = get(path)
            assert response.status_code == 200
            assert response.body == patch_index(HTML, wrapped.deep_link_script)
            assert response.headers["cache-control"] == "no-cache"
        other = get("app.js")
        assert not hasattr(other, "body") and other.path.endswith("app.js")
    finally:
        routes.create_streamlit_static_handler = original
