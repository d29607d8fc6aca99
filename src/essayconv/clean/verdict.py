"""The no-essay verdict: a page yields no essay only on positive evidence — it lists other essays, it
is a bot check, a script-loaded preview or a summary, or its prose really is short once clutter is
removed (exit 3, `NoEssayError`)."""

from __future__ import annotations

from ..extract import Extracted
from ..model import block_text
from ..rules import Rules


def no_essay_reason(extracted: Extracted, body_words: int, rules: Rules) -> str | None:
    tuning = rules.tuning
    if extracted.teasers:
        return f"no essay in the page: it lists other essays ({extracted.teasers} linked teasers)"
    page_text = " ".join(block_text(b) for b in extracted.blocks) + " " + (extracted.title or "")
    if body_words < tuning.no_essay_phrases_below_words:
        for pattern in rules.no_essay:
            match = pattern.search(page_text)
            if match:
                return f"no essay in the page: it is a bot check, a script-loaded preview or a summary (\"{match.group(0)}\")"
    if body_words < tuning.no_essay_below_words:
        return f"no essay in the page: only {body_words} words of text once clutter is removed"
    return None
