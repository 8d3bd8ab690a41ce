"""A link to a page connects at once (issue 15: a new session on any page).

Opened at ``/<page>``, Streamlit's browser code does not know whether ``<page>`` is a page or
part of the server's base path: it asks ``/<page>/_stcore/health`` first, gets a 404, waits
100 ms and only then asks ``/_stcore/health`` (its ``getPossibleBaseUris``). Every shared link
to a page paid about 0.15 s before the session even started, some 6 % of a new session's first
screen on the development machine.

The server started by ``make run`` (scripts/serve_app.py) serves Streamlit's ``index.html``
with one small script before Streamlit's own: when the last segment of the address is one of
the app's pages, it tells Streamlit the server's base address (``window.__streamlit``'s
``BACKEND_BASE_URL``, Streamlit's setting for hosts), so the first health check is the right
one. Any other address (the root, an unknown page, a base path of a deployment) is left to
Streamlit's own search, unchanged. A Streamlit release that moves the static files' handler
only loses the shortcut: :func:`install` returns False and nothing else changes.
"""
from __future__ import annotations

import json
import os
import re

#: Before Streamlit's code: the base address when the path ends with a known page.
_SCRIPT = """<script>
(function () {
  var pages = %s;
  var path = window.location.pathname.replace(/\\/+$/, "");
  var cut = path.lastIndexOf("/");
  if (cut < 0 || pages.indexOf(path.slice(cut + 1)) < 0) return;
  var known = window.__streamlit || {};
  if (known.BACKEND_BASE_URL) return;
  var settings = {};
  for (var key in known) settings[key] = known[key];
  settings.BACKEND_BASE_URL = window.location.origin + path.slice(0, cut) + "/";
  window.__streamlit = settings;
})();
</script>"""

_HEAD = re.compile(rb"<head[^>]*>", re.IGNORECASE)


def base_url_script(page_paths: list[str]) -> str:
    """The inline script for the app's pages (their URL paths; the default page, at the root,
    needs none and empty paths are left out)."""
    return _SCRIPT % json.dumps(sorted(p for p in page_paths if p))


def patch_index(html: bytes, script: str) -> bytes:
    """``html`` with ``script`` right after its ``<head>`` (before any other script); the
    page unchanged when it has no head."""
    found = _HEAD.search(html)
    if not found:
        return html
    return html[:found.end()] + b"\n" + script.encode("utf-8") + html[found.end():]


def install(page_paths: list[str]) -> bool:
    """Serve Streamlit's ``index.html`` with :func:`base_url_script` (to call before the
    server starts). False, and nothing changed, when this Streamlit has no such handler."""
    try:
        from starlette.responses import Response
        from streamlit.web.server.starlette import starlette_static_routes as routes
        original = routes.create_streamlit_static_handler
    except (ImportError, AttributeError):
        return False
    if getattr(original, "deep_link_script", None) is not None:
        return True
    script = base_url_script(page_paths)

    def create_handler(directory: str, base_url: str | None):
        handler = original(directory, base_url)
        index = os.path.join(directory, "index.html")
        answer = handler.get_response
        patched: list[bytes] = []

        async def get_response(path, scope):
            response = await answer(path, scope)
            if response.status_code != 200 or getattr(response, "path", None) != index:
                return response
            if not patched:
                with open(index, "rb") as fh:
                    patched.append(patch_index(fh.read(), script))
            return Response(patched[0], status_code=200, media_type="text/html",
                            headers={"Cache-Control": "no-cache"})

        handler.get_response = get_response
        return handler

    create_handler.deep_link_script = script
    routes.create_streamlit_static_handler = create_handler
    return True
