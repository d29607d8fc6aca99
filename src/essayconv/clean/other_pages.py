"""Other pages' titles listed under a label where the page closes ("More Book Reports & Essays" over links to
other stories, each with its writer): the site's, whatever the label says. Read by clean/clutter.py."""

from __future__ import annotations

from ..model import DraftBlock, Heading, ListBlock, count_words
from ..signals import ends_sentence
from ..sites.learning_data import is_essay_heading
from .draft import Draft, items_linked, text_and_words
from .facts import labels_cards
from .references import is_reference_heading


def other_pages_under_a_label(block: ListBlock, items: list[str], out: list[DraftBlock], draft: Draft) -> bool:
    """A list closing the page (the caller knows), right under a short label (no heading of references), each item
    opening on a link and going on, if at all, for a few words that end no sentence ("The Day the Power
    Went Out by pigtails_k, age 9"): other pages' titles closing the page, whatever the label says. An
    essay's own list at its end is a part of its prose or its sources (entries end on a stop)."""
    tuning = draft.rules.tuning
    label = out[-1] if out else None
    # (a heading's label may run longer than a line's: "More Book Reports & Essays")
    headed = isinstance(label, Heading) and text_and_words(label)[1] <= tuning.title_line_max_words \
        and not ends_sentence(text_and_words(label)[0].strip()) and not is_essay_heading(text_and_words(label)[0])
    return len(items) >= 2 and items_linked(block) and label is not None and (headed or labels_cards(label, tuning)) \
        and not is_reference_heading(label, draft) \
        and all(count_words(item) <= tuning.title_line_max_words + _CARD_TRAILER_WORDS and not ends_sentence(item.strip())
                for item in items)


_CARD_TRAILER_WORDS = 6
"""What a card may add after its title's link: its writer and their age or class ("by oona.w, age 11")."""
