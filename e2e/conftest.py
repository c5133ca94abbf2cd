"""Real-browser tests: Debian's chromium driven by Playwright against live_server."""

from __future__ import annotations

import os
import shutil

import pytest

# Sync Playwright keeps an event loop in the test thread; the ORM must still work.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    """Mark every test here as a browser test; skip them only if chromium is absent."""
    missing = shutil.which(CHROMIUM) is None and not os.path.exists(CHROMIUM)
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if missing:
                reason = (
                    f"no chromium at {CHROMIUM}: install Debian's browser with "
                    "`apt-get install chromium` (or set CHROMIUM_PATH) to run the "
                    "browser tests"
                )
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }
