"""The HTML pack passes axe-core with no serious or critical violations, in Chromium.

Needs: Debian's ``chromium`` (apt), the ``playwright`` Python package (no browser download:
the system Chromium is used) and axe-core's ``axe.min.js`` (npm ``axe-core``), found at
``$AXE_CORE_JS``, else ``node_modules/axe-core/axe.min.js`` in the repository, else in
``npm root -g``. The test is skipped, saying which is missing, when one is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reports.conftest import Authority

SERIOUS = {"serious", "critical"}


def _axe_script() -> Path | None:
    candidates = [Path(os.environ["AXE_CORE_JS"])] if os.environ.get("AXE_CORE_JS") else []
    candidates.append(ROOT / "node_modules" / "axe-core" / "axe.min.js")
    npm = shutil.which("npm")
    if npm is not None:
        root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True).stdout
        candidates.append(Path(root.strip()) / "axe-core" / "axe.min.js")
    return next((c for c in candidates if c.is_file()), None)


def _chromium() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") \
        or shutil.which("chromium-browser")


@pytest.mark.parametrize("audience", ["board", "public"])
def test_html_has_no_serious_axe_violations(authority: Authority, audience: str) -> None:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    chromium = _chromium()
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    axe = _axe_script()
    if axe is None:
        pytest.skip("axe-core is not installed (npm install axe-core, or set AXE_CORE_JS)")
    html: Path = getattr(authority, audience).html
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium,
                                             args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(html.as_uri())
            page.add_script_tag(path=str(axe))
            results = page.evaluate(
                "async () => await axe.run(document, {resultTypes: ['violations']})")
        finally:
            browser.close()
    serious = [(v["id"], v["impact"], len(v["nodes"]), v["help"])
               for v in results["violations"] if v["impact"] in SERIOUS]
    assert serious == []
