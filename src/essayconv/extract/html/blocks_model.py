"""Learned votes on blocks (issue 12, point 4): boilerpipe's and dragnet's shallow features
(length, link density, punctuation, stop words, position, tag path, class tokens, neighbours,
likeness to the essay's core) scored by logistic regressions trained on real pages
(`scripts/train_block_model.py`, figures in docs/classifier.md), shipped as `data/block_model.json`.
Pure Python: each model is a weighted sum and a logistic; the features are in block_features.py.

Where they can act (measured on the WCXB dev pages before building): most of what essayconv loses
on real pages is text *beside* the container the rules chose — a lede or a standfirst in its own
box above the article body, a closing section in a sibling — and a little is furniture at the
container's own edges. Two models were trained:
- "beside" (`extend_container`, hooked into the ladder's strict pass): an element next to the
  container (a sibling of it or of its parent) that holds prose and that the model calls content
  widens the container over it; the other elements then inside become removal records, as the
  chrome pass leaves them. It beats the rules on held-out pages, so it is on.
- "edge" (`block_views`, `edge_drops`): a run of blocks at either edge of the container that the
  model calls boilerplate. Measured end to end it did not beat the rules (docs/classifier.md), so it
  is not hooked in; its features and training stay for the next attempt.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...rules import Rules
from ...signals import Kind
from ..dom import Element
from ..reading import Reading
from .block_features import FEATURES, SEGMENT_FEATURES, SegmentView, segment_views
from .container import TextStats
from .prune import Undo, set_aside
from .tags import SECTION_HEADINGS, first_under

MODEL_FILE = "block_model.json"
SCHEMA = "essayconv-block-model/1"


@dataclass(frozen=True)
class Model:
    """A logistic regression over FEATURES (standardisation folded into the weights): the
    probability that a block is the page's content."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def probability(self, features: tuple[float, ...]) -> float:
        z = self.bias + math.fsum(w * x for w, x in zip(self.weights, features))
        z = max(-60.0, min(60.0, z))
        return 1.0 / (1.0 + math.exp(-z))


def model_from_json(data: dict, part: str, names: tuple[str, ...]) -> Model:
    """One of the file's models ("edge" for the container's blocks, "beside" for the elements next
    to it), checked against the features this code computes."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a block model ({data.get('schema')!r})")
    model = data["models"][part]
    if tuple(model["features"]) != names:
        raise ValueError(f"the {part} model was trained on other features than this code computes")
    return Model(names, tuple(float(model["weights"][name]) for name in names), float(model["bias"]))


@lru_cache(maxsize=1)
def _model_data() -> dict:
    return json.loads(resources.files("essayconv.data").joinpath(MODEL_FILE).read_text("utf-8"))


def load_model() -> Model:
    return model_from_json(_model_data(), "edge", FEATURES)


def load_segment_model() -> Model:
    return model_from_json(_model_data(), "beside", SEGMENT_FEATURES)


# ---------------------------------------------------------------- the decision

def edge_drops(probabilities: list[float], words: list[int], below: float, max_share: float) -> list[int]:
    """Indices of the blocks to drop: from each edge inwards, while the model calls a block
    boilerplate (probability of content under `below`); the walk stops at the first block it keeps.
    When the runs would take more than `max_share` of the container's words, nothing is dropped:
    the model disagrees with the rules about the whole container, which is not its question."""
    n = len(probabilities)
    start = 0
    while start < n and probabilities[start] < below:
        start += 1
    end = n
    while end > start and probabilities[end - 1] < below:
        end -= 1
    dropped = [*range(start), *range(end, n)]
    total = sum(words) or 1
    if start == n or sum(words[i] for i in dropped) > max_share * total:
        return []
    return dropped


def _set_aside(tags: list[Element], undo: Undo | None, reading: Reading) -> None:
    """Each element becomes a marker the walker reads as a removal record (outside the essay), as
    the chrome pass leaves them; `undo` lets the ladder put it back."""
    for tag in tags:
        set_aside(tag, Kind.OUTSIDE_ESSAY, undo, always_marker=True, reading=reading)


# ---------------------------------------------------------------- beside the container

def extend_decision(probabilities: list[float], levels: list[int], eligible: list[bool],
                    above: float) -> tuple[int, list[int]]:
    """How many levels to widen the container by, and which weighed elements are then set aside:
    the highest level holding an eligible element (see `may_widen`) the model calls content
    (probability at least `above`) is where the container goes; every element at or below that
    level that is not so called stays out, as a removal record."""
    kept = [i for i, (p, ok) in enumerate(zip(probabilities, eligible)) if p >= above and ok]
    if not kept:
        return 0, []
    top = max(levels[i] for i in kept)
    return top + 1, [i for i, level in enumerate(levels) if level <= top and i not in kept]


_PROSE = SEGMENT_FEATURES.index("log_prose_blocks")
_AFTER = SEGMENT_FEATURES.index("after")
_HEADED = SEGMENT_FEATURES.index("log_headings")


_STACK = math.log1p(2)


def may_widen(view: SegmentView, container_has_sections: bool) -> bool:
    """Only an element holding prose of its own may widen the container (a title, a counter or a
    one-line notice never does); before the container only one without headings: a lede or an
    intro paragraph, not a headed preface (a "Summary:" and "Notes:" box over a story, whose notice
    "see the end of the work for notes" the cleaning passes would read as the essay's end); and,
    as the rules' own widening says, never a stack of headed boxes beside an essay that has no
    headings of its own (a sidebar of other essays' excerpts)."""
    features = view.features
    if features[_PROSE] <= 0:
        return False
    if features[_AFTER] <= 0 and features[_HEADED] > 0:
        return False
    return container_has_sections or features[_HEADED] < _STACK


def extend_container(root: Element, rules: Rules, stats: TextStats, undo: Undo | None = None) -> Element:
    """The container, widened over the elements beside it that the model calls the page's content;
    the others under the wider container become removal records (undone with the chrome)."""
    tuning = rules.tuning
    if tuning.block_model_extend_above > 1:
        return root
    views = segment_views(root, rules, stats, tuning.block_model_extend_levels)
    if not views:
        return root
    model = load_segment_model()
    probabilities = [model.probability(v.features) for v in views]
    sections = first_under(root, SECTION_HEADINGS) is not None
    levels, dropped = extend_decision(probabilities, [v.level for v in views],
                                      [may_widen(v, sections) for v in views], tuning.block_model_extend_above)
    if not levels:
        return root
    _set_aside([views[i].tag for i in dropped], undo, stats.reading)
    wider = root
    for _ in range(levels):
        wider = wider.getparent()
    return wider
