"""Fixtures shared by the whole suite, and the browser check at the start of a run.

One build of the site serves every test of a run (`built_site`), and its runs of the
examples serve every test that compares what an example printed (`example_runs`): under
pytest-xdist the first worker to need it builds it, the others wait and read it.
`make refresh` (`--update-outputs`) runs the examples alone, without a build.

Tests marked `browser` need Chromium. When it cannot start, the run says so in one line
at the top, leaves those tests out, and fails at the end naming the command that fixes it.
"""

from __future__ import annotations

import fcntl
import os
import pickle
from pathlib import Path

import pytest

os.environ.pop("SITE_URL", None)  # the site as `make build` writes it locally, whatever the shell has
os.environ["NO_MKDOCS_2_WARNING"] = "1"
# Two xdist workers share two cores: torch's thread pools would spin against each other
# (5,000 calculator settings: 31 s with two threads per process, 5 s with one).
os.environ.setdefault("OMP_NUM_THREADS", "1")
NO_BROWSER = "CONV1D_NO_BROWSER"  # why Chromium cannot start, from the first process to the workers


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite examples/*.out from a fresh run instead of comparing",
    )


def pytest_configure(config):
    if hasattr(config, "workerinput") or config.getoption("--collect-only"):
        return  # decided once, in the process that starts the workers
    markers = config.getoption("markexpr") or ""
    if "not browser" in markers or config.getoption("--update-outputs"):
        return
    from browser import why_not

    reason = why_not()
    if reason:
        os.environ[NO_BROWSER] = reason


def pytest_report_header(config):
    reason = os.environ.get(NO_BROWSER)
    if reason:
        from browser import SETUP

        return f"browser: Chromium cannot start ({reason}): the browser tests are left out; run `{SETUP}`"
    return None


def pytest_collection_modifyitems(config, items):
    # Tests that need no build first: while one worker builds the site, the other runs them.
    items.sort(key=lambda item: "built_site" in getattr(item, "fixturenames", ()))
    if not os.environ.get(NO_BROWSER):
        return
    left_out = [item for item in items if item.get_closest_marker("browser")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("browser")]


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get(NO_BROWSER) and not hasattr(session.config, "workerinput") and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED  # tests left out are not tests passed


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    reason = os.environ.get(NO_BROWSER)
    if reason:
        from browser import SETUP

        terminalreporter.write_line(f"FAILED: browser tests not run: Chromium cannot start ({reason}); run `{SETUP}`",
                                    red=True, bold=True)


@pytest.fixture
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")


# ------------------------------------------------------------ the build ------


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site, every language, built once per test run into a temporary folder, with the
    runs of its examples beside it (`runs.pickle`).

    CONV1D_BUILT_SITE=site uses a site already built (`make build`) instead: quicker, when
    only the browser tests change; the examples then run once in this process.
    """
    if os.environ.get("CONV1D_BUILT_SITE"):
        return Path(os.environ["CONV1D_BUILT_SITE"]).resolve()
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's
    site_dir, done = shared / "site", shared / "site.done"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            _build(site_dir)
            done.touch()
    return site_dir


def _build(site_dir: Path) -> None:
    from built import ROOT, build_site

    from conv1d_site import runner
    from conv1d_site.examples import all_examples

    build_site(ROOT, site_dir)
    runs = {path: runner.cached_run(path) for path in all_examples()}  # the build's own runs
    with open(site_dir.with_name("runs.pickle"), "wb") as f:
        pickle.dump(runs, f)


@pytest.fixture(scope="session")
def example_runs(request) -> dict:
    """Every example's run, {path: Run}: the build's; with --update-outputs (or a site built
    beforehand), a run of the examples alone, one after another in one worker as a build runs them."""
    from conv1d_site import runner
    from conv1d_site.examples import all_examples

    if request.config.getoption("--update-outputs") or os.environ.get("CONV1D_BUILT_SITE"):
        paths = all_examples()
        return dict(zip(paths, runner.run_all(paths)))
    site = request.getfixturevalue("built_site")
    with open(site.with_name("runs.pickle"), "rb") as f:
        return pickle.load(f)


@pytest.fixture(scope="session")
def small_site(tmp_path_factory) -> tuple[Path, list[str]]:
    """The two-page project of tests/built.py, built without a site_url: (site, warnings logged)."""
    from built import Records, build_site, small_project

    root = tmp_path_factory.mktemp("small")
    with Records() as records:
        build_site(small_project(root / "project"), root / "site")
    return root / "site", records.messages


@pytest.fixture(scope="session")
def served_site(built_site):
    """The base URL of `built_site` served on 127.0.0.1, ending in `/`."""
    from built import Server

    with Server(built_site) as server:
        yield server.url


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright, headless: one per test process."""
    from playwright.sync_api import sync_playwright

    from browser import launch

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
