"""Walking the chosen container into blocks: inline spans (emphasis, links, notes), paragraphs,
headings, lists, quotes; text layers (one element per printed line) are `layers.py`'s."""

from __future__ import annotations

from ...model import (
    BlockQuote,
    DraftBlock,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Removed,
    Strong,
    Text,
    block_text,
    clean_whitespace,
    count_words,
    normalize,
    plain_text,
    slice_inlines,
)
from ...rules import Rules
from ...signals import Kind, bold_line, ends_sentence
from ...tuning import Tuning
from ..dom import Element, child_tags, nodes, strings_outside, text
from ..reading import Reading
from .captions import CAPTIONED, PICTURED
from .container import TextStats
from .fact_tables import checklist_table, facts_table, marks_table, read_in_a_record, record_rows
from .item_shapes import caption_only, items_are_sections, task_list
from .layers import TextLayer, links_in, spans_links, text_layer_lines, wrapped_lines
from .paragraphs import lines_as_blocks, paragraph_block
from .prewrap import quoted_between_paragraphs
from .prune import element_summary
from .records import record_with_its_text
from .sides import facts_box
from .spans import html_string, inline_spans, inlines, split_lines
from .strips import (
    annotated_rows,
    appraisal_box,
    badges,
    chips_strip,
    facts_strip,
    is_layout_cell,
    labels_a_box,
    labels_the_box,
    legend_box,
    lines_strip,
)
from .tags import (
    BLOCK_TAGS,
    HEADING,
    MAX_DEPTH,
    REMOVED_TAG,
    first_under,
    holds_paragraphs,
    is_code_block,
    laid_out_by_lines,
    quote_header,
    strapline_of,
    tags_under,
)


def _is_link_block(tag: Element, stats: TextStats) -> bool:
    if stats.link_density(tag) <= 0.8:
        return False
    return stats.length(tag) < 100 or len(tags_under(tag, "a", limit=2)) >= 2


class Walker:
    """Turns a container into blocks. Inline runs between block children become paragraphs."""

    def __init__(self, base: str | None, stats: TextStats, rules: Rules, verse: bool = False) -> None:
        self.base = base
        self.stats = stats
        self.reading = stats.reading  # (the walk never changes the tree)
        self.rules = rules
        self.tuning = rules.tuning
        self.verse = verse
        self.blocks: list[DraftBlock] = []
        self.found: list[Removed] = []  # chrome met inside inline content, recorded before its block
        self.pending: list[Inline] = []

    def flush(self) -> None:
        if not self.pending and not self.found and self.tuning.text_layer_min_lines > 0:
            return  # nothing read since the last block (asked before every block): no line, no layer
        self._emit_found()
        wrapped = None if self.verse else wrapped_lines(self.pending, self.tuning)
        if wrapped is not None:
            self.blocks.append(TextLayer(wrapped, spans_links(self.pending)))
        else:
            self.blocks.extend(lines_as_blocks(split_lines(self.pending, self.verse)))
        self.pending = []

    def _emit_found(self) -> None:
        self.blocks.extend(self.found)
        self.found = []

    def _set_aside_within(self, tag: Element) -> list[Element]:
        """What the finder set aside inside an element read whole (a row, a <pre>) stays set aside:
        recorded here, its text left out of the element's reading."""
        markers = list(tag.iterdescendants(REMOVED_TAG))
        self.blocks.extend(Removed(str(m.get("kind")), text(m)) for m in markers)
        return markers

    def walk(self, node: Element, depth: int = 0) -> None:
        for child in nodes(node):
            if isinstance(child, str):
                self.pending.append(Text(html_string(child)))
                continue
            name = child.tag
            if name == REMOVED_TAG:
                self.flush()
                self.blocks.append(Removed(str(child.get("kind")), text(child)))
            elif name == "a" and child in self.stats.holds_block and self.stats.card_links <= self.tuning.cards_beside_an_essay \
                    and self.stats.is_card(child, self.tuning.card_excerpt_min_characters):
                # a link around a heading and a paragraph is a card for another page (the next part,
                # a related essay with its opening): the essay's text is never one link. (A page of
                # many is a listing: the verdict's business, not the walker's.)
                self.flush()
                self.blocks.append(Removed(Kind.RELATED, element_summary(child, self.reading)))
            elif name not in BLOCK_TAGS and child in self.stats.holds_block and depth < MAX_DEPTH:
                self.walk(child, depth + 1)  # <font> around the essay's paragraphs and quotes
            elif name not in BLOCK_TAGS:
                self.pending.extend(inline_spans(child, depth, self.base, self.found))
            else:
                self.flush()
                self.block(child, depth)

    def _record_with_its_text(self, rows: list[tuple[Element, Element]], essay_row: int, depth: int) -> None:
        """A record whose one field is the essay: the other fields set aside as the page's (those naming
        the title or stating a length read by the passes), the essay's field read as the essay."""
        for at, (label_cell, value_cell) in enumerate(rows):
            label = clean_whitespace(text(label_cell, " ")).strip().rstrip(": ：")
            if at == essay_row:
                self.blocks.append(Removed(Kind.METADATA, label))  # "Transcript"
                self.walk(value_cell, depth + 1)
                self.flush()
                continue
            line = f"{label}: {clean_whitespace(text(value_cell, ' ')).strip()}"
            self.blocks.append(Removed(Kind.OUTSIDE_ESSAY if read_in_a_record(label, line, self.rules) else Kind.METADATA, line))

    def block(self, tag: Element, depth: int) -> None:
        annotated = annotated_rows(tag) if tag.tag in ("table", "tbody") else None
        for text_cell, note_cell in annotated or ():  # the text in one column, comments on it in the other
            self.walk(text_cell, depth + 1)
            self.flush()
            if note_cell is not None:
                self.blocks.append(Removed(Kind.NOTE, clean_whitespace(text(note_cell, " ")).strip()))
        if annotated is not None:
            return
        record = record_with_its_text(tag, self.rules) if tag.tag == "table" else None
        if record is not None:
            self._record_with_its_text(*record, depth)
            return
        if badges(tag, self.tuning):
            self.blocks.append(Removed(Kind.METADATA, self.reading.line(tag)))  # "High distinction · S5 Higher · History"
            return
        layer = text_layer_lines(tag, self.tuning, self.reading)
        if layer is not None:
            self.blocks.append(TextLayer(layer))  # read with its neighbours once the walk is done
            return
        cells = child_tags(tag, ("td", "th")) if tag.tag == "tr" else []
        if box_label := labels_a_box(cells, self.tuning):
            self.blocks.append(Removed(Kind.NOTE, text(cells[0], " ").strip()))  # "Note": the box's label, then its text
            cells = cells[1:]
        # (a table of fields is read row by row below, its title's row too: never one strip)
        layout_row = box_label or any(is_layout_cell(cell) for cell in cells) or tag.tag == "table" and facts_table(tag, self.rules)
        strip = None if layout_row else facts_strip(tag, self.rules.counter, self.tuning, self.reading) \
            if tag in self.stats.holds_block else chips_strip(tag, self.rules.counter, self.tuning, self.reading)
        if strip is not None:
            self.blocks.append(Paragraph(normalize([Text(strip)])))
            return
        name = tag.tag
        heading = HEADING.match(name)
        if name in ("div", "aside", "section") and (facts := facts_box(tag, self.reading, self.stats.length(tag))) is not None:
            self.blocks.append(Removed(Kind.METADATA, " | ".join(facts)))  # "Quick facts | When: 1840 | Where: …"
            return
        if name in ("div", "aside", "section") and legend_box(tag, self.rules):
            self.blocks.append(Removed(Kind.NOTE, element_summary(tag, self.reading)))  # "Exercise 2" and its task
            return
        if name == "details" and appraisal_box(tag, self.rules):
            self.blocks.append(Removed(Kind.NOTE, element_summary(tag, self.reading)))  # "Teacher's note" and all it discloses
            return
        # a marking grid (criteria and their marks) or the writer's checklist ticked off
        marks = name == "table" and (marks_table(tag, self.rules) or checklist_table(tag, self.rules))
        if name in ("table", "figure", "dl") and (marks or facts_table(tag, self.rules)):
            if marks and self.blocks and labels_the_box(self.blocks[-1], self.tuning):  # "Marking grid" over the marks
                self.blocks[-1] = Removed(Kind.NOTE, block_text(self.blocks[-1]))
            self.blocks.append(Removed(Kind.METADATA, element_summary(tag, self.reading)))  # "Essay type | Discursive" …
            # its length and title rows, set aside whole: the counter and the title passes read them ("Word count: 564")
            self.blocks.extend(Removed(Kind.OUTSIDE_ESSAY, line) for line in record_rows(tag, self.rules))
            return
        if depth > MAX_DEPTH:
            self.pending.append(Text(text(tag, " ")))
            self.flush()
        elif heading:
            strapline = strapline_of(tag)
            spans = normalize(inlines(tag, depth, self.base, self.found, skip=strapline))
            self._emit_found()
            if spans:
                self.blocks.append(Heading(int(heading.group(1)), spans))
            if strapline is not None:  # the heading's sub-header ("Research paper · History · A-level"): a line of its own
                self.walk(strapline, depth + 1)
                self.flush()
        elif name in ("ul", "ol") and task_list(tag):
            self.blocks.append(Removed(Kind.NOTE, element_summary(tag, self.reading)))  # "[x] 3 refs minimum": the writer's to-do
        elif name in ("ul", "ol") and items_are_sections(tag):
            for item in child_tags(tag, "li"):  # a review list: each item a product's section, not a line
                self.walk(item, depth + 1)
                self.flush()
        elif name in ("ul", "ol"):
            items = [normalize(inlines(li, depth, self.base, self.found)) for li in tags_under(tag, "li")
                     if first_under(li, ("ul", "ol")) is None] or [normalize(inlines(tag, depth, self.base, self.found))]
            items = [i for i in items if i]
            self._emit_found()
            if not items:
                return
            if _is_link_block(tag, self.stats):
                self.blocks.append(Removed(Kind.LINKS, element_summary(tag, self.reading)))
            else:
                self.blocks.append(ListBlock(name == "ol", tuple(items)))
        elif name == "blockquote":
            inner = Walker(self.base, self.stats, self.rules, verse=True)
            inner.walk(tag, depth + 1)
            inner.flush()
            prose = [count_words(plain_text(b.inlines)) for b in inner.blocks if isinstance(b, Paragraph)]
            if len(prose) >= self.tuning.quote_wrapper_min_paragraphs and sum(prose) >= self.tuning.quote_wrapper_min_words:
                self.walk(tag, depth + 1)  # a post's body in a quote box (see `quote_wrapper_min_words`)
                self.flush()
                return
            header = quote_header(tag)
            if header is not None and inner.blocks and isinstance(inner.blocks[0], Paragraph) \
                    and plain_text(inner.blocks[0].inlines).startswith(header):
                # a forum's quote box opens with its header ("Quote:", "Anna wrote:"): who is quoted, not the quote
                self.blocks.append(Removed(Kind.BYLINE, header))
                first = inner.blocks[0].inlines
                inner.blocks[0] = Paragraph(normalize(slice_inlines(first, len(header), len(plain_text(first)))))
            for block in inner.blocks:
                if isinstance(block, (Heading, ListBlock, Removed)) or bold_line(block, self.tuning.bold_heading_max_chars):
                    self.blocks.append(block)
                else:
                    self.blocks.append(BlockQuote(getattr(block, "inlines", ())))
        elif layout_row:
            for cell in cells:  # a layout row (an email's, an old site's): its cells hold blocks
                self.walk(cell, depth + 1)
                self.flush()
        elif name == "tr":
            # what the finder set aside in a cell stays aside (a wiki's contents widget in a one-cell table)
            markers = self._set_aside_within(tag)
            elements = child_tags(tag, ("td", "th"))
            cells = [clean_whitespace(" ".join(strings_outside(c, _is_removed, stand_in=" "))).strip() if markers
                     else self.reading.line(c) for c in elements]
            # a header cell labelling its row's one value reads as a label does ("Status: FINAL, handed in")
            labelled = len(elements) == 2 and elements[0].tag == "th" and elements[1].tag == "td" \
                and all(cells) and not cells[0].endswith(":")
            row = f"{cells[0]}: {cells[1]}" if labelled else " ".join(c for c in cells if c)
            # (a row of one cell set wholly in bold, an old mill's title bar, stays a bold line: the heading pass reads it)
            bold = len(elements) == 1 and row and clean_whitespace(" ".join(
                text(b, " ") for b in elements[0].iter("b", "strong") if b.getparent().tag not in ("b", "strong"))).strip() == row
            if row:
                self.blocks.append(paragraph_block(normalize([Strong((Text(row),)) if bold else Text(row)])))
        elif (name == "pre" or laid_out_by_lines(tag)) and not holds_paragraphs(tag):
            # preformatted text (or text laid out by its line breaks) keeps them: read it as a text dump
            # is read (a <pre> of paragraphs, as a story site sets its chapters, is walked as any container)
            self._set_aside_within(tag)
            # what was set aside still separates its neighbours ("0<p class=related>…</p>River": not "0River")
            written = "".join(strings_outside(tag, _is_removed, stand_in=" "))
            if is_code_block(tag):
                # code and its printed output: its lines as they stand, never read as a dump (no
                # wrapped lines to join, no page numbers: "12 │ t" is a row of the output)
                self.blocks.extend(paragraph_block(normalize([Text(line.strip())])) for line in written.split("\n")
                                   if line.strip())
                return
            if name == "pre" and quoted_between_paragraphs(tag, written):  # (an epitaph quoted in its lines)
                self.blocks.append(BlockQuote(normalize([Text(" ".join(written.split()))])))
                return
            self.blocks.append(TextLayer(tuple(written.split("\n")), links_in(tag, self.base)))
        elif name in ("p", "dt", "dd", "figcaption", "address", "summary") or tag not in self.stats.holds_block:
            if name == "hr":
                return
            if caption_only(tag, self.rules) or name in ("p", "center") and _under_a_picture(tag, self.tuning) \
                    or tag.get(CAPTIONED) is not None and 0 < self.reading.words(tag) <= self.tuning.caption_max_words:
                self.blocks.append(Removed(Kind.CAPTION, self.reading.line(tag)))  # a photo's caption, not the essay's words
                return
            if _plays_a_recording(tag, self.reading, self.tuning):
                self.blocks.append(Removed(Kind.DOWNLOAD, self.reading.line(tag)))  # "▶ Listen to the author reading this"
                return
            # A block that is all links is navigation or a related list, unless it is a long
            # paragraph that happens to be linked (a reference entry, a quoted source).
            if _is_link_block(tag, self.stats) and (name != "p" or self.stats.length(tag) < 100):
                self.blocks.append(Removed(Kind.LINKS, element_summary(tag, self.reading)))
                return
            spans = inlines(tag, depth, self.base, self.found)
            self._emit_found()
            wrapped = None if self.verse else wrapped_lines(spans, self.tuning)
            if wrapped is not None:
                self.blocks.append(TextLayer(wrapped, spans_links(spans)))
                return
            runs = split_lines(spans, self.verse)
            record = None if self.verse else lines_strip([plain_text(run) for run in runs], self.rules.counter, self.tuning)
            if record is not None:  # a box's lines of facts, one its length ("Runs to 1,113 words" / a name / a grade)
                self.blocks.append(Paragraph(normalize([Text(record)])))
                return
            self.blocks.extend(lines_as_blocks(runs))
        else:
            self.walk(tag, depth + 1)
            self.flush()


def _under_a_picture(tag: Element, tuning: Tuning) -> bool:
    """A short line set small or in italics right under a paragraph that showed only a picture
    (`<p><img></p><p><small>Page 2 of the original typescript…</small></p>`, a Markdown post's
    `<center><img></center><center><sub>My woad bed in July.</sub></center>`): its caption."""
    above = tag.getprevious()
    if above is None or above.get(PICTURED) is None or (tag.text or "").strip():
        return False
    inner = [child for child in tag if isinstance(child.tag, str)]
    # (or a line in a plain run ending no sentence, as a word processor's export sets every line in a <span>)
    return len(inner) == 1 and not (inner[0].tail or "").strip() and 0 < len(text(tag).split()) <= tuning.caption_max_words \
        and (inner[0].tag in ("small", "sub", "em", "i") or inner[0].tag == "span" and not ends_sentence(text(tag).strip()))


_RECORDINGS = (".mp3", ".m4a", ".wav", ".ogg", ".oga", ".opus", ".flac", ".aac", ".mp4", ".m4v", ".webm", ".mov")


def _plays_a_recording(tag: Element, reading: Reading, tuning: Tuning) -> bool:
    """A short line linking to a recording (an audio or video file): the page's player, not the essay."""
    return any((link.get("href") or "").split("#")[0].split("?")[0].lower().endswith(_RECORDINGS) for link in tag.iter("a")) \
        and 0 < reading.words(tag) <= tuning.caption_max_words


def _is_removed(node: Element) -> bool:
    return node.tag == REMOVED_TAG
