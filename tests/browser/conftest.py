"""Browser tests: Playwright's Python package driving Debian's chromium.

The pages are served by pytest-django's live server in this process, so a
test can read the mail outbox (the verification link) like a person reads
their inbox. Playwright's sync API runs an event loop in this thread; the
ORM calls made by the tests themselves are synchronous and safe, hence
DJANGO_ALLOW_ASYNC_UNSAFE.
"""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

from .helpers import log_in

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def browser(transactional_db):
    """A fresh chromium per test, started after the database is set up.

    Playwright's sync API runs an event loop in this thread, and Django then
    hands out a different connection object here. Started earlier (once per
    session), it made the serialized rollback skip restoring the migrated
    data (roles, home page), so later tests saw an empty database.
    """
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        message = f"chromium not found at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must never pass having run no browser test
        pytest.skip(message)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def assert_accessible():
    """Run axe (WCAG 2.1 A and AA) on the current page; fail with the details."""
    axe = Axe()

    def check(page):
        results = axe.run(page, options=WCAG_21_AA)
        violations = results.response["violations"]
        details = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} -> "
            + "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
            for v in violations
        )
        assert violations == [], f"axe violations on {page.url}:\n{details}"
        return results

    return check


@pytest.fixture
def new_page(browser, live_server):
    """Factory: a page in a browser context of its own (another person, or nobody)."""
    contexts = []

    def make():
        context = browser.new_context(base_url=live_server.url, locale="nl-NL")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def asgi_server(transactional_db):
    """Pages and websockets from one Daphne process (pytest-django's
    live_server speaks WSGI: no websockets). The process is forked after
    the test database exists and reads it through its own connections;
    mail it sends is not in this process's outbox."""
    from functools import partial

    from channels.testing.live import make_application
    from daphne.testing import DaphneProcess
    from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler
    from django.db import connections

    # The child must not share this process's open database connections.
    connections.close_all()
    process = DaphneProcess(
        "127.0.0.1", partial(make_application, static_wrapper=ASGIStaticFilesHandler))
    process.start()
    if not process.ready.wait(timeout=30):
        process.terminate()
        pytest.fail("the ASGI server did not start")
    yield f"http://127.0.0.1:{process.port.value}"
    process.terminate()
    process.join(timeout=10)
    if process.is_alive():
        process.kill()


@pytest.fixture
def login(page, password):
    """Log a user in on the test's own page."""
    return lambda user: log_in(page, user, password)
