"""The no-essay verdict: a page yields no essay only on positive evidence — it lists other essays, it
is a bot check, a script-loaded preview or a summary, or its prose really is short once clutter is
removed (exit 3, `NoEssayError`)."""

from __future__ import annotations

from ..extract import Extracted
from ..model import BlockQuote, Document, Gap, Heading, Link, ListBlock, Paragraph, Text, block_text, count_words, plain_text
from ..regexes import compile_regex
from ..rules import SENTENCE_BREAKS, Rules
from ..signals import Kind, word_set
from .brand import own_page_voice, site_names
from .counters import DIGIT, counter_parts


def _other_essays_counted(document: Document, rules: Rules) -> int:
    """How many removed pieces state a word count of their own: the cards of other essays ("History
    · 1,450 words") on a page that shows them."""
    return sum(1 for record in document.removed
               if (parts := counter_parts(record.text, rules.counter, windowed=True)) and parts[0] is not None)


def _cards_listed(document: Document, rules: Rules) -> tuple[int, int]:
    """(list items that state a word count of their own, words in those items): the cards of other
    essays kept as a list ("Argumentative · Should E-Sports Be in the Olympics? … · 520 words")."""
    items = (plain_text(item) for block in document.blocks if isinstance(block, ListBlock) for item in block.items)
    cards = [item for item in items if DIGIT.search(item)  # a card states a number; most items hold none
             and (parts := counter_parts(item, rules.counter, windowed=True)) and parts[0] is not None]
    return len(cards), sum(count_words(card) for card in cards)


def _sales_words(document: Document, rules: Rules) -> int:
    """Words in paragraphs and lists where the site speaks of itself selling writing ("Every writer
    on our team holds a degree…", "We also believe that a good essay is a conversation"): an order
    page's prose, however essay-like."""
    total = 0
    for block in document.blocks:
        if isinstance(block, (Paragraph, ListBlock)):
            text = block_text(block)
            words = word_set(text)
            if not words.isdisjoint(rules.site_self) and not words.isdisjoint(rules.writing_service) \
                    and not words.isdisjoint(rules.sellers | rules.orders):
                total += count_words(text)
    return total


_SOURCE_ENTRY = compile_regex(r"^[A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+)?, (?:[A-Z]\.\s?){1,3}.{0,120}?"
                           r"\((?:1[5-9]\d\d|20\d\d)[a-z]?[^)]{0,20}\)\.")
"""A source's entry as APA and Harvard open it: "Surname, I., & Surname, M. (2021)."."""


def _annotated_sources(document: Document) -> int:
    """How many of the kept paragraphs are sources' entries with something between each and the next
    (an annotation, kept or set aside): an annotated bibliography lists sources, it argues nothing.
    An essay's own reference list is read apart, and its entries follow one another."""
    entries = [i for i, b in enumerate(document.blocks) if isinstance(b, Paragraph) and _SOURCE_ENTRY.match(block_text(b))]
    removed_at = {record.at for record in document.removed}
    apart = sum(1 for a, b in zip(entries, entries[1:]) if b > a + 1 or any(a < at <= b for at in removed_at))
    return len(entries) if apart >= len(entries) - 1 else 0


def _questions_listed(document: Document) -> tuple[int, int]:
    """(list items that ask a question, words in all list items)."""
    items = [plain_text(item).strip() for block in document.blocks if isinstance(block, ListBlock) for item in block.items]
    return sum(item.endswith("?") for item in items), sum(count_words(item) for item in items)


_SPEAKER_AT = compile_regex(r"^(?P<name>[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*){0,3})\s?[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?:?$")
"""A turn of a transcript: a speaker's name and the time it was said ("Nadia Farrell 00:02:14")."""


def _speaker_turns(document: Document) -> tuple[int, int]:
    """(turns opened by a speaker and a time, different speakers)."""
    names = [m.group("name").casefold() for b in document.blocks if isinstance(b, (Heading, Paragraph))
             and (m := _SPEAKER_AT.match(block_text(b).strip()))]
    return len(names), len(set(names))


def _task_words(document: Document, rules: Rules) -> int:
    """Words in kept paragraphs and list items that address an essay's writer with the task ("Write a
    750-word essay that explains …", "In your body paragraphs, discuss …")."""
    texts = [block_text(b) for b in document.blocks if isinstance(b, Paragraph)]
    texts += [plain_text(item) for b in document.blocks if isinstance(b, ListBlock) for item in b.items]
    return sum(count_words(t) for t in texts if any(rules.task_address.search(s.strip()) for s in SENTENCE_BREAKS.split(t)))


def _schedule_rows(document: Document, rules: Rules) -> int:
    """Short rows (kept lines, headings, list items) naming a day or a time, a calendar's or a programme's,
    when they outnumber the page's sentences of prose (paragraphs ending one): a thread's posts each open
    on their date, over the post's prose."""
    lines = [block_text(b).strip() for b in document.blocks if isinstance(b, (Paragraph, Heading))]
    lines += [plain_text(item).strip() for b in document.blocks if isinstance(b, ListBlock) for item in b.items]
    rows = sum(1 for line in lines if count_words(line) <= rules.tuning.schedule_row_max_words
               and not line.endswith(".") and rules.schedule_row.search(line))
    prose = sum(1 for b in document.blocks if isinstance(b, Paragraph) and block_text(b).strip().endswith((".", "!", "?")))
    return rows if rows > prose else 0


_ATTRIBUTION = compile_regex(r"^[—–―~-]{1,2}\s?[^\W\d_]")
"""A quotation's attribution on a line of its own under it: "— Halvard Mirek, mountaineer"."""


def _quotations_collected(document: Document, tuning) -> tuple[int, int]:  # noqa: ANN001 - Tuning
    """(quotations with their author's line under them, words in them and in those lines): a page of quotes."""
    blocks = [*document.blocks, None]
    quotes = words = 0
    for block, after in zip(blocks, blocks[1:]):
        line = block_text(after).strip() if isinstance(after, Paragraph) else ""
        if isinstance(block, BlockQuote) and _ATTRIBUTION.match(line) and count_words(line) <= tuning.attribution_max_words:
            quotes += 1
            words += count_words(block_text(block)) + count_words(line)
    return quotes, words


def _linked_items(document: Document, tuning) -> tuple[int, int, int]:  # noqa: ANN001 - Tuning
    """(list items mostly a link to another page, or opening on one, words in them, words in all list items): a
    contents page's titles, "A Cage That Turns (Brenda Haslam)", each a link with its writer or a blurb beside it."""
    linked = linked_words = listed = 0
    for block in document.blocks:
        for item in block.items if isinstance(block, ListBlock) else ():
            words = count_words(plain_text(item))
            listed += words
            if words and (sum(count_words(plain_text(i.children)) for i in item if isinstance(i, Link)) >= tuning.contents_linked_share * words
                          or _opens_on_a_linked_title(item)):
                linked, linked_words = linked + 1, linked_words + words
    return linked, linked_words, listed


_LINKED_TITLE_MIN_WORDS = 2


def _opens_on_a_linked_title(item: tuple) -> bool:
    """The item opens on a link of a title's words, its blurb after it ("A Barrel in the River Oder - Declan on
    Klingert's diving machine")."""
    first = next((i for i in item if not (isinstance(i, Text) and not i.text.strip())), None)
    return isinstance(first, Link) and count_words(plain_text(first.children)) >= _LINKED_TITLE_MIN_WORDS


def _prose_paragraph(document: Document, tuning) -> bool:  # noqa: ANN001 - Tuning
    """A paragraph or a quotation as long as an essay's paragraphs run (`prose_paragraph_min_chars`)."""
    return any(isinstance(b, (Paragraph, BlockQuote)) and len(block_text(b)) >= tuning.prose_paragraph_min_chars
               for b in document.blocks)


_ELLIPSES = ("...", "…")


def _leads_under_headings(document: Document, rules: Rules) -> int:
    """Headings each over one short paragraph cut with the site's preview ellipsis ("… What I shall ..."), when
    they are all the page's paragraphs: a front page's leads of other posts (an essay's sections run on). Or such
    leads one after another with no heading between them, when the page's links took their headings."""
    blocks = [*document.blocks, None]
    paragraphs = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph)]
    # (its ellipsis, or the cut marked after it: the last lead's ellipsis may be read as the page's cut)
    leads = [i for i in paragraphs if i and isinstance(blocks[i - 1], Heading) and isinstance(blocks[i + 1], (Heading, Gap, type(None)))
             and count_words(block_text(blocks[i])) <= rules.tuning.lead_max_words
             and (isinstance(blocks[i + 1], Gap) or rules.preview_end.search(block_text(blocks[i]).strip()))]
    if len(leads) != len(paragraphs):
        # (or the leads alone, their linked headings gone with the page's links: one after another, each cut with the
        # ellipsis itself; an essay the site cut in places has its cut marks between its paragraphs)
        leads = [i for i in paragraphs if isinstance(blocks[i + 1], (Paragraph, Gap, type(None)))
                 and not (isinstance(blocks[i + 1], Gap) and i + 2 < len(blocks) and blocks[i + 2] is not None)
                 and count_words(block_text(blocks[i])) <= rules.tuning.lead_max_words
                 and (block_text(blocks[i]).strip().endswith(_ELLIPSES) or isinstance(blocks[i + 1], Gap))]
        cut = sum(1 for i in leads if block_text(blocks[i]).strip().endswith(_ELLIPSES))  # ("…guessing....", "…question is:...")
        leads = leads if cut >= len(leads) - 1 else []
    if not paragraphs:  # (or a list of them, each item a post's line and its lead: a member's blog page)
        return max((len(b.items) for b in document.blocks if isinstance(b, ListBlock)
                    and all(plain_text(item).strip().endswith(_ELLIPSES) for item in b.items)), default=0)
    return len(leads) if len(leads) == len(paragraphs) else 0


def no_essay_reason(extracted: Extracted, document: Document, body_words: int, rules: Rules) -> str | None:
    tuning = rules.tuning
    if extracted.teasers:
        return f"no essay in the page: it lists other essays ({extracted.teasers} linked teasers)"
    if (leads := _leads_under_headings(document, rules)) >= tuning.listing_min_cards:
        return f"no essay in the page: it lists other posts ({leads} leads of posts, each cut short)"
    declared = [kind for kind in extracted.declared if kind in rules.no_essay_types]
    if declared:  # (its long headnote reads like an essay: the page says what it is)
        return f"no essay in the page: its structured data says it is a {declared[0].lower()} (schema.org {declared[0]}), not an essay"
    # writing prompts, a question bank: most of the text is lists, and most items ask a question
    questions, listed = _questions_listed(document)
    if questions >= tuning.prompts_min_questions and listed >= tuning.prompts_list_share * body_words:
        return f"no essay in the page: it lists questions ({questions} of them: writing prompts), not an essay"
    prompts = sum(1 for b in document.blocks if isinstance(b, Heading) and rules.prompt_heading.match(block_text(b).strip()))
    if prompts >= tuning.prompt_headings_min and body_words <= prompts * tuning.prompt_bank_words_per_prompt:
        return f"no essay in the page: it sets writing prompts ({prompts} of them, each under its own heading), not an essay"
    steps = sum(1 for b in document.blocks if isinstance(b, Heading) and rules.step_heading.match(block_text(b).strip()))
    if steps >= rules.guide_steps_min and document.title and rules.guide_title.match(document.title.strip()):
        return f"no essay in the page: it is a guide to writing essays ({steps} numbered steps), not an essay"
    # an A–Z index (a glossary, a list of topics): headings of single letters, in alphabetical order
    letters = [text for b in document.blocks if isinstance(b, Heading) and len(text := block_text(b).strip()) == 1 and text.isalpha()]
    if len(letters) >= tuning.index_letters_min and letters == sorted(letters, key=str.casefold):
        return f"no essay in the page: it is an A–Z index under {len(letters)} letter headings ({', '.join(letters[:5])} …), not an essay"
    opening = next((block_text(b).strip() for b in document.blocks if isinstance(b, Paragraph)), "")
    other = rules.other_document.search(document.title or "") or rules.other_document.search(extracted.title or "")
    if other:
        return f"no essay in the page: it is an example of another kind of document (\"{other.group(0)}\"), not an essay"
    gone = rules.gone.search((document.title or "").strip()) or rules.gone.search(opening)
    if gone:
        return f"no essay in the page: it says its essay was taken away (\"{gone.group(0)}\")"
    calls = [block_text(b).strip() for b in document.blocks if isinstance(b, Heading) and rules.call_heading.match(block_text(b).strip())]
    if len(calls) >= rules.call_headings_min:
        return f"no essay in the page: it calls for applications or entries ({', '.join(calls[:3])} …), not an essay"
    sources = _annotated_sources(document)
    if sources >= rules.tuning.annotated_sources_min:
        return f"no essay in the page: it is an annotated bibliography ({sources} sources, each with its note), not an essay"
    turns, speakers = _speaker_turns(document)
    if turns >= tuning.transcript_min_turns and speakers >= 2:
        return f"no essay in the page: it is a transcript ({turns} turns between {speakers} speakers), not an essay"
    parts = [block_text(b).strip() for b in document.blocks if isinstance(b, Heading) and rules.lesson_heading.match(block_text(b).strip())]
    if len(parts) >= rules.lesson_headings_min:
        return f"no essay in the page: it is a lesson plan ({', '.join(parts[:3])} …), not an essay"
    # a catalogue's record of a collection: the text kept is one of its notes (the creator's biography), the
    # lines set aside beside it open on the record's other elements ("Scope and Contents", "Arrangement", …)
    elements = list(dict.fromkeys(m.group(0).strip() for r in document.removed if (m := rules.record_element.match(r.text.strip()))))
    if len(elements) >= rules.record_elements_min:
        return f"no essay in the page: it is an archive's description of a collection ({', '.join(elements[:3])} …), not an essay"
    # a writer's profile, a topic page: cards of other essays, each with its length, and less prose of
    # its own than a listing may open with — unless the site hid the rest (a gap: a teaser page)
    listed_cards, card_words = _cards_listed(document, rules)
    own_words = body_words - card_words
    if own_words <= tuning.listing_max_other_prose and not any(isinstance(b, Gap) for b in document.blocks):
        cards = _other_essays_counted(document, rules) + listed_cards
        if cards >= tuning.listing_min_cards:
            return (f"no essay in the page: it shows other essays ({cards} with their word counts) and only "
                    f"{own_words} words of its own")
    # a contents page: lists of linked titles (a journal's back numbers, each article with its writer), no
    # paragraph of prose, and little else
    # (the titles most of the lists' words, and more words than the page's sentences: an article's links are its aside)
    linked, in_titles, listed = _linked_items(document, tuning)
    sentences = sum(count_words(block_text(b)) for b in document.blocks
                    if isinstance(b, Paragraph) and block_text(b).strip().endswith((".", "!", "?")))
    if linked >= tuning.listing_min_cards and 2 * in_titles >= listed and in_titles > sentences \
            and body_words - listed <= tuning.listing_max_other_prose \
            and not _prose_paragraph(document, tuning) and not any(isinstance(b, Gap) for b in document.blocks):
        return f"no essay in the page: it lists other pieces ({linked} linked titles) and holds no paragraph of prose"
    # a page of quotations (a topic's quotes, each with its author's line), and little prose of its own
    quotes, quoted_words = _quotations_collected(document, tuning)
    if quotes >= tuning.quotations_min and body_words - quoted_words <= tuning.listing_max_other_prose:
        return (f"no essay in the page: it collects quotations ({quotes}, each with its author's line) and only "
                f"{body_words - quoted_words} words of its own")
    # an order page: most of its prose is the site selling writing in its own voice
    order_page_sized = tuning.sales_page_min_words <= body_words <= tuning.sales_page_max_words
    sales = _sales_words(document, rules) if order_page_sized else 0  # (most essays are longer: not read)
    if order_page_sized and sales >= tuning.sales_page_share * body_words:
        return (f"no essay in the page: it sells writing ({sales} of its {body_words} words are the site "
                f"speaking of its writers and orders)")
    # (the site's own name only, its address's or its "©" holder's first word: not the holder's other words, "Press")
    names = site_names(extracted.url, extracted.blocks, None, extracted.site_names)
    if (voice := own_page_voice(document.title or extracted.title or "", document.blocks, names, rules)) is not None:
        return (f"no essay in the page: it is the site's own page (\"{(document.title or extracted.title or '').strip()}\": "
                f"{voice[0]} of its {voice[1]} words in the site's voice, selling writing), not an essay")
    page_text = " ".join(block_text(b) for b in extracted.blocks) + " " + (extracted.title or "")
    if body_words < tuning.no_essay_phrases_below_words:
        for pattern in rules.no_essay:
            match = pattern.search(page_text)
            if match:
                return f"no essay in the page: it is a bot check, a script-loaded preview or a summary (\"{match.group(0)}\")"
    if body_words <= tuning.task_only_max_words and not any(isinstance(b, Gap) for b in document.blocks) \
            and (task := _task_words(document, rules)) and task >= tuning.task_only_share * body_words:
        return (f"no essay in the page: {task} of its {body_words} words set a task for an essay (\"your essay\", "
                f"\"write …\"), and no answer stands in it")
    rows = _schedule_rows(document, rules)
    if rows >= tuning.schedule_rows_min and body_words <= tuning.task_only_max_words and not _prose_paragraph(document, tuning):
        return f"no essay in the page: it is a schedule ({rows} rows naming a day or a time) and holds no paragraph of prose"
    titled = document.title or extracted.title or ""
    if body_words <= tuning.task_only_max_words and rules.tool_title.search(titled.strip()) \
            and any(record.kind == Kind.FORM for record in document.removed):
        return f"no essay in the page: it is a tool's page (\"{titled.strip()}\", a form to fill in) and its {body_words} words of guide"
    if body_words < tuning.no_essay_below_words:
        return f"no essay in the page: only {body_words} word{'' if body_words == 1 else 's'} of text once clutter is removed"
    return None
