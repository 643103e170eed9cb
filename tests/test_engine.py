"""The execution engine that the build and the tests share: conv1d_site/examples.py (cells),
runner.py (processes), outputs.py (the committed outputs) and notebooks.py."""

import json
import textwrap

import nbformat
import pytest

from conv1d_site import examples, notebooks, outputs, runner


def write(tmp_path, body, name="sample.py"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return path


def test_cells_titles_and_localized_comments(tmp_path):
    path = write(tmp_path, """
        # en: A title
        # ko: 제목
        # %%
        # en: english only
        # ko: 한국어만
        # shared comment
        x = 1 + 1  # inline comments stay
        print(x)
    """)
    example = examples.parse(path)
    assert example.title("en") == "A title" and example.title("ko") == "제목"
    cell = example.cells[0]
    assert cell.line == 4
    assert cell.code("en").splitlines()[:2] == ["# english only", "# shared comment"]
    assert cell.code("ko").splitlines()[:2] == ["# 한국어만", "# shared comment"]
    assert runner.run(path).outputs == ["2\n"]


def test_each_cell_keeps_its_own_output_and_shares_the_namespace(tmp_path):
    path = write(tmp_path, """
        # %%
        a = 3
        # %%
        print(a * 2)
        # %%
        print("last")
    """)
    assert runner.run(path).outputs == ["", "6\n", "last\n"]


def test_expected_error_is_shown_with_its_type_and_message(tmp_path):
    path = write(tmp_path, """
        # %%
        print("before")
        # %% raises ValueError
        int("x")
    """)
    run = runner.run(path)
    assert run.outputs[1] == "ValueError: invalid literal for int() with base 10: 'x'\n"
    assert run.cells[1].error.startswith("ValueError")


def test_unexpected_error_names_the_script_and_line(tmp_path):
    path = write(tmp_path, """
        # %%
        x = 1
        # %%
        y = x / 0
    """, name="broken.py")
    with pytest.raises(examples.ExampleError, match=r"broken\.py:4: ZeroDivisionError"):
        runner.run(path)


def test_a_marked_cell_that_does_not_raise_fails(tmp_path):
    path = write(tmp_path, """
        # %% raises RuntimeError
        x = 1
    """, name="quiet.py")
    with pytest.raises(examples.ExampleError, match=r"quiet\.py:2: .*raised nothing"):
        runner.run(path)


def test_the_wrong_exception_type_fails(tmp_path):
    path = write(tmp_path, """
        # %% raises TypeError
        int("x")
    """)
    with pytest.raises(examples.ExampleError, match="ValueError"):
        runner.run(path)


def test_unknown_marker_is_rejected(tmp_path):
    path = write(tmp_path, "# %% skip\nx = 1\n")
    with pytest.raises(examples.ExampleError, match="unknown cell marker"):
        examples.parse(path)


def test_warnings_are_shown_under_the_cell(tmp_path):
    path = write(tmp_path, """
        # %%
        import warnings
        warnings.warn("careful")
        print("done")
    """)
    assert runner.run(path).outputs == ["done\nUserWarning: careful\n"]


def test_set_order_in_messages_is_normalized():
    one = "must be one of {'zeros', 'reflect', 'circular'}"
    other = "must be one of {'circular', 'zeros', 'reflect'}"
    assert examples.normalize(one) == examples.normalize(other)
    assert examples.normalize(one) == "must be one of {'circular', 'reflect', 'zeros'}"


def test_torch_state_does_not_leak_between_examples(tmp_path):
    noisy = write(tmp_path, """
        # %%
        import torch
        torch.set_printoptions(precision=1)
        torch.manual_seed(123)
    """, name="noisy.py")
    doubles = write(tmp_path, """
        # %%
        import torch
        torch.set_default_dtype(torch.float64)
    """, name="doubles.py")
    plain = write(tmp_path, """
        # %%
        import torch
        print(torch.tensor([1 / 3]), torch.rand(1), torch.get_default_dtype())
    """, name="plain.py")
    alone = runner.run(plain).outputs
    # One after the other, as a build runs them: seeds and print options are put back, and
    # a changed default dtype hands the examples after it to a fresh process.
    runs = runner.run_all([plain, noisy, plain, doubles, plain])
    assert [run.outputs for run in runs] == [alone, [""], alone, [""], alone]


def test_a_once_per_process_warning_reaches_every_example(tmp_path):
    body = """
        # %%
        import warnings
        import torch
        from torch import nn
        conv = nn.Conv1d(1, 1, kernel_size=2, padding="same")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            conv(torch.ones(1, 1, 4))
        print(len(caught))
    """
    first, second = write(tmp_path, body, name="first.py"), write(tmp_path, body, name="second.py")
    # torch warns about an even kernel with 'same' once per process; the second example
    # must see it too, even though the first one caught it itself.
    assert [run.outputs for run in runner.run_all([first, second])] == [["1\n"], ["1\n"]]


def test_an_example_that_kills_its_process_fails_alone(tmp_path):
    ok = write(tmp_path, """
        # %%
        print("fine")
    """, name="ok.py")
    dies = write(tmp_path, """
        # %%
        import os
        os._exit(3)
    """, name="dies.py")
    files = runner._fork_server().submit([(str(p), []) for p in (ok, dies, ok)])
    assert runner._result(files[0]).outputs == ["fine\n"]
    with pytest.raises(examples.ExampleError, match="dies.py: the example's process died"):
        runner._result(files[1])
    assert runner._result(files[2]).outputs == ["fine\n"]


def test_expected_outputs_round_trip_and_diff_names_cell(tmp_path):
    path = write(tmp_path, """
        # %%
        print("a")
        # %%
        print("b")
    """, name="pair.py")
    run = runner.run(path)
    assert outputs.diff(run).endswith("no expected output committed (pair.out)")
    assert outputs.write_expected(run) is True
    assert outputs.write_expected(run) is False
    assert outputs.expected(run.example) == ["a\n", "b\n"]
    assert outputs.diff(run) == ""
    path.with_suffix(".out").write_text("# %% [1]\na\n# %% [2]\nB\n", encoding="utf-8")
    report = outputs.diff(run)
    assert "pair.py cell 2 (expected)" in report and "-B" in report and "+b" in report


def test_notebook_holds_code_outputs_and_errors(tmp_path):
    path = write(tmp_path, """
        # en: Title
        # ko: 제목
        # %%
        # en: say hi
        # ko: 인사
        print("hi")
        # %% raises ZeroDivisionError
        1 / 0
    """)
    notebook = notebooks.notebook(runner.run(path), "ko")
    nbformat.validate(nbformat.reads(json.dumps(notebook), as_version=4))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code[0]["source"] == '# 인사\nprint("hi")'
    assert code[0]["outputs"] == [{"output_type": "stream", "name": "stdout", "text": "hi\n"}]
    assert code[1]["outputs"][0]["ename"] == "ZeroDivisionError"
    assert notebook["cells"][0]["source"].startswith("# 제목")
