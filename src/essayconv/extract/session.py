"""A terminal session saved as text (`script`'s typescript, a terminal's "save output", a copy of a shell
window): prompts and commands, each command's output under it, and one command printing the essay (`cat
essay.txt`). Read as text, the prompts, the commands, the other outputs and the terminal's escape codes would be
the essay's words and its first line its title.

The essay is the output holding most of the session's words; the rest is the session's, set aside as kind
`shell-session`. A word count printed by `wc -w` on the essay's file is the count the writer measured."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Removed
from ..regexes import compile_regex
from ..signals import Kind
from ..tuning import Tuning

_ESCAPES = compile_regex(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[=>])")
"""A terminal's control sequences: colours, bracketed paste ("\\x1b[?2004h"), titles set by OSC."""
_PROMPT = compile_regex(r"^(?:\([\w.-]+\)\s)?[\w.-]+@[\w.-]+(?::[^\s$#%>]*)?\s?[$#%>]\s?(?P<command>.*)$|^(?:PS )?[A-Z]:\\[^>]*>\s?(?P<dos>.*)$")
"""A shell's prompt ("esperanza.d@lab-pc07:~/english9$ cat essay.txt", "C:\\Users\\ana> type essay.txt") and its command."""
_TYPESCRIPT = compile_regex(r"^Script (?:started|done) on \S")
_WORD_COUNT = compile_regex(r"\bwc\b[^|;]*\s-w\b|\bwc -\w*w")
_BARE_COUNT = compile_regex(r"^\s*(?P<n>\d{2,6})(?:\s+\S+)?\s*$")
_PRINTS_A_FILE = compile_regex(r"^(?:sudo\s+)?(?:cat|type|more|less|bat|head|tail|nl|fold|pr|fmt|get-content|gc)\b", re.I)
"""A command printing a file: the essay is such a command's output, not a prompt's quoted neighbour."""


@dataclass(frozen=True)
class SavedSession:
    essay: str
    removed: tuple[Removed, ...]
    """The session's own lines: the typescript's header, the prompts and commands, the other outputs."""
    claimed_words: int | None
    """What `wc -w` printed for the essay, when the session ran it."""


def read_session(text: str, tuning: Tuning) -> SavedSession | None:
    """The essay a terminal session printed, or None for any other text (a text quoting a prompt or two)."""
    lines = [_ESCAPES.sub("", line).replace("\r", "") for line in text.split("\n")]
    prompts = [at for at, line in enumerate(lines) if _PROMPT.match(line)]
    if len(prompts) < tuning.session_prompts_min:
        return None
    outputs: list[tuple[str, list[str]]] = []  # (command, its output's lines)
    head = [line for line in lines[:prompts[0]] if line.strip()]
    for start, end in zip(prompts, [*prompts[1:], len(lines)]):
        prompt = _PROMPT.match(lines[start])
        command = (prompt.group("command") or prompt.group("dos") or "").strip() if prompt else ""
        outputs.append((command, lines[start + 1:end]))
    words = [sum(len(line.split()) for line in output if not _TYPESCRIPT.match(line)) for _, output in outputs]
    essay_at = max(range(len(outputs)), key=words.__getitem__)
    if words[essay_at] < tuning.session_essay_share_min * sum(words) or not _PRINTS_A_FILE.match(outputs[essay_at][0]) \
            or sum(len(line.split()) for line in head) > tuning.session_head_max_words:
        return None
    removed = [Removed(Kind.SHELL_SESSION, line.strip()) for line in head]
    claimed = None
    for at, (command, output) in enumerate(outputs):
        removed.append(Removed(Kind.SHELL_SESSION, f"$ {command}".strip()))
        if at == essay_at:
            continue
        shown = [line.strip() for line in output if line.strip()]
        if _WORD_COUNT.search(command) and len(shown) == 1 and (count := _BARE_COUNT.match(shown[0])):
            claimed = int(count.group("n"))
        removed.extend(Removed(Kind.SHELL_SESSION, line) for line in shown)
    essay = [line for line in outputs[essay_at][1] if not _TYPESCRIPT.match(line)]
    return SavedSession("\n".join(essay).strip("\n"), tuple(removed), claimed)
