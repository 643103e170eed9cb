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


# --- Browser tests (tests/browser.py): one build, one server, one Chromium per xdist worker.
# Mark such a module `pytest.mark.xdist_group("browser")` so its tests share them.


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site, both languages, built once into a temporary folder.

    CONV1D_BUILT_SITE=site uses a site already built (`make build`) instead: quicker, when
    only the browser tests change.
    """
    import os
    from pathlib import Path

    from sitebuild import ROOT, build_site

    if os.environ.get("CONV1D_BUILT_SITE"):
        return Path(os.environ["CONV1D_BUILT_SITE"]).resolve()
    site_dir = tmp_path_factory.mktemp("browser-site")
    build_site(ROOT, site_dir)
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
