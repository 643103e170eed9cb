"""Run scripts the way `python examples/x.py` does, each in a fresh process.

torch is imported once here; each script then runs in a forked child that
starts from that clean state, so no script sees another's seed, print options
or once-per-process warnings. Prints a JSON object: path -> stdout, stderr, status.
"""

import json
import os
import runpy
import sys
import tempfile
import traceback

import torch  # noqa: F401 - imported once, before the forks

results = {}
with tempfile.TemporaryDirectory() as tmp:
    for path in sys.argv[1:]:
        out, err = os.path.join(tmp, "out"), os.path.join(tmp, "err")
        pid = os.fork()
        if pid == 0:
            sys.stdout = open(out, "w", encoding="utf-8")
            sys.stderr = open(err, "w", encoding="utf-8")
            sys.argv = [path]
            status = 0
            try:
                runpy.run_path(path, run_name="__main__")
            except BaseException:  # noqa: BLE001 - reported like the interpreter does
                traceback.print_exc()
                status = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)
        _, code = os.waitpid(pid, 0)
        with open(out, encoding="utf-8") as o, open(err, encoding="utf-8") as e:
            results[path] = {"stdout": o.read(), "stderr": e.read(), "status": os.waitstatus_to_exitcode(code)}
print(json.dumps(results))
