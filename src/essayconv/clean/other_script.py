"""The page's word around an essay written in another writing system: a Japanese student's blog entry
introducing the English essay she wrote for class ("英作文IIの期末課題で書いたエッセイを載せます。"), a
Russian forum post's thanks under an English answer. The essay's script is the one most of the text's
letters are in; at the top before its prose begins and at the bottom after it ends, sentences in another
script are the page's, not the essay's. A quotation in another script stands in a quote block and stays;
a line that ends no sentence (a title, a heading) stays, whatever its script."""

from __future__ import annotations

from ..languages import script_of
from ..model import Heading, ListBlock, Paragraph
from ..regexes import compile_regex
from ..signals import Kind, ends_sentence
from .draft import Draft, as_removed, text_and_words

_NOT_LATIN = compile_regex(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def drop_talk_in_another_script(draft: Draft) -> Draft:
    blocks = list(draft.blocks)
    texty = [i for i, b in enumerate(blocks) if isinstance(b, (Paragraph, Heading, ListBlock))]
    if not any(_NOT_LATIN.search(text_and_words(blocks[i])[0]) for i in texty):
        return draft  # (a page in the Latin script alone, most pages: told at C speed, no letter counted)
    read = {i: script_of(text_and_words(blocks[i])[0]) for i in texty}
    letters: dict[str | None, int] = {}
    for script, count in read.values():
        letters[script] = letters.get(script, 0) + count
    if len(letters) < 2:
        return draft  # (one script: nothing is told apart by it; most pages)
    essay = max(letters, key=letters.__getitem__)
    prose = [i for i, (script, _) in read.items() if script == essay and isinstance(blocks[i], Paragraph)
             and text_and_words(blocks[i])[1] > draft.rules.tuning.prompt_prose_words]
    essay_words = sum(text_and_words(blocks[i])[1] for i in prose)
    if not prose or essay_words < draft.rules.tuning.tail_essay_min_words:
        return draft
    edges = [i for i in read if i < prose[0] or i > prose[-1]]
    other = [i for i in edges if isinstance(blocks[i], Paragraph) and read[i][0] not in (essay, None)
             and read[i][1] >= draft.rules.tuning.other_script_min_letters and ends_sentence(text_and_words(blocks[i])[0].strip())]
    if not other:
        return draft
    for index in other:
        blocks[index] = as_removed(blocks[index], Kind.NOTE)
    return draft.with_blocks(blocks)


