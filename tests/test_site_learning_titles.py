"""Site learning met at first contact in held-out site set 42 (heldout/sites42/LEARNING.md): a site labels a series of
its titles ("Ski history: …", "…: a look back", "… (long read)"); the label recurs on a fifth of the site's titles or
more, while an essay's own subtitle is on one title alone. Learned and applied by mechanism, kept in a learned
profile. Our own titles."""

from __future__ import annotations

import tomllib
from dataclasses import replace

from essayconv.model import Document, Metadata, Paragraph, Text
from essayconv.profiles import _profile
from essayconv.sites.profile import Learned, profile_toml
from essayconv.sites.template import apply_template, learn, page_blocks, profile_template

from .helpers import PROSE

TOPICS = ["the Canal", "the Mill", "the Ferry", "the Lighthouse", "the Viaduct", "the Tannery", "the Harbour",
          "the Quarry", "the Brewery", "the Rope Walk", "the Chapel", "the Foundry", "the Lido", "the Pier",
          "the Market Hall", "the Gasworks"]


def _title(n: int) -> str:
    plain = f"The Story of {TOPICS[n]}"
    return {0: f"Town history: {plain}", 1: f"{plain}: a look back", 4: f"Town history: {plain}", 5: f"{plain}: a look back",
            8: f"Town history: {plain}", 9: f"{plain}: a look back", 12: f"Town history: {plain}",
            13: f"{plain}: a look back", 14: f"{plain}: Ledgers and Lamps"}.get(n, plain)


def _page(n: int) -> Document:
    return Document(_title(n), Metadata(site="generic", words=90),
                    tuple(Paragraph((Text(f"Part {p} of the story of {TOPICS[n]}. {PROSE}"),)) for p in range(3)))


def test_a_label_the_site_sets_on_a_series_of_titles_is_taken_off_them_an_essays_own_subtitle_stays() -> None:
    pages = [_page(n) for n in range(len(TOPICS))]
    template = learn("s", [page_blocks(p) for p in pages], titles=[p.title for p in pages])
    titles = [apply_template(p, template).document.title for p in pages]
    assert titles[0] == "The Story of the Canal" and titles[1] == "The Story of the Mill"
    assert titles[14] == "The Story of the Market Hall: Ledgers and Lamps" and titles[2] == "The Story of the Ferry"


def test_a_learned_profile_keeps_the_sites_title_labels() -> None:
    pages = [_page(n) for n in range(len(TOPICS))]
    template = learn("s", [page_blocks(p) for p in pages], titles=[p.title for p in pages])
    learned = Learned(name="s", pages=len(pages), template=template, hosts=("s.example",), selectors=(), markers=(), title=(),
                      body=(), body_note="", clutter=())
    profile = _profile(tomllib.loads(profile_toml(learned)), "s.toml")
    assert apply_template(replace(pages[4]), profile_template(profile)).document.title == "The Story of the Viaduct"


def test_a_profiles_title_label_in_another_form_is_one_clear_error_naming_the_file(tmp_path) -> None:  # noqa: ANN001
    from essayconv.errors import InputError
    from essayconv.profiles import load_profiles

    (tmp_path / "s.toml").write_text('name = "s"\n[recognise]\nhosts = ["s.example"]\n[template]\ntitle_affixes = ["Ski history: "]\n',
                                     "utf-8")
    try:
        load_profiles((str(tmp_path),))
    except InputError as error:
        assert "s.toml" in str(error) and "title_affixes" in str(error)
    else:
        raise AssertionError("a malformed title label was accepted")
