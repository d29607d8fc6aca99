"""A piece of writing with its own title and byline among a page's short notices: a newsletter's
"From the members: <title>" / "<writer's name>" between "Apiary rota" and "Swarm list", a school
bulletin's prize essay between the term dates and the lost property. The piece is the essay; the
notices around it, each a few lines under its own heading, are the page's."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..languages import function_words
from ..model import BlockQuote, DraftBlock, Heading, ListBlock, Paragraph, Removed
from ..signals import HEADING_NEVER_ENDS, Kind, ends_sentence, line_shape
from ..sites.learning_data import is_essay_heading
from ..tuning import Tuning
from .draft import Draft, as_removed, text_and_words
from .page_labels import topic_words
from .structure import looks_like_a_name


def _sections(blocks: list[DraftBlock], content: list[int], level: int) -> list[list[int]]:
    """The content cut at each heading of `level` or higher: the blocks before the first, then each
    heading with what stands under it."""
    cut: list[list[int]] = [[]]
    for index in content:
        block = blocks[index]
        if isinstance(block, Heading) and block.level <= level:
            cut.append([])
        cut[-1].append(index)
    return [section for section in cut if section]


def _prose_words(blocks: list[DraftBlock], section: list[int]) -> int:
    return sum(text_and_words(blocks[i])[1] for i in section if isinstance(blocks[i], (Paragraph, BlockQuote, ListBlock)))


def _name_line(block: DraftBlock) -> str | None:
    """A line under a heading naming its writer and nothing else ("Gwen Tallis")."""
    if not isinstance(block, (Paragraph, Heading)):
        return None
    text = text_and_words(block)[0].strip()
    return text if looks_like_a_name(text) and not ends_sentence(text) else None


def _title_like(heading: Heading, most_words: int) -> bool:
    text, words = text_and_words(heading)
    return words <= most_words and not HEADING_NEVER_ENDS.search(text.strip())


def _title_after_a_label(text: str) -> str:
    """"From the members: Why I Stopped Chasing Honey" → the title; a title's own colon ("Hamlet: A Study
    of Grief", "The Ice King: How …") is left: a label before it is set in sentence case."""
    label, colon, title = text.partition(": ")
    shape = line_shape(label, function_words())
    if colon and len(shape.words) >= 2 and shape.capitalised_share < 1 and line_shape(title, function_words()).capitalised_share >= 0.75:
        return title.strip()
    return text.strip()


def _among_notices(blocks: list[DraftBlock], piece: list[int], others: list[list[int]], tuning: Tuning,
                   notices_after: int = 1) -> bool:
    """The piece holds most of the prose in paragraphs of prose, and the sections around it, some after
    it, are short notices."""
    words = _prose_words(blocks, piece)
    rest = sum(_prose_words(blocks, s) for s in others)
    paragraphs = sum(1 for i in piece if isinstance(blocks[i], Paragraph) and text_and_words(blocks[i])[1] > tuning.prompt_prose_words)
    return paragraphs >= tuning.piece_min_paragraphs and sum(s[0] > piece[-1] for s in others) >= notices_after \
        and all(_prose_words(blocks, s) <= tuning.notice_max_words for s in others) \
        and words >= tuning.piece_min_share_of_prose * (words + rest)


def _notices_after(blocks: list[DraftBlock], sections: list[list[int]], tuning: Tuning) -> list[list[int]]:
    """The short sections closing the page, each a notice (some prose, `notice_max_words` at most, in
    paragraphs of `tail_paragraph_max_words` at most, under a heading that names no part of an essay)
    that shares almost none of its topic words with the
    text above it (`tail_max_shared`): "Plan your visit", "More from the blog" under a museum's prize
    essay. The essay keeps most of the prose."""
    stop = topic_words(" ".join(function_words()))
    found: list[list[int]] = []
    # the essay's words from its paragraphs of prose (a short note closing it may speak as the notices
    # do), per section, and above the section looked at: all of them less those of the sections below
    prose = [Counter(w for i in s for text, words in (text_and_words(blocks[i]),) if words > tuning.tail_paragraph_max_words
                     for w in topic_words(text)) for s in sections]
    above: Counter[str] = Counter()
    for words in prose:
        above.update(words)
    for position in range(len(sections) - 1, 0, -1):
        section = sections[position]
        heading = blocks[section[0]]
        above -= prose[position]
        own = set().union(*(topic_words(text_and_words(blocks[i])[0]) for i in section)) - stop
        if not isinstance(heading, Heading) or is_essay_heading(text_and_words(heading)[0]) \
                or not 0 < _prose_words(blocks, section) <= tuning.notice_max_words \
                or len(own & above.keys()) > tuning.tail_max_shared * len(own) \
                or any(text_and_words(blocks[i])[1] > tuning.tail_paragraph_max_words for i in section):  # (a notice's lines are short)
            break
        found.append(section)
    essay = sum(_prose_words(blocks, s) for s in sections if s not in found)
    return found if essay >= tuning.piece_min_share_of_prose * (essay + sum(_prose_words(blocks, s) for s in found)) else []


def _set_aside(blocks: list[DraftBlock], sections: list[list[int]]) -> list[DraftBlock]:
    """The blocks with the sections' set aside as the page's own (its letter, its notices)."""
    taken = {i for section in sections for i in section}
    return [as_removed(b, Kind.LETTER) if i in taken else b for i, b in enumerate(blocks)]


def _under_its_title_and_byline(blocks: list[DraftBlock], content: list[int]) -> bool:
    """The text opens right under the essay's title, already set aside, and its byline or, above the
    title, the page's letter or report on it ("Dear members, … The judges chose Rosa …"); a photo's
    caption between them changes nothing."""
    kinds = [b.kind for b in blocks[:content[0]] if isinstance(b, Removed) and b.kind not in _BESIDE_THE_TITLE] if content else []
    return kinds[-2:] == [Kind.TITLE, Kind.BYLINE] or (kinds[-1:] == [Kind.TITLE] and bool({Kind.LETTER, Kind.NOTE} & set(kinds)))


_BESIDE_THE_TITLE = frozenset((Kind.CAPTION, Kind.GALLERY))


def piece_among_notices(draft: Draft) -> Draft:
    """The section headed by a title with its writer's name under it, when the page around it is short
    notices under headings of the same rank (each `notice_max_words` at most), at least one of them
    after the piece, and the piece holds most of the prose (`piece_min_share_of_prose`) in paragraphs of
    prose (`piece_min_paragraphs`: a shop's section of product blurbs under "Popular Models" is none).
    Where the title and byline are set aside already, the piece is the text before the first heading,
    and two notices at least follow it (none an essay's own section: "Conclusion")."""
    tuning = draft.rules.tuning
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    if _under_its_title_and_byline(blocks, content):
        # the notices' rank: the essay's own sections may stand under smaller headings ("Reading the
        # dance" as an h3 in the piece, "Diary dates" as an h2 after it)
        for level in sorted({b.level for i in content if isinstance(b := blocks[i], Heading)}):
            sections = _sections(blocks, content, level)
            if len(sections) > 1 and not any(is_essay_heading(text_and_words(blocks[s[0]])[0]) for s in sections[1:]) \
                    and _among_notices(blocks, sections[0], sections[1:], tuning, notices_after=2):
                return draft.with_blocks(_set_aside(blocks, sections[1:]))
    for position, index in enumerate(content[:-2]):
        heading, below = blocks[index], blocks[content[position + 1]]
        name = _name_line(below) if isinstance(heading, Heading) else None
        if name is None or not _title_like(heading, tuning.title_line_max_words):
            continue  # (a news story's standfirst over a photo credit is no piece's title)
        sections = _sections(blocks, content, heading.level)
        # the writer's name set as a heading of the same rank stays with the piece
        piece_at = next(n for n, s in enumerate(sections) if index in s)
        name_heads_next = piece_at + 1 < len(sections) and sections[piece_at + 1][0] == content[position + 1]
        piece = sections[piece_at] + (sections[piece_at + 1] if name_heads_next else [])
        others = [s for s in sections if s[0] not in piece]
        if not _among_notices(blocks, piece, others, tuning):
            return draft
        blocks = _set_aside(blocks, others)
        title = _title_after_a_label(text_and_words(heading)[0])
        blocks[index] = Removed(Kind.TITLE, title)
        blocks[content[position + 1]] = Removed(Kind.BYLINE, name)
        return replace(draft, blocks=tuple(blocks), title=title, author=draft.author or name)
    return draft




def notices_after_the_piece(draft: Draft) -> Draft:
    """Under the essay's title set aside with the page's word on it above (its report, its byline),
    the short sections closing the page that speak of something else (`_notices_after`): a text
    dump's headings are all of one rank, the essay's own and the notices', so the rank that cut a
    newsletter's notices in `piece_among_notices` cuts nothing there. Run once the dump's title and
    headings are known."""
    blocks = list(draft.blocks)
    content = [i for i, b in enumerate(blocks) if not isinstance(b, Removed)]
    if not _under_its_title_and_byline(blocks, content):
        return draft
    tuning = draft.rules.tuning
    notices = _notices_after(blocks, _sections(blocks, content, 6), tuning)
    # two notices at least, or one made of lines only ("Plan your visit" / its hours / "More from the
    # blog" / two titles): an essay's section holds a sentence longer than a line
    lines_only = len(notices) == 1 and all(text_and_words(blocks[i])[1] <= tuning.tail_line_max_words for i in notices[0])
    if len(notices) < 2 and not lines_only:
        return draft
    return draft.with_blocks(_set_aside(blocks, notices))
