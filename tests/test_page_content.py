"""What Material's script would add to a page on load, written in by the build
(conv1d_site/material.py: settle_content): copy buttons, and a frame around each table."""

import re

from mkdocs.config import load_config

from built import ROOT
from conv1d_site import material, pages

PAGE = '''
``` python
x = torch.zeros(1, 2, 10)
```

``` { .text .no-copy title="Output" }
not for copying
```

| a | b |
|---|---|
| 1 | 2 |

``` python title="with a title"
y = conv(x)
```
'''


def test_code_blocks_but_no_copy_ones_get_a_button_that_copies_their_own_code():
    config = load_config(str(ROOT / "mkdocs.yml"))
    render = pages.fence_renderer(config.markdown_extensions, config.mdx_configs)
    settled = material.settle_content(render(PAGE), "Copy & paste")
    pres = re.findall(r"<pre[^>]*>.*?</pre>", settled, re.S)
    assert len(pres) == 3
    for pre, number in zip([pres[0], pres[2]], ["1", "2"]):
        assert pre.startswith(f'<pre data-code="{number}">')
        assert f"data-clipboard-target=\"pre[data-code='{number}'] > code\"" in pre
        assert 'title="Copy &amp; paste"' in pre
        assert pre.index("md-code__button") < pre.index("<code")
    assert "md-code__button" not in pres[1] and "data-code" not in pres[1]
    assert re.search(r'<div class="table">\s*<table>.*?</table>\s*</div>', settled, re.S)
