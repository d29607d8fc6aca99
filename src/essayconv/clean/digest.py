"""A mailing list's digest, or a thread's print view: several messages one after another, each opening on
its header lines ("From: …", "Subject: …", "Date: …"). The essay is one message, the one with the most prose;
the others (the list's notices, the replies quoting other essays) are the list's talk around it."""

from __future__ import annotations

from ..model import DraftBlock, Paragraph, Removed
from ..signals import MAIL_SENDER, Kind
from .draft import Draft, as_removed, text_and_words


def _line(block: DraftBlock) -> str:
    return (block.text if isinstance(block, Removed) else text_and_words(block)[0]).strip()


def _header(block: DraftBlock, draft: Draft) -> bool:
    return draft.rules.letter.mail_header.match(_line(block)) is not None




def keep_the_essays_message(draft: Draft) -> Draft:
    """With `digest_min_messages` messages at least, the blocks of every message but the one holding the
    most words of prose go as the list's (kind `comments`: other posts, never this essay's count)."""
    blocks = list(draft.blocks)
    heads = [i for i, b in enumerate(blocks) if _header(b, draft) and (i == 0 or not _header(blocks[i - 1], draft))]
    # (a message's header is its sender and its subject or date, two lines at least: a manual's example
    # "From: Patch Author <author@example.com>" is one)
    starts = [i for i in heads if len(run := _run_of_headers(blocks, i, draft)) >= 2 and any(MAIL_SENDER.search(_line(b)) for b in run)]
    if len(starts) < draft.rules.tuning.digest_min_messages:
        return draft
    spans = list(zip(starts, [*starts[1:], len(blocks)]))
    spans[0] = (0, spans[0][1])  # (the page above the first message: the archive's own lines)

    def prose(span: tuple[int, int]) -> int:
        return sum(text_and_words(b)[1] for b in blocks[span[0]:span[1]]
                   if isinstance(b, Paragraph) and text_and_words(b)[1] >= draft.rules.tuning.essay_run_words)

    chosen = max(spans, key=prose)
    if prose(chosen) < draft.rules.tuning.no_essay_below_words:
        return draft
    return draft.with_blocks([b if chosen[0] <= i < chosen[1] else as_removed(b, Kind.COMMENTS) for i, b in enumerate(blocks)])


def _run_of_headers(blocks: list[DraftBlock], start: int, draft: Draft) -> list[DraftBlock]:
    """The header lines from `start` on, one after another."""
    end = start
    while end < len(blocks) and _header(blocks[end], draft):
        end += 1
    return blocks[start:end]
