"""Site learning (issue 13): grouping pages by site, masking, the learning guards, the batch passes
on both engines, and `essayconv learn` writing a profile that cleans pages it never saw."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from essayconv.batch.learning import Learning, apply_learned
from essayconv.batch.work import Settings
from essayconv.model import (
    BlockQuote,
    Document,
    Gap,
    Heading,
    Link,
    Metadata,
    Paragraph,
    References,
    Removed,
    Text,
    block_text,
    paragraph,
)
from essayconv.profiles import host_of
from essayconv.rules import load_rules
from essayconv.signals import Kind
from essayconv.sites.group import Grouper, SiteIndex, page_site, page_url
from essayconv.sites.template import KIND, SiteTemplate, apply_template, learn, mask, page_blocks

COUNTER = load_rules().counter.number_unit
WORDS = ("river harbour engine winter language market council village doctor museum garden letter teacher "
         "railway kitchen mountain science budget history painting factory island journey library orchestra "
         "harvest bridge student machine evening forest theatre summer customer ocean station picture shelter "
         "argument pattern treaty company festival neighbour storm lantern").split()


def essay(seed: int, paragraphs: int = 5) -> list[str]:
    """Prose no other essay shares: sentences of words drawn with the essay's own seed."""
    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(4):
            words = [rng.choice(WORDS) for _ in range(rng.randint(9, 14))]
            words[0] = words[0].capitalize()
            sentences.append(" ".join(words[:5]) + ", " + " ".join(words[5:]) + f" in {1800 + rng.randint(0, 200)}.")
        out.append(" ".join(sentences))
    return out


CARD = '<p><a href="/e/{n}">{title}</a> — {excerpt}…</p>'
# worded so that no single-page rule knows it (the single-page disclaimer families would take the
# usual wordings): only learning, which sees it on every page, can remove it
DISCLAIMER = ("Everything in the Lanternhouse collection reached us from readers across the county. Quote it "
              "with a citation if you like; the honour code of every school we know says the rest, and the "
              "checkers your teachers use will spot the borrowed passages at once.")


def papernest(n: int, seed: int | None = None) -> str:
    """A site with a URL: a facts line with numbers and a date, a mentor line, similar papers after the essay."""
    seed = n if seed is None else seed
    rng = random.Random(1000 + n)
    body = "\n".join(f"<p>{p}</p>" for p in essay(seed))
    cards = "\n".join(CARD.format(n=rng.randint(10, 99), title=f"Essay on the {w} question",
                                  excerpt=" ".join(essay(500 + n * 7 + i, 1)[0].split()[:16]))
                      for i, w in enumerate(rng.sample(WORDS, 3)))
    return f"""<!DOCTYPE html><html><head><title>Essay {n} | Papernest</title>
<link rel="canonical" href="https://www.papernest.example/essays/{n}"></head>
<body><div class="pn-top"><a href="/">Papernest</a> <a href="/essays">Essays</a></div>
<div class="pn-paper"><h1>The {WORDS[n % len(WORDS)]} essay number {n}</h1>
<div class="pn-text">
<p>Paper {rng.randint(100, 9999)} · Submitted March {rng.randint(1, 28)}, {rng.randint(2015, 2024)} · {rng.randint(100, 9999):,} views</p>
{body}
<p>Papernest tutors review drafts within a day, ask for yours.</p>
<h3>Similar papers</h3>
{cards}
</div></div></body></html>"""


def lanternhouse(n: int, seed: int | None = None) -> str:
    """A site with no URL at all: a share line at the top and a long disclaimer at the end of the body."""
    seed = 300 + n if seed is None else seed
    body = "\n".join(f"<p>{p}</p>" for p in essay(seed))
    return f"""<!DOCTYPE html><html><head><title>Essay {n}</title></head>
<body><div class="lh-shell"><div class="lh-bar"><b>Lanternhouse</b></div>
<div class="lh-doc lh-doc-{n % 3}"><h1 class="lh-heading">A {WORDS[(n * 3) % len(WORDS)]} paper, number {n}</h1>
<div class="lh-body">
<p>Share this paper: Twitter · Facebook · Email</p>
{body}
<p>{DISCLAIMER}</p>
</div></div><div class="lh-end">Lanternhouse</div></div></body></html>"""


CLUTTER = ("Papernest tutors", "Similar papers", "Submitted March", "Share this paper", "Lanternhouse collection",
           "Essay on the")


def write_site(folder: Path, build, count: int, start: int = 1) -> list[Path]:  # noqa: ANN001
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"page-{n:02}.html"
        path.write_text(build(n), "utf-8")
        paths.append(path)
    return paths


def leaked(document: dict) -> list[str]:
    text = " ".join(b.get("text", "") for b in document["blocks"])
    return [c for c in CLUTTER if c in text]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "essayconv.cli", *args], capture_output=True, text=True, timeout=300)


def doc(*blocks, site: str = "generic", claimed_words: int | None = None) -> Document:  # noqa: ANN002
    built = tuple(paragraph(b) if isinstance(b, str) else b for b in blocks)
    return Document("T", Metadata(site=site, claimed_words=claimed_words, words=100), built)


# ---------------------------------------------------------------- masking and grouping


def test_masking_makes_numbers_and_dates_one_shape() -> None:
    assert mask("591 Words3 Pages") == mask("812 Words4 Pages")
    assert mask("Posted on March 3, 2021 · 12 comments") == mask("posted on July 19, 2019 · 0 comments")
    assert mask("Posted on March 3, 2021") != mask("Updated on March 3, 2021")


def test_a_page_states_its_own_address_and_host() -> None:
    assert page_url(b'<head><link href="https://a.example/x" rel="canonical"></head>') == "https://a.example/x"
    assert page_url(b'<meta content="https://b.example/y" property="og:url">') == "https://b.example/y"
    assert page_url(b"<!-- saved from url=(0025)https://c.example/z -->\n<html>") == "https://c.example/z"
    assert page_url(b"<html><p>no address</p></html>") is None
    assert page_url(b"<html></html>", "https://warc.example/r") == "https://warc.example/r"
    assert host_of("https://www.papernest.example/essays/1") == "papernest.example"


def test_pages_without_a_url_group_by_layout_and_layouts_do_not_merge() -> None:
    grouper = Grouper(keep_bands=40)
    # lh-doc-0/1/2 vary per page: a page's own class names do not split its site
    lantern = {grouper.add(page_site(lanternhouse(n).encode(), None, None)) for n in range(1, 8)}
    other = {grouper.add(page_site(papernest(n).replace('rel="canonical"', 'rel="x"').encode(), None, None))
             for n in range(1, 8)}
    assert len(lantern) == 1 and len(other) == 1 and lantern != other
    assert next(iter(lantern)).startswith("layout:")
    assert grouper.add(page_site(papernest(1).encode(), None, None)) == "host:papernest.example"


def tables(n: int) -> str:
    """An old layout with no class or id at all: tables, colours and a menu."""
    body = "".join(f"<p>{p}</p>" for p in essay(700 + n))
    return (f'<html><body bgcolor="#ffffff"><table width="760" border="0" cellpadding="4"><tr><td bgcolor="#003366">'
            f'<font color="white">Old Papers</font></td></tr><tr><td valign="top"><a href="/index.html">Home</a> | '
            f'<a href="/papers/">Papers</a></td></tr><tr><td>{body}</td></tr></table></body></html>')


def bare(n: int) -> str:
    """Bare divs, no names either, but another structure and menu."""
    body = "".join(f"<p>{p}</p>" for p in essay(800 + n))
    return (f'<html><body><div><div><a href="/">Plainpapers</a></div><ul><li><a href="/read/">Read</a></li>'
            f'<li><a href="/write/">Write</a></li></ul></div><div><div>{body}</div></div><form><input></form>'
            f'<div><small>Plainpapers</small></div></body></html>')


def test_pages_that_name_no_class_group_by_their_structure() -> None:
    grouper = Grouper(keep_bands=40)
    old = {grouper.add(page_site(tables(n).encode(), None, None)) for n in range(6)}
    plain = {grouper.add(page_site(bare(n).encode(), None, None)) for n in range(6)}
    assert len(old) == len(plain) == 1 and old != plain and None not in old | plain


def test_the_conversion_pass_finds_only_learned_sites() -> None:
    grouper = Grouper(keep_bands=40)
    site = {grouper.add(page_site(lanternhouse(n).encode(), None, None)) for n in range(1, 8)}.pop()
    index = grouper.index([site])
    assert index.site_of(page_site(lanternhouse(30).encode(), None, None)) == site
    stranger = papernest(3).replace('rel="canonical"', 'rel="x"').encode()
    assert index.site_of(page_site(stranger, None, None)) is None
    assert SiteIndex().site_of(page_site(lanternhouse(1).encode(), None, None)) is None


# ---------------------------------------------------------------- learning guards


def pages_of(*texts_per_page: list) -> list:  # noqa: ANN002
    return [page_blocks(doc(*texts)) for texts in texts_per_page]


def test_template_lines_recur_with_different_essays_and_one_page_text_never_does() -> None:
    pages = pages_of(*[["Share this paper: Twitter", *essay(n, 2), "Only on this page" if n == 0 else "Fine print 7"]
                       for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert template.blocks == {mask("Share this paper: Twitter"): 6, mask("Fine print 7"): 5}
    assert mask("Only on this page") not in template.blocks


def test_an_essay_saved_several_times_is_not_template() -> None:
    saved = essay(99, 2)
    pages = pages_of(*[["Site line", *(saved if n < 3 else essay(n, 2))] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert set(template.blocks) == {mask("Site line")}  # the essay is on 3 pages, but it is one essay
    assert template.essays == 4


def test_essay_headings_and_varying_long_paragraphs_are_not_template_but_a_verbatim_disclaimer_is() -> None:
    pages = pages_of(*[[Heading(2, (Text("Conclusion"),)), *essay(n, 2), DISCLAIMER] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert list(template.blocks) == ["=" + DISCLAIMER.casefold()]


def test_fewer_pages_than_the_group_size_learn_nothing_and_change_nothing() -> None:
    pages = pages_of(*[["Site line", *essay(n, 2)] for n in range(4)])
    template = learn("s", pages, COUNTER)
    assert not template and template.blocks == {}
    document = doc("Site line", *essay(1, 2))
    assert apply_template(document, template, COUNTER).document is document


def test_a_tail_takes_the_linked_cards_after_it_and_stops_at_prose() -> None:
    def card(n: int) -> Paragraph:
        return Paragraph((Link((Text(f"Other {WORDS[n % len(WORDS)]} essay"),), "/e"), Text(" — an excerpt of it…")))

    pages = pages_of(*[[*essay(n, 2), "Similar papers", card(n), card(n + 50)] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert template.tails == {mask("Similar papers"): 6}
    page = doc(*essay(77, 2), "Similar papers", card(7), card(8), "A closing sentence of prose that is the page's own.")
    applied = apply_template(page, template, COUNTER)
    assert [b.text for b in applied.document.removed] == ["Similar papers", f"Other {WORDS[7]} essay — an excerpt of it…",
                                                          f"Other {WORDS[8]} essay — an excerpt of it…"]
    assert applied.document.blocks[-1] == paragraph("A closing sentence of prose that is the page's own.")
    assert all(r.kind == KIND for r in applied.document.removed)
    assert applied.fired == ((mask("Similar papers"), 6), ("after: " + mask("Similar papers"), 6))


def test_label_lines_are_learned_by_their_label_whatever_their_value() -> None:
    pages = pages_of(*[[f"Category: {WORDS[n].title()}", *essay(n, 2), "Filed: once" if n == 0 else "Plain line"]
                       for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert template.labels == {"label:category": 6}
    assert "label:filed" not in template.labels  # a label on one page only
    applied = apply_template(doc("Category: Zoology", *essay(40, 2), "Note: see the appendix"), template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Category: Zoology"]
    assert applied.fired == (("label:category", 6),)


def test_a_notice_the_site_rotates_is_learned_on_three_of_its_pages_but_headings_and_quotes_are_not() -> None:
    """A notice printed on only 3 of 18 pages (a sixth: it takes turns with another) is the site's, seen
    with three different essays; three essays may share a heading or quote one source."""
    notice = "Evening clinic returns on Thursdays: bring one page and leave with a plan."
    quote = BlockQuote((Text("Whoever controls the river controls the town's calendar."),))
    pages = pages_of(*[[*(["Clinic hours", notice, quote] if n % 6 == 0 else []), *essay(n, 3)] for n in range(18)])
    template = learn("s", pages, COUNTER)
    assert mask(notice) in template.blocks
    assert mask("Clinic hours") not in template.blocks and not any(k.startswith("=") or "controls the river" in k
                                                                   for k in template.blocks)


def test_a_short_credit_line_is_learned_by_its_lead_and_takes_the_line_set_as_a_heading() -> None:
    """"Written up by <a name>": too short for a shape, its first words recur while the name changes."""
    names = ("Ada Moss", "Bo Quill", "Cy Rourke", "Di Vance", "Ed Wren", "Flo Yates")
    pages = pages_of(*[[f"Written up by {names[n]}", *essay(n, 2)] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert template.leads == {"lead:written up by": 6}
    page = doc(Heading(2, (Text("Written up by Gus Hale"),)), *essay(40, 2))
    applied = apply_template(page, template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Written up by Gus Hale"]
    essay_line = doc("Written by hand, these letters", *essay(41, 2))  # another lead: the essay's own
    assert apply_template(essay_line, template, COUNTER).document is essay_line


def test_a_line_the_page_took_out_itself_is_learned_where_it_stayed_and_a_box_heading_goes_with_its_box() -> None:
    """A disclaimer the page's own passes take on most pages and keep on one is the site's there too;
    a heading always right over a line learned as the site's is the box's heading."""
    disclaimer = "Essays here are deposited by the students who wrote them; copying one is plagiarism."
    pitch = "Send us 500 words and get back a marked-up draft within three days."

    def page(n: int) -> Document:
        document = doc(*essay(n, 2), Heading(3, (Text("Turn a good essay into a great one"),)), pitch, *essay(n + 40, 1))
        if n == 5:
            return replace(document, blocks=(paragraph(disclaimer), *document.blocks))
        return replace(document, removed=(Removed(Kind.DISCLAIMER, disclaimer, at=0),))

    template = learn("s", [page_blocks(page(n)) for n in range(6)], COUNTER)
    applied = apply_template(page(5), template, COUNTER)
    assert [r.text for r in applied.document.removed] == [disclaimer, "Turn a good essay into a great one", pitch]


def test_a_recurring_banner_gives_the_claims_the_page_did_not_state() -> None:
    pages = pages_of(*[[f"Length {700 + n} words | {3 + n % 2} pages | {n * 17} views", *essay(n, 2)] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert list(template.banners) == [mask("Length 700 words | 3 pages | 0 views")]
    applied = apply_template(doc("Length 1,204 words | 5 pages | 88 views", *essay(50, 2)), template, COUNTER)
    assert (applied.document.metadata.claimed_words, applied.document.metadata.claimed_pages) == (1204, 5)
    kept = apply_template(doc("Length 1,204 words | 5 pages | 88 views", *essay(50, 2), claimed_words=900),
                          template, COUNTER)
    assert kept.document.metadata.claimed_words == 900  # what the page's own counter reader found stands


def test_learning_never_overrides_a_profile_body_selector() -> None:
    template = SiteTemplate("host:ivypanda.com", 6, 6, {mask("Site line"): 6})
    learning = Learning(templates={"host:ivypanda.com": template})
    settings = Settings(outdir="", fmt="json", learning=learning)
    data = b'<html><head><link rel="canonical" href="https://ivypanda.com/essays/x"></head></html>'
    profiled = doc("Site line", *essay(1, 2), site="ivypanda")  # ivypanda's profile has a body selector
    assert apply_learned(profiled, data, None, settings).document is profiled
    generic = doc("Site line", *essay(1, 2))
    assert [r.text for r in apply_learned(generic, data, None, settings).document.removed] == ["Site line"]


# ---------------------------------------------------------------- the batch, both engines


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sites")
    write_site(root / "papernest", papernest, 6)
    write_site(root / "lanternhouse", lanternhouse, 6)
    return root


def outputs(folder: Path) -> dict[str, dict]:
    return {str(p.relative_to(folder)): json.loads(p.read_text("utf-8")) for p in sorted(folder.rglob("page-*.json"))}


def test_batch_learns_each_site_and_removes_its_template(two_sites: Path, tmp_path: Path) -> None:
    plain = run_cli("batch", str(two_sites), "-o", str(tmp_path / "plain"), "--parallel", "2")
    learned = run_cli("batch", str(two_sites), "-o", str(tmp_path / "learned"), "--parallel", "2", "--learn-sites")
    assert plain.returncode == learned.returncode == 0, learned.stderr
    assert any(leaked(d) for d in outputs(tmp_path / "plain").values())  # the generic path alone leaks here
    documents = outputs(tmp_path / "learned")
    assert len(documents) == 12 and not any(leaked(d) for d in documents.values())
    for name, document in documents.items():
        kinds = {r["kind"] for r in document["removed"]}
        assert KIND in kinds, name
    lines = [json.loads(line) for line in (tmp_path / "learned" / "essayconv-report.jsonl").read_text().splitlines()]
    sites = [line for line in lines if "site" in line and "status" not in line]
    assert sorted(s["site"].split(":")[0] for s in sites) == ["host", "layout"]
    assert all(s["pages"] == 6 and s["learned"] for s in sites)
    records = [line for line in lines if "status" in line]
    assert len(records) == 12 and all(r["learned"] and r["learned"][0]["pages"] >= 5 for r in records)
    assert "site learning: 2 templates learned of 2 sites" in learned.stderr


def test_sites_of_fewer_than_five_pages_convert_byte_identically(tmp_path: Path) -> None:
    source = tmp_path / "small"
    write_site(source / "papernest", papernest, 4)
    write_site(source / "lanternhouse", lanternhouse, 3)
    plain = run_cli("batch", str(source), "-o", str(tmp_path / "plain"))
    learned = run_cli("batch", str(source), "-o", str(tmp_path / "learned"), "--learn-sites")
    assert plain.returncode == learned.returncode == 0, learned.stderr
    made = sorted((tmp_path / "plain").rglob("page-*.json"))
    assert len(made) == 7
    for path in made:
        assert path.read_bytes() == (tmp_path / "learned" / path.relative_to(tmp_path / "plain")).read_bytes()


def test_dask_engine_learns_as_the_process_pool_does(two_sites: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        dask_run = run_cli("batch", str(two_sites), "-o", str(tmp_path / "dask"), "--learn-sites",
                           "--scheduler", cluster.scheduler_address)
    pool_run = run_cli("batch", str(two_sites), "-o", str(tmp_path / "pool"), "--learn-sites", "--parallel", "2")
    assert dask_run.returncode == pool_run.returncode == 0, dask_run.stderr
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "pool")
    assert not any(leaked(d) for d in outputs(tmp_path / "dask").values())


# ---------------------------------------------------------------- essayconv learn


@pytest.mark.parametrize("build", [papernest, lanternhouse])
def test_learned_profile_cleans_a_page_it_never_saw(build, tmp_path: Path) -> None:  # noqa: ANN001
    pages = write_site(tmp_path / "site", build, 15)
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    made = run_cli("learn", *map(str, pages[:10]), "-o", str(profiles / "site.toml"))
    assert made.returncode == 0, made.stderr
    text = (profiles / "site.toml").read_text("utf-8")
    assert "[template]" in text and "# on 10 of 10 pages" in text
    alone = run_cli("convert", str(pages[14]), "--to", "json")
    assert alone.returncode == 0 and leaked(json.loads(alone.stdout))  # without the profile the page leaks
    with_profile = run_cli("convert", str(pages[14]), "--to", "json", "--profiles", str(profiles))
    assert with_profile.returncode == 0, with_profile.stderr
    document = json.loads(with_profile.stdout)
    assert not leaked(document) and KIND in {r["kind"] for r in document["removed"]}
    assert len([b for b in document["blocks"] if b["type"] == "paragraph"]) == 5


def test_learn_with_too_few_pages_says_so_in_one_line(tmp_path: Path) -> None:
    pages = write_site(tmp_path / "site", lanternhouse, 3)
    result = run_cli("learn", *map(str, pages), "-o", str(tmp_path / "site.toml"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "needs at least 5 pages" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "site.toml").exists()


def test_a_bad_template_in_a_profile_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('name = "bad"\n[template]\nblocks = "not a list"\n', "utf-8")
    page = write_site(tmp_path / "site", lanternhouse, 1)[0]
    result = run_cli("convert", str(page), "--profiles", str(tmp_path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "bad.toml" in result.stderr and "[template] blocks must be a list of strings" in result.stderr


def test_a_line_with_a_slot_the_site_fills_per_page_is_learned_by_its_shape() -> None:
    """"Short on time for your {topic} paper? Our team drafts one for you within a day." — one
    shape, a different topic on each page: learned as a shape, and an essay's own line is not."""
    topics = ["rivers", "bridges", "tides", "mills", "canals", "harbours"]
    cta = "Short on time for your {} paper? Our team drafts one for you within a day."
    pages = pages_of(*[[*essay(n, 2), cta.format(topic)] for n, topic in enumerate(topics)])
    template = learn("s", pages, COUNTER)
    assert not template.blocks and len(template.shapes) == 1
    document = doc(*essay(40, 2), cta.format("ferries"))
    applied = apply_template(document, template)
    assert [r.text for r in applied.document.removed] == [cta.format("ferries")]
    assert [block_text(b) for b in applied.document.blocks] == [block_text(b) for b in doc(*essay(40, 2)).blocks]


def test_learned_removals_stand_in_page_order_and_say_on_how_many_pages_they_were_seen(schema: dict) -> None:
    from dataclasses import replace

    import jsonschema

    from essayconv.model import Removed
    from essayconv.write.json_writer import to_dict

    pages = pages_of(*[["Our tip: plan before you write", *essay(n, 2), "Similar papers"] for n in range(6)])
    template = learn("s", pages, COUNTER)
    page = doc("Our tip: plan before you write", *essay(60, 2), "Similar papers")
    # the page's own removals: one above the tip, one between the essay and the tail
    page = replace(page, removed=(Removed("navigation", "Home / Essays", at=0), Removed("ad", "Order now", at=3)))
    applied = apply_template(page, template, COUNTER)
    assert [(r.kind, r.text) for r in applied.document.removed] == [
        ("navigation", "Home / Essays"), (KIND, "Our tip: plan before you write"), ("ad", "Order now"), (KIND, "Similar papers")]
    assert [r.at for r in applied.document.removed] == [0, 0, 2, 2]  # counted in the blocks still kept
    jsonschema.validate(to_dict(applied.document), schema)
    entries = to_dict(applied.document)["removed"]
    assert entries[1] == {"kind": KIND, "text": "Our tip: plan before you write", "pages": 6}
    assert entries[0] == {"kind": "navigation", "text": "Home / Essays"}


def test_a_note_under_one_label_whose_text_changes_is_learned_by_its_label() -> None:
    notes = ["we kept the writer's own spelling and punctuation throughout the piece",
             "this piece was first read aloud at one of our evenings in the spring",
             "the writer asked us to say that this is an early draft of the essay"]
    pages = pages_of(*[[f"Editor's note: {notes[n % 3]}", *essay(n, 2)] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert "label:editor's note" in template.labels
    applied = apply_template(doc("Editor's note: a new remark on this page, never seen before today", *essay(70, 2)),
                             template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Editor's note: a new remark on this page, never seen before today"]


def test_a_headline_over_a_learned_pitch_goes_with_it() -> None:
    pitch = "Our volunteer proofreaders reply within three days of your message."
    pages = pages_of(*[[*essay(n, 1), f"Need a second reader for your {WORDS[n]} essay?", pitch, *essay(n + 30, 1)]
                       for n in range(6)])
    template = learn("s", pages, COUNTER)
    page = doc(*essay(80, 1), "Need a second reader for your zoology essay?", pitch, *essay(81, 1))
    applied = apply_template(page, template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Need a second reader for your zoology essay?", pitch]


def test_another_wording_of_a_box_the_site_repeats_is_learned_by_its_opening() -> None:
    """A tip box the site prints on a third of its pages, and in a second wording on one page: the rare
    wording opens as the repeated one does, so it is the same box. Two words do only before a colon
    ("Lantern Workshops: …"); essays sharing an opening teach nothing (no line of theirs recurs)."""
    tip = "Tip from our editors: read your closing paragraph aloud before you hand it in."
    course = "Lantern Workshops now meet online every Thursday evening."
    pages = pages_of(*[[*essay(n, 2), *([tip, course] if n % 3 == 0 else []),
                        *(["Tip from our editors: open each body paragraph with a claim."] if n == 4 else []),
                        *(["Lantern Workshops: a six-week course on academic style, places limited."] if n == 5 else []),
                        f"In this essay, topic {n} is weighed against its critics at some length."]
                       for n in range(12)])
    template = learn("s", pages, COUNTER)
    assert {"lead:tip from our editors", "lead:lantern workshops"} <= set(template.leads)
    assert not any("in this essay" in k for k in template.leads)
    page = doc(*essay(50, 2), "Tip from our editors: cut every sentence that repeats the title.",
               "Lantern Workshops: evening classes on citation.", "Tip from our garden, a line of the essay's own.")
    applied = apply_template(page, template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Tip from our editors: cut every sentence that repeats the title.",
                                                          "Lantern Workshops: evening classes on citation."]


def test_a_box_the_finder_left_outside_the_essay_on_other_pages_is_the_sites_where_it_stayed() -> None:
    """A notice box sits beside the essay on most pages (the page leaves it out) and inside it on one:
    seen with three essays, it is the site's there too, and so is its heading."""
    notice = "Our timed-essay workshops run every Saturday morning in spring. Places are limited to twelve."

    def page(n: int) -> Document:
        document = doc(*essay(n, 3))
        if n == 2:
            return replace(document, blocks=(*document.blocks[:2], Heading(4, (Text("Exam season is coming"),)),
                                              paragraph(notice), *document.blocks[2:]))
        if n in (4, 7):
            return replace(document, removed=(Removed(Kind.OUTSIDE_ESSAY, "Exam season is coming", at=3),
                                              Removed(Kind.OUTSIDE_ESSAY, notice, at=3)))
        return document

    template = learn("s", [page_blocks(page(n)) for n in range(9)], COUNTER)
    applied = apply_template(page(2), template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Exam season is coming", notice]


def test_another_essays_heading_in_the_related_cards_beside_the_essay_is_not_learned() -> None:
    """Related cards beside the essay name other essays; one card's title is a heading of its own essay:
    seen outside the essay on three pages, it is still that essay's heading."""
    title = "Rivers and the making of market towns"

    def page(n: int) -> Document:
        document = doc(*essay(n, 3))
        if n == 1:
            return replace(document, blocks=(Heading(2, (Text(title),)), *document.blocks))
        if n in (3, 5, 7):
            return replace(document, removed=(Removed(Kind.OUTSIDE_ESSAY, title, at=3),))
        return document

    template = learn("s", [page_blocks(page(n)) for n in range(9)], COUNTER)
    assert apply_template(page(1), template, COUNTER).document == page(1)


def test_a_label_line_of_any_length_below_prose_is_learned_by_its_label() -> None:
    """"To reference: <a citation of some thirty words>": the label recurs, the citation changes."""
    names = ("Moss", "Quill", "Rourke", "Vance", "Wren", "Yates", "Hale")
    subjects = ("tides", "bridges", "orchards", "canals", "mills", "ferries", "markets")

    def cite(n: int) -> str:
        return (f"To reference: {names[n % 7]}, A. (2019) 'An essay on {subjects[n % 7]} and what they teach us'. "
                f"Posted by {names[n % 7].lower()}_writes in The Essay Swap forum of the Tollgate Scholars board, topic {n}.")
    pages = pages_of(*[[*essay(n, 2), cite(n)] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert "label:to reference" in template.labels
    applied = apply_template(doc(*essay(60, 2), cite(6)), template, COUNTER)
    assert [r.text for r in applied.document.removed] == [cite(6)]


def test_a_greeting_worded_anew_for_each_essay_is_learned_by_its_opening_words() -> None:
    """"Good morning, and welcome to issue N… This week's essay is by <writer>, on <subject>." opens every
    post; essays opening alike on a few pages are not the site's."""
    writers = ("Ada Moss", "Bo Quill", "Cy Rourke", "Di Vance", "Ed Wren", "Flo Yates", "Gus Hale", "Hal Ives")
    subjects = ("tides", "bridges", "orchards", "canals", "mills", "ferries", "markets", "locks")

    def greeting(n: int) -> str:
        return (f"Good morning, and welcome to this week's letter. The essay is by {writers[n % 8]}, "
                f"who writes about {subjects[n % 8]}.")
    pages = pages_of(*[[greeting(n), *(["In this essay, I will weigh the " + subjects[n] + " once more."] if n < 3 else []),
                        *essay(n, 2)] for n in range(8)])
    template = learn("s", pages, COUNTER)
    assert "lead:good morning, and welcome" in template.leads
    assert not any(k.startswith("lead:in this essay") for k in template.leads)


def test_a_box_heading_over_a_tip_that_changes_is_learned_and_takes_its_one_line() -> None:
    """"Library tip" over a different tip on each of its pages (each tip too rare to learn), never over
    prose; an essay's own section heading over its paragraphs is not a box."""
    tips = ("Borrow up to twelve books over the essay period.", "The exemplar box is at the desk, ask for it.",
            "Returns are due on the last Friday of term.", "Inter-library loans take a week, so ask early.")

    def page(n: int) -> Document:
        blocks = [*essay(n, 2)]
        if n % 2 == 0:
            blocks += [Heading(3, (Text("Library tip"),)), tips[(n // 2) % 4]]
        return doc(*blocks, Heading(2, (Text("Rivers and towns"),)), *essay(n + 30, 1))

    template = learn("s", [page_blocks(page(n)) for n in range(8)], COUNTER)
    assert set(template.boxes) == {"library tip"}
    later = doc(*essay(70, 2), Heading(3, (Text("Library tip"),)), "Printing is free before nine each morning.",
                *essay(71, 1))
    applied = apply_template(later, template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Library tip", "Printing is free before nine each morning."]
    assert block_text(applied.document.blocks[-1]) == essay(71, 1)[0]


def test_a_label_line_over_a_value_that_changes_takes_its_value_but_a_pseudo_heading_over_prose_does_not() -> None:
    """A facts list the page left as lines: "Shared" over "with <a name>'s permission, <a date>" on
    every page; an essay's bold line over its own paragraph of prose is no box."""
    names = ("Priya", "Kenji", "Hannah", "Aisha", "Liam", "Nadia", "Maya", "Owen")

    def page(n: int) -> Document:
        top = ["Shared", f"with {names[n]}'s permission, April {2015 + n}"]
        return doc(*top, *essay(n, 2), *(["The evidence", *essay(n + 20, 1)] if n % 2 else []))

    template = learn("s", [page_blocks(page(n)) for n in range(8)], COUNTER)
    assert set(template.boxes) == {"shared"}
    later = apply_template(doc("Shared", "with Ruth's permission, May 2020", *essay(70, 2), "The evidence",
                               *essay(71, 1)), template, COUNTER)
    assert [r.text for r in later.document.removed][:2] == ["Shared", "with Ruth's permission, May 2020"]
    assert [block_text(b) for b in later.document.blocks][-1] == essay(71, 1)[0]


def test_the_pages_own_title_and_author_filled_into_a_site_line_make_it_one_line() -> None:
    """A licence line and a contributor's note name each page's own title and writer: masked, they are
    one line of the site's; a one-word title is not masked (its essay's lines use the word too)."""
    writers = ("Tomás Haskins", "Ruth Ellery", "Omar Petrov", "Hannah Quill", "Daniel Voss", "Marcus Lind")

    def page(n: int, title: str, writer: str) -> Document:
        first = writer.split()[0]
        blocks = (*essay(n, 2), f"{first} wrote this essay as a student of history and agreed to share it in {2015 + n % 9}.",
                  f"“{title}” by {writer} is licensed under a Creative Commons Attribution 4.0 International License.")
        return Document(title, Metadata(author=writer, words=100), tuple(paragraph(b) for b in blocks))

    titles = [f"The {WORDS[n]} and the {WORDS[n + 10]}" for n in range(6)]
    template = learn("s", [page_blocks(page(n, titles[n], writers[n])) for n in range(6)], COUNTER)
    assert "“{title}” by {author} is licensed under a creative commons attribution {n} international license." \
        in template.blocks
    applied = apply_template(page(40, "Why Cities Sprawl", "Ines Carvalho"), template, COUNTER)
    assert [r.text.split()[0] for r in applied.document.removed] == ["Ines", "“Why"]
    one_word = apply_template(page(41, "Sprawl", "Ines Carvalho"), template, COUNTER)
    assert [r.text.split()[0] for r in one_word.document.removed] == ["Ines"]  # "“Sprawl” by …" is not the line


def test_a_run_of_the_sites_cards_after_a_learned_line_goes_and_the_page_text_after_it_stays() -> None:
    """"Three other chapters:" over linked cards, then a line of the page's own: the run of cards
    lasts while they do."""
    def card(n: int) -> Paragraph:
        return Paragraph((Link((Text(f"The {WORDS[n % len(WORDS)]} chapter"),), "/c"), Text(f" (Chapter {n}): “A thesis.”")))

    pages = pages_of(*[[*essay(n, 2), "Three other chapters that take a clear position:", card(n), card(n + 7),
                        f"Written in {WORDS[n]} class, {2010 + n}, and shared by its writer for good."] for n in range(6)])
    template = learn("s", pages, COUNTER)
    assert mask("Three other chapters that take a clear position:") in template.tails
    own = "A closing line the page says once, about its own essay and nothing else."
    applied = apply_template(doc(*essay(77, 2), "Three other chapters that take a clear position:", card(3), card(4), own),
                             template, COUNTER)
    assert len(applied.document.removed) == 3 and block_text(applied.document.blocks[-1]) == own


def test_a_note_labelled_with_a_dash_is_learned_by_its_label_and_so_are_the_other_labels_of_its_notes() -> None:
    """"Margin — <a note>" on most pages, its note changing; "Coach's note — <a note the site also
    prints under "Margin">" on a few: one box of notes, its label drawn per page."""
    notes = ("the source arrives with a name, a date and a job to do.", "every verb here is careful and measured.",
             "this is the length a paragraph should aim for.", "the claim comes first and the story second.",
             "notice how the quotation is cut to its working part.", "the objection is met, not waved away.",
             "two sentences of context, then the argument.")

    def page(n: int) -> list:
        label = "Coach's note" if n in (3, 7) else "Margin"
        return [*essay(n, 1), f"{label} — {notes[n % 7]}", *essay(n + 40, 1)]

    template = learn("s", pages_of(*[page(n) for n in range(12)]), COUNTER)
    assert {"label:margin", "label:coach's note"} <= set(template.labels)
    applied = apply_template(doc(*essay(80, 1), "Coach's note — read the first sentence twice.", *essay(81, 1)),
                             template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["Coach's note — read the first sentence twice."]
    prose = "Above all — and this is the point — the river decided where the town would stand."
    assert apply_template(doc(*essay(82, 1), prose), template, COUNTER).document.removed == ()


def test_a_site_line_the_page_read_as_a_reference_entry_goes_from_the_list() -> None:
    """The integrity line after the Works Cited, read into the list on the pages where it follows it."""
    integrity = "Read it, learn from it, do not hand it in: the library registers every essay."
    template = learn("s", pages_of(*[[*essay(n, 2), integrity] for n in range(6)]), COUNTER)
    entry = (Text("Okafor, Ruth. Rivers and Towns. Harbour Press, 2001."),)
    page = replace(doc(*essay(90, 2)), references=References("Works Cited", (entry, (Text(integrity),))))
    applied = apply_template(page, template, COUNTER)
    assert applied.document.references.entries == (entry,)
    assert [r.text for r in applied.document.removed] == [integrity]


def test_another_pages_title_in_a_line_is_learned_as_a_slot_and_a_quotation_above_it_goes_with_it() -> None:
    """A card quoting another essay: its quotation, "— quoted in <another page's title>", the title. With
    the site's titles known, the line is one line of the site's whatever essay it names."""
    titles = [f"The {WORDS[n]} and the {WORDS[n + 20]}" for n in range(8)]

    def page(n: int) -> Document:
        other = titles[(n + 3) % 8]
        card = (BlockQuote((Text(f"I thought the {WORDS[n + 5]} would be forgotten by now."),)),
                paragraph(f"— quoted in {other}"), paragraph(other))
        return Document(titles[n], Metadata(words=100), (*(paragraph(p) for p in essay(n, 2)), *card))

    template = learn("s", [page_blocks(page(n)) for n in range(8)], COUNTER, titles=titles)
    assert "— quoted in {other}" in template.blocks and "{other}" in template.blocks
    applied = apply_template(page(2), template, COUNTER)
    assert [type(b).__name__ for b in applied.document.blocks] == ["Paragraph", "Paragraph"]
    assert len(applied.document.removed) == 3
    # without the titles, no page's line names another
    assert "— quoted in {other}" not in learn("s", [page_blocks(page(n)) for n in range(8)], COUNTER).blocks


def test_tagged_and_bracketed_notes_are_learned_as_one_label_whichever_tag_or_label_the_writer_picked() -> None:
    labels = ("#idea", "#revisit", "[Side note:", "[PS:")

    def note(n: int) -> str:
        text = f"the {WORDS[n]} part came later in the first draft"
        return f"{labels[n % 4]} {text}]" if labels[n % 4].startswith("[") else f"{labels[n % 4]} {text}"

    pages = pages_of(*[[*essay(n, 1), note(n), *essay(n + 40, 1)] for n in range(12)])
    template = learn("s", pages, COUNTER)
    assert {"label:#", "label:["} <= set(template.labels)
    applied = apply_template(doc(*essay(90, 1), "#tutor-said keep the verbs careful here", "[Edit: fixed a typo]",
                                 "[1] Smith, J. Rivers. 2001.", *essay(91, 1)), template, COUNTER)
    assert [r.text for r in applied.document.removed] == ["#tutor-said keep the verbs careful here", "[Edit: fixed a typo]"]


def test_a_cut_read_from_a_site_line_without_a_stop_goes_with_the_line() -> None:
    note = "#note-to-self link this to my notes on method when I get round to it"
    pages = pages_of(*[[*essay(n, 1), f"#idea {WORDS[n]} again", *essay(n + 40, 1)] for n in range(8)])
    template = learn("s", pages, COUNTER)
    page = doc(*essay(95, 1), note, Gap("unmarked-cut"), *essay(96, 1), Gap("teaser"))
    applied = apply_template(page, template, COUNTER)
    assert [type(b).__name__ for b in applied.document.blocks] == ["Paragraph", "Paragraph", "Gap"]
    assert applied.document.blocks[-1] == Gap("teaser")  # a cut the site marked stays


def test_notes_between_paragraphs_under_a_few_labels_the_site_draws_per_page_are_learned_together() -> None:
    """"Note to self: …", "Reflection: …", "After feedback: …" after an essay's paragraph, one label on
    each of a few pages: together they stand in a third of the essays. One essay's own "Note:" is no
    site's label."""
    labels = ("Note to self", "Reflection", "After feedback", "Self-assessment")

    def page(n: int) -> list:
        note = [f"{labels[n % 4]}: the {WORDS[n]} paragraph was the hardest to write."] if n < 13 else []
        own = ["Note: the figures are for the old county only."] if n == 14 else []
        return [*essay(n, 1), *note, *own, *essay(n + 40, 1)]

    template = learn("s", pages_of(*[page(n) for n in range(18)]), COUNTER)
    assert {"label:note to self", "label:reflection", "label:after feedback", "label:self-assessment"} <= set(template.labels)
    assert "label:note" not in template.labels
