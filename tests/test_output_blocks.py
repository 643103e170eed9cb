"""What an example printed is shown as Markdown would render its fence, without a
Markdown pass per output (conv1d_site/hooks.py: output_html)."""

import pytest
from mkdocs.config import load_config

from conv1d_site import hooks
from sitebuild import ROOT


@pytest.fixture(scope="module", autouse=True)
def renderer():
    hooks.fence_html = hooks.fence_renderer(load_config(str(ROOT / "mkdocs.yml")))


@pytest.mark.parametrize("printed", [
    "torch.Size([1, 4, 5])",
    "padding must be one of {'same', 'valid'} & \"x\" < y > z",
    "a\n\nb",
    "\nstarts with a blank line",
    "a line of spaces:\n   \nafter it",
    "a\ttab",
    "출력 길이: 5",
])
@pytest.mark.parametrize("error", [False, True])
def test_output_block_is_what_its_fence_renders_to(printed, error):
    kind = ".output-error" if error else ""
    fence = f'``` {{ .text .output {kind} .no-copy title="Output" }}\n{printed}\n```'
    assert hooks.output_html(printed, error, "Output") == hooks.fence_html(fence)
