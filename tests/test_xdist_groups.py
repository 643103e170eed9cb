"""The suite's costly fixtures (a build of the small project, every script run alone, thousands
of torch settings) are shared by the tests of one xdist group, which pytest-xdist must send to
one worker. pytest 9.2 silently broke that (pytest-dev/pytest-xdist#1386): each worker then
built its own. Checked on a throwaway suite run the way pyproject.toml runs this one."""

import os
import subprocess
import sys
import textwrap


def test_a_group_runs_on_one_worker(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_grouped.py").write_text(textwrap.dedent('''
        import os
        import pytest

        pytestmark = pytest.mark.xdist_group("shared")

        @pytest.mark.parametrize("n", range(8))
        def test_worker(n):
            with open(os.path.join(os.environ["GROUP_OUT"], f"{n}.worker"), "w") as f:
                f.write(os.environ["PYTEST_XDIST_WORKER"])
        '''), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", "2", "--dist", "loadgroup", "-p",
                           "no:cacheprovider", str(tmp_path)],
                          cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "GROUP_OUT": str(out)})
    assert done.returncode == 0, done.stdout[-2000:]
    workers = [path.read_text() for path in out.glob("*.worker")]
    assert len(workers) == 8
    assert len(set(workers)) == 1, workers
