"""The tail of a text browser's dump (`lynx -dump`): the mill's lines under the essay, under a typed rule or not,
read as blocks (a related list with its label, an advertisement, a cite box), and the browser's own list of the
page's link addresses with its "References" label — never the essay's own reference entries. Our own text."""

from __future__ import annotations

import pytest

import essayconv

from .helpers import PROSE, kept_text

ENTRY = "Hale, R. (2019). Rivers and Their Bends. Leeds: Northgate Press."
TAIL = """   Need something similar? [11]Order a custom paper from $9.99/page

   Papers on similar topics

     * [12]Do Dams Help Farmers? (1,204 words)
     * [13]Floods in the Fens (688 words)

   (c) 2025 Quillmere. All papers are the property of their authors.

References

   1. https://quillmere.example/
   2. https://quillmere.example/essays
"""


@pytest.mark.parametrize("rule", ["", "   ________________________________________________________________\n\n"])
def test_a_dumps_tail_and_its_link_list_go_the_essays_references_stay(rule: str) -> None:
    dump = f"Why Rivers Move\n\n   {PROSE}\n\n   {PROSE} The bank wears away.\n\nReferences\n\n   {ENTRY}\n\n{rule}{TAIL}"
    document = essayconv.load(dump.encode(), name="dump.txt")
    text = kept_text(document)
    assert "The bank wears away." in text
    assert not any(line in text for line in ("similar topics", "Do Dams", "custom paper", "property of", "quillmere.example"))
    assert document.references is not None and [essayconv.model.plain_text(e) for e in document.references.entries] == [ENTRY]
