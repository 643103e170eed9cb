"""What an example printed is shown as Markdown would render its fence, without a
Markdown pass per output (conv1d_site/pages.py: output_html)."""

import html
import re

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
    assert pages.output_html(printed + "\n", [], error, "Output") == pages.fence_html(fence)


@pytest.mark.parametrize("printed", ["torch.Size([1, 4, 5])\n", "a\ttab\n", ""])
def test_warnings_and_the_exception_come_last_each_in_a_span(printed):
    messages = ["UserWarning: Using padding='same' with even kernel lengths <and> odd dilation",
                "RuntimeError: Given groups=1, weight of size [4, 3, 3]"]
    block = pages.output_html(printed, messages, True, "Output")
    spans = re.findall(r'<span class="message">(.*?)</span>', block)
    assert [html.unescape(s) for s in spans] == messages
    def text(block):
        return html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<code>(.*)</code>", block, re.S)[1])).rstrip("\n")

    alone = text(pages.output_html(printed, [], True, "Output"))  # as the fence renders the printed text
    assert text(block) == "\n".join(([alone] if alone else []) + messages)


def test_compacting_a_page_keeps_what_renders():
    page = ('<nav>\n    <ul>\n      <li><a href="x">x</a></li>\n    </ul>\n</nav>\n<p>a\n   b <code>c  d</code></p>\n'
            '<pre><code>  kept\n    as is\n</code></pre>\n<script>\n  var a = 1\n</script>\n')
    assert pages.compact(page) == ('<nav>\n<ul>\n<li><a href="x">x</a></li>\n</ul>\n</nav>\n<p>a\n   b <code>c  d</code></p>\n'
                                   '<pre><code>  kept\n    as is\n</code></pre>\n<script>\n  var a = 1\n</script>\n')
