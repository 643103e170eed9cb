"""What an example printed is shown as Markdown would render its fence, without a
Markdown pass per output (conv1d_site/pages.py: output_html)."""

import pytest
from mkdocs.config import load_config

from built import ROOT
from conv1d_site import pages


@pytest.fixture(scope="module", autouse=True)
def renderer():
    config = load_config(str(ROOT / "mkdocs.yml"))
    pages.fence_html = pages.fence_renderer(config.markdown_extensions, config.mdx_configs)


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
    assert pages.output_html(printed, error, "Output") == pages.fence_html(fence)


def test_compacting_a_page_keeps_what_renders():
    page = ('<nav>\n    <ul>\n      <li><a href="x">x</a></li>\n    </ul>\n</nav>\n<p>a\n   b <code>c  d</code></p>\n'
            '<pre><code>  kept\n    as is\n</code></pre>\n<script>\n  var a = 1\n</script>\n')
    assert pages.compact(page) == ('<nav>\n<ul>\n<li><a href="x">x</a></li>\n</ul>\n</nav>\n<p>a\n   b <code>c  d</code></p>\n'
                                   '<pre><code>  kept\n    as is\n</code></pre>\n<script>\n  var a = 1\n</script>\n')
