"""The learned votes on blocks (extract/html/blocks_model.py, data/block_model.json): the shipped models
load and match the features the code computes, score the same every time, call clear-cut blocks
right, the vote beside the container acts only where it should and can be switched off, and the
training script rebuilds a model byte for byte."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from essayconv.extract.dom import classes, parse
from essayconv.extract.html.block_features import FEATURES, SEGMENT_FEATURES, block_views, segment_views
from essayconv.extract.html.blocks_model import edge_drops, extend_decision, load_model, load_segment_model, may_widen
from essayconv.extract.html.container import TextStats
from essayconv.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "data" / "block_model"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_block_model", ROOT / "scripts" / "train_block_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_block_model"] = module
    spec.loader.exec_module(module)
    return module


PROSE = ("The council voted on Tuesday to keep the branch library open for another five years, after a "
         "campaign by parents, pensioners and students who said the building was the only warm and quiet "
         "place in the district where anyone could sit and read without paying for a coffee.")

PAGE = f"""<html><body><div id="wrap">
<p class="intro">{PROSE}</p>
<article class="post-content">
<div class="crumbs-trail"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/local">Local</a></div>
<p>{PROSE}</p><p>{PROSE.replace("Tuesday", "Monday")}</p><p>{PROSE.replace("council", "committee")}</p>
<p>{PROSE.replace("five", "ten")}</p>
</article>
<div class="breadcrumb-nav"><a href="/">Home</a> › <a href="/news">News</a></div>
</div></body></html>"""


def _container():
    page = parse(PAGE)
    root = page.find(".//article")
    return root, TextStats(page.find("body"))


def test_the_shipped_models_load_with_the_features_the_code_computes() -> None:
    assert load_model().features == FEATURES and len(load_model().weights) == len(FEATURES)
    assert load_segment_model().features == SEGMENT_FEATURES


def test_clear_cut_blocks_are_classified_right_and_the_same_every_time() -> None:
    root, stats = _container()
    rules = load_rules()
    views = block_views(root, rules, stats)
    model = load_model()
    scores = [model.probability(v.features) for v in views]
    assert [v.tag.tag for v in views] == ["div", "p", "p", "p", "p"]
    assert scores[0] < 0.2, scores  # a breadcrumb trail inside the article's box
    assert min(scores[1:]) > 0.8, scores  # the essay's paragraphs
    root_again, stats_again = _container()  # a fresh parse of the same page scores the same, bit for bit
    assert [model.probability(v.features) for v in block_views(root_again, rules, stats_again)] == scores


def test_the_elements_beside_the_container_are_weighed() -> None:
    root, stats = _container()
    views = segment_views(root, load_rules(), stats)
    model = load_segment_model()
    by_class = {" ".join(classes(v.tag)): model.probability(v.features) for v in views}
    assert by_class["intro"] > 0.5 > by_class["breadcrumb-nav"], by_class


def test_the_edge_rule_walks_in_from_each_edge_and_never_cuts_the_middle() -> None:
    """The edge model is trained and measured but not hooked in (docs/classifier.md): its decision
    rule stays tested for the next attempt."""
    probabilities = [0.1, 0.9, 0.05, 0.9, 0.1, 0.1]
    assert edge_drops(probabilities, [3, 50, 4, 50, 3, 3], below=0.2, max_share=0.3) == [0, 4, 5]
    # the runs would take most of the words: the model is not asked about the container itself
    assert edge_drops(probabilities, [60, 50, 4, 50, 3, 3], below=0.2, max_share=0.3) == []
    assert edge_drops([0.1, 0.1], [5, 5], below=0.2, max_share=1.0) == []


def test_a_stack_of_headed_boxes_never_widens_an_essay_without_headings() -> None:
    """The rules' sidebar of excerpts (tests/test_finder.py), held by the vote too: the excerpts
    share every word with the essay, so only the shape can say they are not more of it."""
    boxes = "".join(f"<div class='box'><h3>Pick {n}</h3><p>{PROSE}</p></div>" for n in range(3))
    page = parse(f"<body><div><div class='left'><p>{PROSE}</p><p>{PROSE}</p></div>"
                 f"<div class='right'>{boxes}</div></div></body>")
    views = segment_views(page.find(".//div[@class='left']"), load_rules(), TextStats(page.find("body")))
    assert [classes(v.tag) for v in views] == [["right"]]
    assert not may_widen(views[0], container_has_sections=False)
    assert may_widen(views[0], container_has_sections=True)


def test_widening_needs_a_confident_element_that_holds_prose() -> None:
    assert extend_decision([0.9, 0.2, 0.95], [0, 0, 1], [True, True, False], above=0.6) == (1, [1])
    assert extend_decision([0.9, 0.2, 0.95], [0, 0, 1], [True, True, True], above=0.6) == (2, [1])
    assert extend_decision([0.5, 0.2], [0, 0], [True, True], above=0.6) == (0, [])


def test_the_container_widens_over_a_lede_and_a_zero_threshold_switches_the_votes_off(tmp_path: Path) -> None:
    import essayconv
    from essayconv.model import block_text

    rules = tmp_path / "off.toml"
    rules.write_text("[tuning.blocks]\nblock_model_extend_above = 2\n", "utf-8")
    page = (FIXTURE / "html" / "0001.html").read_bytes()
    on = essayconv.load(page)
    off = essayconv.load(page, options=essayconv.Options(rules_files=(str(rules),)))
    lede = "Travel writers have argued about sleepers"
    # the standfirst beside the article is the story's first paragraph; the rules alone leave it out
    assert block_text(on.blocks[0]).startswith(lede)
    assert not any(block_text(b).startswith(lede) for b in off.blocks)
    assert on.blocks[1:] == off.blocks
    assert on.title == off.title == "Night Trains Return to Europe"


def test_training_rebuilds_the_model_byte_for_byte(tmp_path: Path) -> None:
    trainer = _trainer()
    blocks, model = tmp_path / "blocks.jsonl", tmp_path / "model.json"
    assert trainer.collect(FIXTURE, blocks, jobs=1) > 0
    trainer.train(blocks, model)
    assert model.read_bytes() == (FIXTURE / "expected_model.json").read_bytes()


def test_the_split_never_trains_on_even_ids() -> None:
    trainer = _trainer()
    assert trainer.split_of("0002") == trainer.split_of("1498") == "heldout"
    assert {trainer.split_of(f"{n:04d}") for n in range(1, 200, 2)} == {"train", "validation"}
    assert trainer.is_content("Share on Facebook", trainer.truth_index("the essay only")) is False
