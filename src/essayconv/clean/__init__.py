"""Extracted → Document: the cleaning passes, in order, then the finishing step that moves
removals out of the block stream and computes the metadata."""

from __future__ import annotations

from dataclasses import replace

from ..errors import NoEssayError
from ..extract import Extracted
from ..extract.title import clean_title, unquoted_title
from ..languages import guess_language
from ..model import (
    BlockQuote,
    Document,
    Gap,
    ListBlock,
    Metadata,
    Paragraph,
    Removed,
    block_text,
    count_words,
    has_content,
    plain_text,
)
from ..options import Options
from ..rules import Rules
from ..safe_text import safe_text
from .banners import extract_banners
from .brand import drop_site_copy
from .bylines import byline_under_the_letter, extract_byline
from .citations import link_citations
from .clutter import drop_clutter_blocks, drop_related_cards
from .digest import keep_the_essays_message
from .draft import Draft, Pass
from .facts import join_label_pairs
from .gaps import drop_wall_lines_after_the_cut, mark_teaser_cuts, mark_truncated_end, mark_unmarked_cuts
from .glossary import drop_glossary_boxes
from .inline import drop_running_heads, remove_empty_citations, remove_inline_clutter
from .letters import drop_letter
from .manual import drop_manual_sections
from .notebook_counts import count_in_a_notebook_cell
from .notes import drop_notes_on_the_essay, join_split_paragraphs
from .notices import drop_comments_under_their_heading, drop_notices_between_paragraphs
from .opening_titles import title_from_sole_opening_heading
from .other_script import drop_talk_in_another_script
from .over_clutter import drop_headings_over_clutter
from .page_labels import title_under_a_page_label
from .pagers import mark_pages_to_come
from .pieces import notices_after_the_piece, piece_among_notices
from .polls import drop_polls
from .references import split_references
from .repeats import drop_pull_quotes, drop_text_shown_again
from .shown_titles import title_shown_over_the_essay
from .structure import bold_lines_as_headings, extract_student_header, infer_headings, normalise_heading_levels
from .tail import drop_list_footer, drop_translated_tail, drop_unrelated_tail, drop_writers_sign_off
from .title_block import drop_title_block_lines
from .titles import drop_title_heading, title_from_first_heading, title_over_its_first_section
from .toc import drop_site_toc
from .verdict import no_essay_reason
from .walls_within import mark_walls_within

# Order matters: banners and labels before clutter (they share words), clutter before headings
# (a cookie notice is short too), references before the end-of-preview check (an entry list ends
# without a full stop), citations last (they need the reference entries).
PASSES: tuple[Pass, ...] = (
    bold_lines_as_headings,
    join_label_pairs,
    drop_manual_sections,
    keep_the_essays_message,
    extract_banners,
    count_in_a_notebook_cell,
    drop_talk_in_another_script,
    extract_byline,
    drop_site_toc,
    drop_clutter_blocks,
    drop_polls,
    drop_glossary_boxes,
    drop_site_copy,
    drop_related_cards,
    drop_headings_over_clutter,
    drop_notes_on_the_essay,
    drop_notices_between_paragraphs,
    drop_comments_under_their_heading,
    drop_pull_quotes,
    drop_text_shown_again,
    drop_letter,
    piece_among_notices,
    byline_under_the_letter,
    join_split_paragraphs,
    extract_student_header,
    remove_inline_clutter,
    mark_teaser_cuts,
    mark_walls_within,
    remove_empty_citations,
    drop_running_heads,
    infer_headings,
    drop_title_heading,
    drop_title_block_lines,
    title_from_first_heading,
    title_from_sole_opening_heading,
    title_over_its_first_section,
    title_under_a_page_label,
    title_shown_over_the_essay,
    notices_after_the_piece,
    split_references,
    drop_unrelated_tail,
    drop_translated_tail,
    drop_list_footer,
    drop_writers_sign_off,
    mark_unmarked_cuts,
    mark_pages_to_come,
    mark_truncated_end,
    drop_wall_lines_after_the_cut,
    normalise_heading_levels,
    link_citations,
)


def finish(draft: Draft, extracted: Extracted, source: str, options: Options) -> Document:
    blocks: list = []
    removed_list: list[Removed] = []
    for block in draft.blocks:
        if isinstance(block, Removed):
            removed_list.append(replace(block, at=len(blocks)))  # its place among the kept blocks
        elif has_content(block) and (isinstance(block, Gap) or safe_text(block_text(block)).strip()):
            blocks.append(block)  # (a block of control characters alone is empty once writers drop them)
    removed = tuple(removed_list)
    body_text = " ".join(block_text(b) for b in blocks)
    ref_text = " ".join(plain_text(e) for e in draft.references.entries) if draft.references else ""
    words = count_words(body_text) + count_words(ref_text)
    has_gap = any(isinstance(b, Gap) for b in blocks)
    short = draft.claimed_words is not None and words < options.complete_ratio * draft.claimed_words
    metadata = Metadata(
        source=extracted.url or source,
        site=extracted.site,
        author=draft.author,
        lang=extracted.lang or guess_language(body_text),
        claimed_words=draft.claimed_words,
        claimed_pages=draft.claimed_pages,
        words=words,
        complete=not has_gap and not short,
        url=extracted.url,
        encoding=extracted.encoding,
        finder=extracted.finder,
    )
    # (a title a pass found in the text carries the decorations a page's <title> does: "… (revised 20/01/03)")
    title = clean_title(draft.title, draft.rules) if draft.title else draft.title
    return Document(title=unquoted_title(title), metadata=metadata, blocks=tuple(blocks),
                    references=draft.references, citations=draft.citations, removed=removed)


def clean(extracted: Extracted, source: str, rules: Rules, options: Options = Options()) -> Document:
    draft = Draft(title=extracted.title, blocks=extracted.blocks, rules=rules, author=extracted.author,
                  claimed_words=extracted.claimed_words, menu_texts=extracted.menu_texts, url=extracted.url,
                  site_names=extracted.site_names)
    for step in PASSES:
        draft = step(draft)
    document = finish(draft, extracted, source, options)
    prose = sum(count_words(block_text(b)) for b in document.blocks
                if isinstance(b, (Paragraph, BlockQuote, ListBlock)))
    reason = no_essay_reason(extracted, document, prose, rules)
    if reason:
        raise NoEssayError(reason, source)
    return document


__all__ = ["PASSES", "clean", "finish", "Draft"]
