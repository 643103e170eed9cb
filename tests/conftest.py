import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite examples/*.out from a fresh run instead of comparing",
    )


@pytest.fixture
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")


# --- The built site, shared by every test run; one server and one Chromium per xdist worker.


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site, both languages, built once per test run into a temporary folder.

    Under xdist the workers share one build: the first to get here builds it
    while the other waits. CONV1D_BUILT_SITE=site uses a site already built
    (`make build`) instead: quicker, when only the browser tests change.
    """
    import fcntl
    import os
    from pathlib import Path

    from sitebuild import ROOT, build_site

    if os.environ.get("CONV1D_BUILT_SITE"):
        return Path(os.environ["CONV1D_BUILT_SITE"]).resolve()
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        site_dir = tmp_path_factory.mktemp("site")
        build_site(ROOT, site_dir)
        return site_dir
    shared = tmp_path_factory.getbasetemp().parent  # the run's folder, above each worker's
    site_dir, done = shared / "site", shared / "site.done"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            build_site(ROOT, site_dir)
            done.touch()
    return site_dir


@pytest.fixture(scope="session")
def served_site(built_site):
    """The base URL of `built_site` served on 127.0.0.1, ending in `/`."""
    from browser import Server

    with Server(built_site) as server:
        yield server.url


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright, headless."""
    from playwright.sync_api import sync_playwright

    from browser import launch

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
