"""HTML → the essay's blocks, without knowing the site.

1. `facts`: read what the page says about itself (title, language, author, URL) before touching it.
2. `prune`: drop what is never content (scripts, hidden elements) and mark page chrome (nav,
   sidebars, footers, ads, share bars: by element, by class/id tokens from data/clutter.toml, by
   shape), sparing elements that hold the page's prose; `profile` applies a recognised site profile.
3. `container`: score containers by the prose they hold the way readability does, pick the best one
   and widen it when the essay is split across siblings (teaser cuts do that); `listing` tells a
   page of teaser cards from an essay.
4. `walk`: the chosen container into blocks; `outside`: everything else becomes `Removed` records.
5. `ladder`: strict first, then relaxed rungs on the same tree when the strict pass kept little.
"""

from .facts import decode_proxy_url
from .ladder import extract_html
from .tags import MAX_ELEMENT_DEPTH

__all__ = ["MAX_ELEMENT_DEPTH", "decode_proxy_url", "extract_html"]
