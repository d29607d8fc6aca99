"""Families of clutter met at first contact in held-out round 30 (heldout/round30/FIRST-CONTACT.md),
each checked by mechanism on pages of our own: a heading's own "¶" anchor, facts strips and credits,
the label over a box of facts, an examiner's commentary, other essays' cards, counts in new wordings
and places, a related-reading line, a customer's testimonial, a blog's pitch priced by the page, a
call whose button stands mid-line, a line closing on a pictograph. Our own texts throughout."""

from __future__ import annotations

import essayconv
from essayconv.model import Gap, Heading, block_text, plain_text

from .helpers import PROSE

ESSAY = [f"{PROSE} Paragraph {i} of the essay weighs the river's old course and the town that grew on it."
         for i in range(5)]


def _page(*inside: str, title: str = "Should Rivers Be Left to Flood?", head: str = "", tail: str = "") -> bytes:
    body = "".join(inside)
    return (f"<html><head><title>{title} | Marlpit Papers</title>{head}</head><body><main><article>"
            f"<h1>{title}</h1>{body}</article>{tail}</main><footer>© 2025 Marlpit Papers</footer></body></html>").encode()


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _load(page: bytes, name: str = "page.html") -> essayconv.Document:
    return essayconv.load(page, name=name)


def _kept(document: essayconv.Document) -> str:
    return "\n".join(block_text(b) for b in document.blocks if not isinstance(b, Gap))


def test_a_headings_own_anchor_is_no_part_of_it_or_of_the_title() -> None:
    page = _page('<h2 id="banks">The banks<a class="headerlink" href="#banks" title="Permanent link">¶</a></h2>',
                 _paragraphs(ESSAY), title='Rivers<a href="#top">#</a>')
    document = _load(page)
    assert document.title == "Rivers"
    assert [block_text(b) for b in document.blocks if isinstance(b, Heading)] == ["The banks"]
    # a link into the page that says something is kept as words
    linked = _load(_page(_paragraphs(ESSAY[:2]), '<p>As <a href="#banks">the banks section</a> shows, the '
                                                 'levees held for a century before the spring of 1953.</p>'))
    assert "the banks section" in _kept(linked)


def test_a_facts_strip_crediting_a_writer_by_initial_goes() -> None:
    strips = ["Sample paper RP-1180 · Year 13 · Harvard · drafted by Marlpit writer Oona V.",
              "Free model answer · OCR A-level Geography Paper 1, Question 4 · marked Level 3 (upper band) · "
              "written by Marlpit examiner Ivo S.",
              "Argumentative essay · Sixth form · model answer by Marlpit Papers tutor Dana W."]
    for strip in strips:
        document = _load(_page(f"<p>{strip}</p>", _paragraphs(ESSAY)))
        assert strip not in _kept(document)
        assert ("metadata", strip) in [(r.kind, r.text) for r in document.removed]
    # three parts of prose between dots, one ending a sentence, stay
    line = "The levee · the town · and the river that made them both, as every flood here reminds us."
    assert line in _kept(_load(_page(_paragraphs(ESSAY[:1]), f"<p>{line}</p>", _paragraphs(ESSAY[1:]))))


def test_the_label_over_a_box_of_facts_and_the_essays_length_goes() -> None:
    box = ('<div class="admonition"><p class="admonition-title">Paper card</p>'
           "<p>Persuasive essay · Year 12 · model answer by Marlpit tutor Ezra Q.<br>"
           "Counted length: 512 words / about 2 pages</p></div>")
    document = _load(_page(box, _paragraphs(ESSAY)))
    assert "Paper card" not in _kept(document)
    assert document.metadata.claimed_words == 512
    # a section's heading over a line of its metadata is the article's
    review = _load(_page("<h2>Tide Tables</h2><p>Published by Harbourline Games</p>", _paragraphs(ESSAY)))
    assert "Tide Tables" in _kept(review)


def test_an_examiners_commentary_under_its_own_label_goes() -> None:
    commentary = ("This answer would sit in the upper band: the position is clear from the opening and the "
                  "evidence is weighed before the writer commits to it.")
    page = _page(_paragraphs(ESSAY), f"<details><summary>Examiner's commentary</summary><p>{commentary}</p></details>")
    kept = _kept(_load(page))
    assert "Examiner's commentary" not in kept and commentary not in kept


def test_other_essays_cards_each_with_a_length_and_a_link_go() -> None:
    cards = "".join(f"<li><p><strong>Card title {i}</strong></p><p>An excerpt of another essay, number {i}.</p>"
                    f"<p>{400 + i} words · 2 pages · <a href='/e{i}'>Read the model answer</a></p></li>" for i in range(3))
    document = _load(_page(_paragraphs(ESSAY), f"<ul>{cards}</ul>"))
    assert "Card title" not in _kept(document)
    assert sum(r.kind == "related" for r in document.removed) == 3
    # an essay's own list of lengths, without links, is the essay's
    books = "<ul><li>The first report ran to 212 pages</li><li>The second report ran to 96 pages</li></ul>"
    assert "The first report ran to 212 pages" in _kept(_load(_page(_paragraphs(ESSAY[:3]), books, _paragraphs(ESSAY[3:]))))


def test_counts_in_new_wordings_and_places_are_read() -> None:
    spaced = _load(_page(_paragraphs(ESSAY), '<div class="footnotes"><ol><li><p>This sample runs to 431 words over '
                                            '2 double-spaced pages; the notes are not counted. '
                                            '<a href="#fnref:1">↩</a></p></li></ol></div>'))
    assert (spaced.metadata.claimed_words, spaced.metadata.claimed_pages) == (431, 2)
    bare = _load(_page(_paragraphs(ESSAY), "<p>[Words: 377 | Pages: 2]</p>"))
    assert (bare.metadata.claimed_words, bare.metadata.claimed_pages) == (377, 2)
    spanish = _load(_page("<p>Extensión: 348 palabras · 2 carillas</p>", _paragraphs(ESSAY)))
    assert (spanish.metadata.claimed_words, spanish.metadata.claimed_pages) == (348, 2)
    # a bare count after another essay's card title is that essay's
    card = _load(_page(_paragraphs(ESSAY), "<p>Should Dams Be Removed?</p><p>[Words: 602 | Pages: 3]</p>"))
    assert card.metadata.claimed_words is None


def test_a_writers_credit_in_another_language_goes() -> None:
    for credit in ("Redactado por Inés T., profesora de Geografía en un instituto de Huesca.",
                   "Rédigé par Margaux L., professeure d'histoire-géographie.",
                   "Verfasst von Jonas K., Lehrer für Erdkunde."):
        assert credit not in _kept(_load(_page(f"<p><em>{credit}</em></p>", _paragraphs(ESSAY))))


def test_a_line_pointing_to_another_essay_goes_and_the_essay_goes_on() -> None:
    line = ("<p><strong>Related:</strong> <a href='/dams'>Should Dams Be Removed?</a> — “A dam is a promise "
            "made to one generation.” (602 words, 3 pages)</p>")
    document = _load(_page(_paragraphs(ESSAY[:2]), line, _paragraphs(ESSAY[2:])))
    kept = _kept(document)
    assert "Should Dams Be Removed?" not in kept and all(p in kept for p in ESSAY)


def test_a_customers_testimonial_goes_and_an_essays_quotation_stays() -> None:
    praise = "<blockquote><p>“I used this plan for my mock and got an A.”<br>— a Marlpit reader in Year 13</p></blockquote>"
    document = _load(_page(_paragraphs(ESSAY[:2]), praise, _paragraphs(ESSAY[2:])))
    assert "got an A" not in _kept(document)
    quote = ("<blockquote><p>“The river took the lower town twice in my lifetime.”<br>— a ferryman at the old "
             "crossing</p></blockquote>")
    assert "took the lower town" in _kept(_load(_page(_paragraphs(ESSAY[:2]), quote, _paragraphs(ESSAY[2:]))))


def test_a_blogs_pitch_priced_by_the_page_and_its_sign_off_go() -> None:
    pitch = "<p>✍️ <b>requests are open!</b> essays and coursework plans from £9 a page, with a free outline.</p>"
    call = ("<p>want one on your own topic? 👉 <a href='https://forms.example/x'>fill in the request form</a> "
            "and i'll answer within a day 💌</p>")
    sign_off = "<p>if this helped, a reblog means a lot!! 🫶</p>"
    document = _load(_page(_paragraphs(ESSAY[:2]), pitch, _paragraphs(ESSAY[2:4]), call, _paragraphs(ESSAY[4:]), sign_off))
    kept = _kept(document)
    assert "requests are open" not in kept and "want one" not in kept and "reblog" not in kept
    assert all(p in kept for p in ESSAY)
    assert not any(isinstance(b, Gap) for b in document.blocks)  # a line closing on "💌" was not cut


def test_a_paragraph_closing_on_a_pictograph_is_no_cut() -> None:
    ending = f"{PROSE} So this mat is kind to the planet 🙂"
    document = _load(_page(_paragraphs(ESSAY[:2]), f"<p>{ending}</p>", _paragraphs(ESSAY[2:])))
    assert not any(isinstance(b, Gap) for b in document.blocks)


WRAPPED = [
    "Rivers that are left to flood their old meadows store water that would otherwise rush through the",
    "town, and the meadows themselves recover quickly once the water has gone down again (Hale 12).",
    "",
    "The cost of the levees has risen every decade since they were built, and each new repair buys less",
    "time than the one before it, as the engineers who inspect them have said in every recent report.",
    "",
    "A town that gives some land back to its river does not lose that land for ever: it gains a park",
    "in the dry months and a reservoir in the wet ones, which is more than a concrete wall can offer.",
]


def _dump(*head: str, tail: tuple[str, ...] = ()) -> bytes:
    return "\n".join([*head, "", *WRAPPED, "", *tail, ""]).encode()


def test_a_plain_dumps_table_of_facts_its_breadcrumb_and_logo_are_the_sites() -> None:
    document = _load(_dump("[Marlpit Papers logo]", "", "-   Free essays", "-   Topics", "-   Prices", "-   Sign in", "",
                           "Home / Free essays / Geography", "", "Should Rivers Be Left to Flood?", "",
                           "  ---------------- ------------------------",
                           "  Subject          Geography",
                           "  Essay type       Argumentative",
                           "  Length           352 words, 2 pages",
                           "  Citation style   Harvard",
                           "  ---------------- ------------------------"), name="rivers.txt")
    assert document.title == "Should Rivers Be Left to Flood?"
    assert document.metadata.claimed_words == 352
    kept = _kept(document)
    assert kept.startswith("Rivers that are left") and "Harvard" not in kept and "----" not in kept


def test_a_dumps_wrapped_list_items_and_reference_lines_stay_whole() -> None:
    document = _load(_dump("Should Rivers Be Left to Flood?", tail=(
        "Also on Marlpit", "",
        "-   Should Dams Be Removed From Small Rivers? (602 words, 3",
        "    pages)",
        "-   Who Pays for the Flood Defences? (418 words, 2 pages)", "",
        "The meadows, in the end, are cheaper than the walls, and kinder to the town that keeps them.", "",
        "References", "",
        "Hale, Oona, and Ravi Mistry. \"Meadows, Levees and the Cost of Keeping Water Out of Market",
        "Towns.\" Journal of River Management, vol. 9, no. 2, 2021, pp. 12–30.")), name="rivers.txt")
    kept = _kept(document)
    assert "Also on Marlpit" not in kept and "Should Dams" not in kept
    assert [" ".join(plain_text(e).split()) for e in document.references.entries] == [
        "Hale, Oona, and Ravi Mistry. \"Meadows, Levees and the Cost of Keeping Water Out of Market Towns.\" "
        "Journal of River Management, vol. 9, no. 2, 2021, pp. 12–30."]


def test_a_dates_year_before_the_word_count_label_is_no_count() -> None:
    facts = "<p>Class English 11 · Submitted November 12, 2024 Words 348 · Score 18/20</p>"
    assert _load(_page(facts, _paragraphs(ESSAY))).metadata.claimed_words == 348


def test_a_collapsed_toggles_label_with_nothing_inside_goes() -> None:
    toggle = ('<div class="toggle-block"><div><div role="button" aria-expanded="false" aria-label="Open">'
              '<svg></svg></div></div><div>Planning notes and first ideas</div></div>')
    assert "Planning notes" not in _kept(_load(_page(toggle, _paragraphs(ESSAY))))
    # a tree's linked entry, its branch closed, is a line the reader can follow
    tree = "".join(f'<li><div><span role="button" aria-expanded="false">▸</span><a href="/c{i}">Rivers of region {i} '
                   f'(1{i} pages)</a></div></li>' for i in range(3))
    listing = _load(_page(_paragraphs(ESSAY), f"<ul>{tree}</ul>"))
    assert "Rivers of region 1" in _kept(listing) or any("Rivers of region 1" in r.text for r in listing.removed
                                                          if r.kind != "navigation")


def test_a_bank_of_numbered_writing_prompts_is_no_essay() -> None:
    import pytest

    sections = "".join(f"<h3>Prompt {i}: Should towns give land back to rivers, case {i}?</h3><p>{PROSE}</p>"
                       f"<h4>Ways in</h4><ul><li>Open with a flood you remember.</li><li>Use one statistic.</li></ul>"
                       for i in range(1, 4))
    with pytest.raises(essayconv.NoEssayError, match="writing prompts"):
        _load(_page(sections, title="Year 10 prompt bank"))
    # an essay asking its own questions in its headings is an essay
    own = "".join(f"<h2>Why did the levee fail in year {i}?</h2><p>{PROSE}</p>" for i in range(1, 4))
    assert _load(_page(own)).blocks


def test_an_essays_closing_list_stays_before_the_walls_cut() -> None:
    """The text stops at the wall after a list of short points: the list is the essay's last, the
    gap stands after it, and the wall's links line behind it goes."""
    points = "".join(f"<ul><li>Short point number {i} about the meadows</li></ul>" for i in range(3))
    wall = ("<div><b>You are reading the free part of this paper.</b><br>412 words more are in the members' area."
            "<br><a href='/login'>Members login</a> | <a href='/join'>Sign up for 5.95</a></div>")
    document = _load(_page(_paragraphs(ESSAY), points, wall))
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds[-2:] == ["ListBlock", "Gap"] and "Members login" not in _kept(document)


def test_an_article_asking_numbered_questions_at_length_is_an_article() -> None:
    long_answer = " ".join([PROSE] * 16)
    article = "".join(f"<h2>Question {i}: Where do you want to train, case {i}?</h2><p>{long_answer}</p>" for i in range(1, 4))
    assert _load(_page(article)).blocks


def test_a_section_named_like_a_reference_list_over_prose_is_the_texts() -> None:
    long = " ".join([PROSE] * 4) + " The novelist who wrote of the river in 1962 is still read."
    page = _page(_paragraphs(ESSAY), f"<h2>Literature</h2><p>{long}</p>", _paragraphs(ESSAY[:1]))
    document = _load(page)
    assert document.references is None and "novelist who wrote of the river" in _kept(document)


def test_a_see_also_tail_ends_at_the_references() -> None:
    tail = ("<h2>See also</h2><ul><li><a href='/a'>Floods of the lower valley</a></li><li><a href='/b'>Levees</a></li></ul>"
            "<h2>References</h2><ol><li>Hale, Oona (2021). Meadows and Levees. Harbourline Press.</li>"
            "<li>Mistry, Ravi (2019). Rivers Given Room. Quayside Books.</li></ol>")
    document = _load(_page(_paragraphs(ESSAY), tail))
    assert document.references is not None and len(document.references.entries) == 2
    assert "Floods of the lower valley" not in _kept(document)


# ---------------------------------------------------------------- round 31's families (our own texts)


def test_a_table_of_the_essays_facts_after_it_is_read_and_goes() -> None:
    table = ("<table><thead><tr><th>Paper statistics</th><th></th></tr></thead><tbody>"
             "<tr><td>Body text</td><td>412 words</td></tr><tr><td>Printed</td><td>2 pages at 1.5 spacing</td></tr>"
             "<tr><td>Works Cited</td><td>2 sources (not in the count)</td></tr>"
             "<tr><td>Grade awarded</td><td>B (coursework draft)</td></tr></tbody></table>")
    document = _load(_page(_paragraphs(ESSAY), table))
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (412, 2)
    assert "Paper statistics" not in _kept(document) and "Grade awarded" not in _kept(document)


def test_a_facts_table_in_another_language_goes_whole() -> None:
    table = ("<table><caption>Ficha do texto</caption><tbody><tr><th>Tema</th><td>Os rios e a cidade</td></tr>"
             "<tr><th>Extensão</th><td>318 palavras · 1 lauda</td></tr><tr><th>Nota final</th><td>880 / 1000</td></tr>"
             "<tr><th>Autora</th><td>Inês P., 3.º ano</td></tr></tbody></table>")
    document = _load(_page(table, _paragraphs(ESSAY)))
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (318, 1)
    assert "Ficha do texto" not in _kept(document) and "880" not in _kept(document)
    # a table of measurements in the essay is the essay's
    levels = ("<table><tr><td>1953</td><td>4.2 m</td></tr><tr><td>1978</td><td>3.9 m</td></tr>"
              "<tr><td>2014</td><td>4.6 m</td></tr></table>")
    assert "4.6 m" in _kept(_load(_page(_paragraphs(ESSAY[:2]), levels, _paragraphs(ESSAY[2:]))))


def test_a_credit_then_a_disclaimer_in_one_paragraph_goes() -> None:
    line = ("Written by Marlpit writer Oona V. for a Year 12 Geography class. You may quote it with credit; "
            "resubmitting it as coursework is plagiarism.")
    document = _load(_page("<h2>About this sample</h2>", f"<p>{line}</p>", _paragraphs(ESSAY)))
    assert "Oona V." not in _kept(document) and "About this sample" not in _kept(document)


def test_a_testimonial_by_first_name_and_role_speaking_of_the_page_goes() -> None:
    praise = ("<blockquote><p>“My son read this before his own essay and finally saw what a topic sentence does.” "
              "— Priya, parent of a Year 8 pupil</p></blockquote>")
    assert "My son read this" not in _kept(_load(_page(_paragraphs(ESSAY[:2]), praise, _paragraphs(ESSAY[2:]))))
    # a quotation from someone the essay met is the essay's
    met = ("<blockquote><p>“The water came up to the second stair and stayed for a week.” — Priya, a parent of two "
           "in the lower town</p></blockquote>")
    assert "second stair" in _kept(_load(_page(_paragraphs(ESSAY[:2]), met, _paragraphs(ESSAY[2:]))))


def test_study_questions_after_the_essay_and_a_bold_asking_call_go() -> None:
    call = ("<p><strong>Got an essay due this term?</strong> Tell us your topic in five lines and a Marlpit writer "
            "will shape it into a first draft within two days, ready for your own edits.</p>")
    questions = ("<h2>For discussion</h2><ol><li>Why does the writer open with the flood of 1953?</li>"
                 "<li>Which paragraph weighs the cost of the levees?</li><li>Is the ending convincing?</li></ol>")
    kept = _kept(_load(_page(_paragraphs(ESSAY[:3]), call, _paragraphs(ESSAY[3:]), questions)))
    assert "Got an essay" not in kept and "For discussion" not in kept and "1953?" not in kept
    assert all(p in kept for p in ESSAY)


def test_a_priced_call_and_a_credit_by_title_and_initial_go() -> None:
    strip = "<p>Discursive essay · Year 12 Geography · model answer by Marlpit tutor Dr R. Okafor, who studies rivers.</p>"
    call = "<p>Book a one-to-one session with Dr Okafor: £35 an hour, online or in Hull.</p>"
    kept = _kept(_load(_page(strip, _paragraphs(ESSAY[:2]), call, _paragraphs(ESSAY[2:]))))
    assert "Dr R. Okafor" not in kept and "Book a one-to-one" not in kept
    # a sentence opening with a verb and holding a percentage is no call
    figures = "<p>Download speeds fell by 5.8% in the valley after the flood.</p>"
    assert "Download speeds fell" in _kept(_load(_page(_paragraphs(ESSAY[:2]), figures, _paragraphs(ESSAY[2:]))))


def test_titles_a_count_badge_a_two_line_title_and_a_caption() -> None:
    badge = _load(_page('<p>x</p>', _paragraphs(ESSAY), title='Rivers <span class="VPBadge tip">402 words · 2 pp.</span>'
                        ' <a class="header-anchor" href="#rivers">\u200b</a>'))
    assert badge.title == "Rivers" and (badge.metadata.claimed_words, badge.metadata.claimed_pages) == (402, 2)
    captioned = _load(_page('<figure><img src="a.jpg"><figcaption>The levee at dawn. Photo: the town archive</figcaption>'
                            '</figure>', _paragraphs(ESSAY)))
    assert captioned.title == "Should Rivers Be Left to Flood?" and "town archive" not in _kept(captioned)
    two_lines = ("<html><head><title>Rivers and Towns: Who Pays for the Levees?</title></head><body><main><div>"
                 "<div>Rivers and Towns:</div><div>Who Pays for the Levees?</div>" + _paragraphs(ESSAY) + "</div></main></body></html>")
    shown = _load(two_lines.encode())
    assert shown.title == "Rivers and Towns: Who Pays for the Levees?" and not _kept(shown).startswith(("Rivers", "Who"))


def test_a_guide_to_writing_essays_in_numbered_steps_is_no_essay() -> None:
    import pytest

    steps = "".join(f"<h2>Step {i}: Plan part {i} of the essay</h2><p>{PROSE}</p>" for i in range(1, 5))
    with pytest.raises(essayconv.NoEssayError, match="guide to writing essays"):
        _load(_page(steps, title="How to Write a Persuasive Essay: A Step-by-Step Guide"))
    # a process essay in steps, titled as an essay, is an essay
    assert _load(_page(steps, title="Why Towns Should Plan for Floods in Stages")).blocks


def test_a_dumps_aligned_facts_rows_are_read_and_go() -> None:
    document = _load(_dump("Should Rivers Be Left to Flood?", "",
                           "Essay type   Argumentative", "Word count   352 (references not included)",
                           "Length       2 pages, double-spaced", "Referencing  Harvard"), name="rivers.txt")
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (352, 2)
    assert "Harvard" not in _kept(document)


def test_a_dumps_kicker_under_the_path_is_no_title_and_a_credits_last_word_goes_with_it() -> None:
    document = _load(_dump("Home > Essays > Geography > Rivers", "", "GEOGRAPHY · ARGUMENTATIVE ESSAY · YEAR 12", "",
                           "Should Rivers Be Left to Flood?", "",
                           "   A Marlpit model essay by Oona V., BA Geography and Environmental",
                           "   Science."), name="rivers.txt")
    assert document.title == "Should Rivers Be Left to Flood?"
    assert _kept(document).startswith("Rivers that are left")


# ---------------------------------------------------------------- round 32's families (our own texts)


def test_counts_with_a_counting_word_or_named_with_this_essay_are_read() -> None:
    tally = _load(_page("<p><strong>Word tally 366</strong> — page tally 2 — Year 10 persuasive writing</p>", _paragraphs(ESSAY)))
    assert (tally.metadata.claimed_words, tally.metadata.claimed_pages) == (366, 2)
    aside = "<p>You are halfway through this 338-word sample – it fills 2 typed pages at double spacing.</p>"
    named = _load(_page(_paragraphs(ESSAY[:2]), aside, _paragraphs(ESSAY[2:])))
    assert (named.metadata.claimed_words, named.metadata.claimed_pages) == (338, 2) and "halfway" not in _kept(named)
    danish = _load(_page("<p>Omfang: 1 normalside · 431 ord</p>", _paragraphs(ESSAY)))
    assert (danish.metadata.claimed_words, danish.metadata.claimed_pages) == (431, 1)


def test_a_description_list_of_the_essays_facts_goes_whole() -> None:
    facts = ("<h2>Om opgaven</h2><dl><dt>Fag</dt><dd>Dansk A, 3.g</dd><dt>Genre</dt><dd>Essay</dd>"
             "<dt>Omfang</dt><dd>1 normalside · 420 ord</dd><dt>Karakter</dt><dd>10</dd></dl>")
    document = _load(_page(_paragraphs(ESSAY), facts))
    assert "Dansk A" not in _kept(document) and document.metadata.claimed_words == 420


def test_a_testimonial_whose_credit_is_its_own_paragraph_goes() -> None:
    praise = ("<blockquote><p>“I had the same question for my coursework and this gave me both sides in one read.”</p>"
              "<p>— Leah, Year 12, Bristol</p></blockquote>")
    kept = _kept(_load(_page(_paragraphs(ESSAY[:2]), praise, _paragraphs(ESSAY[2:]))))
    assert "both sides" not in kept and "Leah" not in kept and all(p in kept for p in ESSAY)


def test_a_rating_a_price_line_and_a_feedback_widget_go() -> None:
    lines = "<p>Price if ordered £23.80</p><p>Readers rated this essay 4.5 / 5 (112 votes). Was it useful? Yes / No</p>"
    kept = _kept(_load(_page(_paragraphs(ESSAY), lines)))
    assert "£23.80" not in kept and "rated this essay" not in kept


def test_a_title_decorated_with_the_site_name_the_header_shows_is_cut_there() -> None:
    page = ("<html><head><title>Should Rivers Flood? - Marlpit Essay Garden - Obsidian Publish</title></head><body>"
            "<div class='site-header'><div class='site-header-text'>Marlpit Essay Garden</div></div>"
            "<div class='page'>" + _paragraphs(ESSAY) + "</div></body></html>")
    assert _load(page.encode()).title == "Should Rivers Flood?"


def test_a_previews_wall_in_its_own_words_is_cut_at_and_its_list_goes() -> None:
    cut = f"<p>{PROSE} The first trials were small, and the results were hard to compare with ordinary</p>"
    wall = ("<h3>You’ve read 1 of 7 pages</h3><p>The rest of this paper is available to Marlpit Plus members. Inside the "
            "full paper:</p><ul><li>Costs and scale</li><li>Regulation</li><li>Bibliography (24 sources)</li></ul>"
            "<p>Marlpit Plus is £6.99 a month after the trial. Cancel any time.</p>"
            "<p>Papers are shared for reference.</p>")
    document = _load(_page("<p>Cover image chosen by Marlpit, not part of the original paper.</p>",
                           _paragraphs(ESSAY[:2]), cut, wall))
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds[-1] == "Gap" and "Regulation" not in _kept(document) and "Cover image" not in _kept(document)


def test_a_posts_dateline_with_an_initial_and_its_tags_line_go() -> None:
    meta = "<p><strong>Posted</strong> 14 October 2024 <strong>Author</strong> Oona V.</p>"
    tags = "<p><strong>Filed under</strong> rivers, towns, planning</p>"
    kept = _kept(_load(_page(meta, _paragraphs(ESSAY), tags)))
    assert "Posted" not in kept and "Filed under" not in kept


def test_an_annotated_exemplar_keeps_the_text_column_and_sets_the_comments_aside() -> None:
    rows = "".join(f"<tr><td><p>{PROSE} Row {i} of the essay goes on about the river.</p></td>"
                   f"<td>Comment {i}: a clear topic sentence, and the evidence is explained.</td></tr>" for i in range(4))
    table = f"<table><thead><tr><th>Student essay</th><th>Teacher comments</th></tr></thead><tbody>{rows}</tbody></table>"
    document = _load(_page(table))
    kept = _kept(document)
    assert "Row 3 of the essay" in kept and "Comment 2" not in kept
    assert sum(r.kind == "note" for r in document.removed) == 4
    # a table of specifications with explanations in its first column keeps its values
    specs = "".join(f"<tr><td>Weight {PROSE}</td><td>{300 + i} grams</td></tr>" for i in range(4))
    assert "303 grams" in _kept(_load(_page(_paragraphs(ESSAY), f"<table>{specs}</table>")))


def test_a_heading_for_readers_without_scripts_is_no_title() -> None:
    page = ("<html><head><title>Rivers | Marlpit</title></head><body><noscript><h1>You need to have JavaScript "
            "enabled in order to access this site.</h1></noscript><main><h1>Should Rivers Flood?</h1>"
            + _paragraphs(ESSAY) + "</main></body></html>")
    assert _load(page.encode()).title == "Should Rivers Flood?"


def test_a_slideshow_beside_the_article_is_no_article() -> None:
    slides = "".join(f"<li><h2><span class='counter'>{i}/30</span> Slide {i} of the gallery</h2>"
                     f"<p>{PROSE} A long caption for picture {i}.</p></li>" for i in range(1, 31))
    page = ("<html><head><title>Should Rivers Flood?</title></head><body><div class='story'>"
            f"<h1>Should Rivers Flood?</h1>{_paragraphs(ESSAY)}</div><div class='widget'><ul>{slides}</ul></div></body></html>")
    kept = _kept(_load(page.encode()))
    assert "caption for picture" not in kept and all(p in kept for p in ESSAY)


def test_a_call_box_that_came_out_whole_takes_none_of_the_essay_before_it() -> None:
    """The box's asking headline, pitch and button came out together: the heading and paragraph of
    the essay above it are not its headline and pitch (held-out sites4, crestline)."""
    page = _page("<h3>Body</h3>",
                 "<p>The application essay is your chance to show who you are beyond the grades, and why the river "
                 "town shaped what you want to study.</p>",
                 '<div class="callout"><h5>Marks stuck in the middle band?</h5><p>Our tutors read your introduction '
                 'and tell you what a marker sees first.</p><a class="button" href="/clinic">Ask the clinic</a></div>',
                 _paragraphs(ESSAY))
    kept = _kept(_load(page))
    assert "The application essay is your chance" in kept and "Body" in kept
    assert "Marks stuck" not in kept and "Ask the clinic" not in kept


def test_an_article_whose_sections_nest_is_read_from_its_opening() -> None:
    """Each heading's <section> holds its paragraphs and then the next section: the essay's opening
    and first sections sit beside the container's ancestors, one level each (a real blog's guide,
    WCXB dev 4665)."""
    opening = _paragraphs([f"Opening {i}: the river's floods were once the town's calendar, and {PROSE}" for i in range(3)])
    later = _paragraphs([f"Later {i}: the levee changed the calendar, and {PROSE}" for i in range(12)])
    article = (f"<section>{opening}</section>"
               f"<section><h2>What the floods gave</h2>{_paragraphs(ESSAY[:2])}</section>"
               "<section><div></div><section><section><h3>The first levee</h3>"
               f"{_paragraphs(ESSAY[2:])}</section><section><div></div><section><h2>After the levee</h2>"
               f"{later}</section></section></section></section>")
    kept = _kept(_load(_page(article)))
    assert "Opening 0:" in kept and "Paragraph 0 of the essay" in kept and "Later 11:" in kept


def test_a_wikis_edit_links_are_no_part_of_its_headings() -> None:
    """MediaWiki's "[edit | edit source]" after every heading (held-out sites5, kestrel)."""
    edit = ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            '<a href="/index.php?title=Rivers&amp;veaction=edit&amp;section={n}">edit</a>'
            '<span class="mw-editsection-divider"> | </span><a href="/index.php?title=Rivers&amp;action=edit&amp;section={n}">'
            'edit source</a><span class="mw-editsection-bracket">]</span></span>')
    page = _page(f'<h2><span class="mw-headline">The banks</span>{edit.format(n=1)}</h2>', _paragraphs(ESSAY[:3]),
                 f'<h2><span class="mw-headline">The levee</span>{edit.format(n=2)}</h2>',
                 "<p>An essay may say: edit the draft, then <a href='/index.php?title=Draft&amp;action=edit'>edit it again</a>.</p>",
                 _paragraphs(ESSAY[3:]))
    document = _load(page)
    headings = [block_text(b) for b in document.blocks if isinstance(b, Heading)]
    assert headings == ["The banks", "The levee"]
    assert "edit it again" in _kept(document)  # a link of the essay's words is no control


def test_a_wall_in_new_words_of_its_two_parts_cuts_the_essay_with_its_box_heading() -> None:
    """What is left of the text and who may read it, in any wording ("758 more words can be read after
    you log in"), and the wall box's own heading over its line (held-out sites5)."""
    for wall in ("758 more words can be read after you log in.", "The rest of this essay is for Room members.",
                 "545 further words are waiting behind the members' door."):
        page = _page(_paragraphs(ESSAY[:3]), f'<div class="gate"><b>Members’ shelf</b><br>{wall}<br>'
                     '<a href="/pass">Unlock with a pass</a> · <a href="/in">I already have one</a></div>')
        document = _load(page)
        kept = _kept(document)
        assert "Members’ shelf" not in kept and wall[:20] not in kept and "Unlock with a pass" not in kept, wall
        assert isinstance(document.blocks[-1], Gap) and "Paragraph 2 of the essay" in kept


def test_highlighted_code_keeps_its_lines_and_marks_no_cut() -> None:
    """A <pre> of highlighted code (a <span> per token) is no PDF text layer, and its lines are no
    sentences cut off (a real article's SQL: mozilla/readability's toc-missing)."""
    code = ('<div class="highlight"><pre><span class="k">SELECT</span> <span class="n">n</span><span class="p">,</span>\n'
            '   <span class="n">n</span> <span class="k">NOT BETWEEN</span> <span class="n">lower_bound</span> '
            '<span class="k">AND</span> <span class="n">upper_bound</span> <span class="k">AS</span> '
            '<span class="n">is_anomaly</span>\n<span class="k">FROM</span> <span class="n">series</span><span class="p">;</span>\n\n'
            '<span class="go"> 2 │ f</span>\n<span class="go">12 │ t</span>\n</pre></div>')
    document = _load(_page(_paragraphs(ESSAY[:2]), code, _paragraphs(["Using the query we found the outlier. " + ESSAY[2]])))
    kept = [block_text(b) for b in document.blocks if not isinstance(b, Gap)]
    assert "SELECT n," in kept and "12 │ t" in kept and not any(b == "SELECT" for b in kept)
    assert not any(isinstance(b, Gap) for b in document.blocks)


def test_a_headings_own_self_link_named_header_is_its_text_and_a_site_name_h1_is_no_title() -> None:
    """mdBook: every heading wraps its words in `<a class="header">`, and the sidebar's
    `<h1 class="menu-title">` is the site's name, the `<title>`'s end part."""
    page = ('<html><head><title>Should Rivers Be Left to Flood? - Marlpit Handbook</title></head><body>'
            '<nav><h1 class="menu-title">Marlpit Handbook</h1></nav><main>'
            '<h1 id="t"><a class="header" href="#t">Should Rivers Be Left to Flood?</a></h1>'
            f'{_paragraphs(ESSAY[:2])}<h2 id="b"><a class="header" href="#b">The banks</a></h2>{_paragraphs(ESSAY[2:])}'
            '</main></body></html>').encode()
    document = _load(page)
    assert document.title == "Should Rivers Be Left to Flood?"
    assert [block_text(b) for b in document.blocks if isinstance(b, Heading)] == ["The banks"]


def test_counts_in_a_row_of_badges_and_in_a_quote_box_of_facts_are_read() -> None:
    badges = ('<ul class="badges"><li>✔ Human-written</li><li>0% AI-generated · checked on 4 Nov 2024</li>'
              '<li>398 words</li><li>2 pages</li><li>Chicago author-date</li></ul>')
    document = _load(_page(badges, _paragraphs(ESSAY)))
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (398, 2)
    assert "Human-written" not in _kept(document)
    facts = ("<blockquote><p><strong>Length:</strong> 341 words on 2 sides of A4 (double-spaced) · <strong>Mark:</strong> "
             "Band 5, 26/30 · <strong>Set as:</strong> Paper 2, Question 5 (argue a point of view)</p></blockquote>")
    document = _load(_page(facts, _paragraphs(ESSAY)))
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (341, 2)
    assert "Band 5" not in _kept(document)


def test_a_list_of_lessons_each_with_its_length_is_not_this_essays_count() -> None:
    lessons = ('<aside class="course-sidebar"><ul><li>Model essay 1: Uniforms (388 words · 2 pages)</li>'
               '<li>Model essay 2: Homework (410 words · 2 pages)</li></ul></aside>')
    page = _page("<p><em>Rivers (302 words · 2 pages)</em></p>", _paragraphs(ESSAY), tail=lessons)
    page = page.replace(b"<main>", b"<main>" + lessons.encode()).replace(lessons.encode() + b"</main>", b"</main>")
    assert _load(page).metadata.claimed_words == 302


def test_a_poll_under_the_essay_and_a_strip_of_facts_after_its_references_go() -> None:
    poll = ('<div class="site-content-poll"><fieldset class="poll"><legend>Where do you stand?</legend>'
            '<ul class="poll__results"><li>Agree 64%</li><li>Disagree 29%</li><li>Not sure 7%</li></ul></fieldset></div>')
    refs = ("<h3>Bibliography</h3><p>Caldwell, Anna. 2019. The Price of a River. Leeds: Northgate Academic.</p>"
            "<p><small>Essay ID HL-5512 · Reviewed by the editorial desk on 2 October 2024 · "
            "<a href='/contact'>Report a problem with this essay</a></small></p>")
    document = _load(_page(_paragraphs(ESSAY), poll, refs))
    assert "Agree 64%" not in _kept(document) and "Where do you stand" not in _kept(document)
    assert document.references is not None and len(document.references.entries) == 1


def test_the_sites_appeal_for_support_goes_named_by_the_title_it_gives_itself() -> None:
    """No address and no "©": the <title>'s part beside the essay's title names the site ("… - Ashgrove
    Essay Archive"), and a paragraph naming it that asks to keep it going is its appeal."""
    appeal = ("Ashgrove is kept going by volunteers and a handful of Friends. If this essay helped, becoming a "
              "Friend costs less than a coffee a month.")
    page = _page(_paragraphs(ESSAY[:3]), f"<p>{appeal}</p>", _paragraphs(ESSAY[3:]))
    page = page.replace(b"| Marlpit Papers</title>", b"- Ashgrove Essay Archive</title>").replace(b"\xc2\xa9 2025 Marlpit Papers", b"")
    kept = _kept(_load(page))
    assert "kept going by volunteers" not in kept and "Paragraph 4 of the essay" in kept


def test_a_tables_rows_are_no_cut_sentences() -> None:
    """Rows of a table of costs end no sentence and the next starts with a capital: no gap marks
    between them (a real article's table, WCXB dev 0252). A preview's long cut fragments still are."""
    rows = "".join(f"<tr><td>{name}</td><td>${low},000 – ${high},000</td><td>Shared costs of the levee and its pumps</td></tr>"
                   for name, low, high in (("Hybrid Levee", 1, 10), ("Earth Bank", 2, 5), ("Flood Wall", 5, 50)))
    document = _load(_page(_paragraphs(ESSAY[:3]), f"<table>{rows}</table>", _paragraphs(ESSAY[3:])))
    assert not any(isinstance(b, Gap) for b in document.blocks)


def test_a_list_whose_items_are_sections_is_read_as_sections() -> None:
    """A review page's products, each an <li> with its heading, prose and a list of pros: every part is
    read (the item holding a list was dropped whole, WCXB dev 4864)."""
    item = ("<li class='product'><h3>{n}. The {name} levee</h3><p>{prose}</p><p>Who it is best for: towns on a "
            "river that floods every spring, and {prose}</p><ul><li>Cheap to raise</li><li>Quick to mend</li></ul></li>")
    listing = "<ul class='fieldset-list'>" + "".join(item.format(n=i, name=name, prose=ESSAY[i])
                                                       for i, name in enumerate(("earth", "stone", "steel"))) + "</ul>"
    document = _load(_page(_paragraphs(ESSAY[3:]), listing))
    kept = _kept(document)
    assert all(f"The {name} levee" in kept for name in ("earth", "stone", "steel"))
    assert kept.count("Who it is best for") == 3 and "Quick to mend" in kept
    assert [block_text(b) for b in document.blocks if isinstance(b, Heading)][:1] == ["0. The earth levee"]


def test_slides_drawn_as_svg_holding_html_are_read() -> None:
    """Marp draws each slide as an <svg> whose <foreignObject> holds the slide's HTML: that is what shows."""
    slides = "".join(f'<svg viewBox="0 0 1280 720"><text x="5" y="5">{n}</text><foreignObject width="1280" height="720">'
                     f"<section><p>{paragraph}</p></section></foreignObject></svg>" for n, paragraph in enumerate(ESSAY))
    kept = _kept(_load(_page(slides)))
    assert all(f"Paragraph {i} of the essay" in kept for i in range(5))


def test_the_title_a_page_describes_is_the_essays_heading() -> None:
    """A shop names the paper with its length after the essay's title; a Russian page quotes it: the
    essay's own heading is the title. A page whose only <h1> is the <title>'s site part shows its title
    in the essay's first heading."""
    described = _page("<p>A fully referenced paper for first-year courses in geography and law, with notes on "
                      "the cases and a reading list for seminars on rivers.</p><h2>Should Rivers Be Left to Flood?</h2>",
                      _paragraphs(ESSAY), title="Should Rivers Be Left to Flood? 8-page argumentative paper (APA)")
    assert _load(described).title == "Should Rivers Be Left to Flood?"
    quoted = _page("<p><strong>Почему реки разливаются?</strong></p>", _paragraphs(ESSAY),
                   title="Сочинение «Почему реки разливаются?» (с проверкой)")
    assert _load(quoted).title == "Почему реки разливаются?"
    site_h1 = ("<html><head><title>Model answer: should rivers flood in spring | Write Right with Ms Abara</title></head><body>"
               "<section><h1>Write Right with Ms Abara</h1></section><main><h2>Should Rivers Be Left to Flood?</h2>"
               f"{_paragraphs(ESSAY)}</main></body></html>").encode()
    assert _load(site_h1).title == "Should Rivers Be Left to Flood?"


def test_a_russian_count_is_read() -> None:
    document = _load(_page("<p>Объём: 268 слов (требование: не менее 250 слов)</p>", _paragraphs(ESSAY)))
    assert document.metadata.claimed_words == 268


_DISTINCT = ["Towns grew on floodplains because the soil was rich, the water near and the roads flat, and for "
             "centuries the river's spring rise was part of the farming year.",
             "Embankments changed that bargain: they kept the water out of the fields, but they also pushed the "
             "flood downstream, where other villages had to pay for the protection upstream.",
             "Engineers now speak of making room for the river, buying back meadows and letting them drown in a "
             "wet season, so that the water spreads slowly instead of bursting through.",
             "Critics answer that farmers lose land and income, and that compensation rarely matches what a "
             "family field meant to the people who worked it for generations.",
             "Still, a meadow that floods each winter costs less than a high street that floods once a decade, "
             "and the insurers have already done that arithmetic for us."]


def test_an_essay_cut_into_a_page_builders_top_level_sections_is_read_whole() -> None:
    """Mobirise lays every block out as its own top-level <section>: the essay's paragraphs and headings
    each in one, a card between them. The run of such sections is the essay (held-out round 34)."""
    text = [f"<section class='content5'><div class='mbr-text'><p>{p}</p></div></section>" for p in _DISTINCT]
    sections = [text[0], "<section class='content4'><h2>The banks</h2></section>", text[1], text[2],
                "<section class='team1'><h4>Dr Lena K.</h4></section>",
                "<section class='content4'><h2>The levee</h2></section>", text[3], text[4]]
    page = ("<html><head><title>Should Rivers Be Left to Flood? | Marlpit Papers</title></head><body>"
            "<section class='menu'><nav><a href='/'>Home</a> <a href='/samples'>Samples</a></nav></section>"
            "<section class='header16'><h1>Should Rivers Be Left to Flood?</h1></section>" + "".join(sections) +
            "<section class='footer3'><p>© 2025 Marlpit Papers</p></section></body></html>").encode()
    kept = _kept(_load(page))
    assert all(p[:40] in kept for p in _DISTINCT) and "The levee" in kept and "Home" not in kept


def test_a_teachers_feedback_in_finnish_and_a_russian_ad_label_go() -> None:
    feedback = ("<h2>Opettajan palaute</h2><p>Hieno, selkeästi etenevä pohdinta.</p>"
                "<p>Lähde olisi vahvistanut väitettä toisessa kappaleessa.</p>")
    kept = _kept(_load(_page(_paragraphs(ESSAY), feedback)))
    assert "Opettajan palaute" not in kept and "Hieno" not in kept and "Paragraph 4 of the essay" in kept
    kept = _kept(_load(_page(_paragraphs(ESSAY[:2]), "<h2>Реклама</h2>", _paragraphs(ESSAY[2:]))))
    assert "Реклама" not in kept


def test_a_block_of_figures_naming_the_essay_is_read_and_goes() -> None:
    """"This essay in numbers": each figure over its label ("389" / "words in the body text")."""
    figures = ("<h2>This essay in numbers</h2><h4>389</h4><p>words in the body text</p><h4>2</h4>"
               "<p>pages, double-spaced</p><h4>6</h4><p>hours from order to delivery</p>")
    document = _load(_page(_paragraphs(ESSAY), figures))
    assert (document.metadata.claimed_words, document.metadata.claimed_pages) == (389, 2)
    kept = _kept(document)
    assert "in numbers" not in kept and "hours from order" not in kept and "Paragraph 4 of the essay" in kept


def test_a_call_for_entries_is_no_essay_however_essay_like_its_opening() -> None:
    """An essay prize's page (round 34) and a "Write for us" page (round 33): procedural headings."""
    page = _page(_paragraphs(ESSAY[:2]), "<h2>How to enter</h2>", _paragraphs(ESSAY[2:3]), "<h2>Key dates</h2>",
                 "<p>Entries close on 31 March.</p><h2>Who can enter?</h2>", _paragraphs(ESSAY[3:]))
    try:
        _load(page)
    except essayconv.NoEssayError as error:
        assert "calls for applications or entries" in str(error)
    else:
        raise AssertionError("a call for entries was converted")


def test_a_strip_of_facts_before_the_essay_is_read_whatever_its_separators() -> None:
    """A table of facts flattened into one strip ("Level · … · Length · 3,460 words · 12 pages, …"): its
    separators are no words, and the strip is read like any line of facts above the essay (round 35)."""
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in (
        ("Level", "Undergraduate, second year"), ("Subject", "Biology and ethics"),
        ("Length", "3,460 words · 12 pages, double-spaced"), ("Sources", "41, Harvard style")))
    document = _load(_page(f"<table class='paper-details'><tbody>{rows}</tbody></table>", _paragraphs(ESSAY)))
    assert document.metadata.claimed_words == 3460 and "Biology and ethics" not in _kept(document)
    assert not any(isinstance(b, Gap) for b in document.blocks)


def test_a_dumps_logo_over_its_menu_in_html_to_texts_link_form_is_no_title() -> None:
    """html-to-text writes a link as its text and then its target ("Get help [/help]"): a logo line over a
    menu of such links is the site's header, and the title is the line that follows it (round 35)."""
    dump = ("Marlpit Papers [/assets/logo.png]/\n * Essay examples [/examples]\n * Writing guides [/guides]\n"
            " * Log in [/login]\n\nSHOULD RIVERS BE LEFT TO FLOOD?\n\n" + "\n\n".join(ESSAY) + "\n")
    document = _load(dump.encode(), name="page.txt")
    assert document.title == "SHOULD RIVERS BE LEFT TO FLOOD?"
    assert "Essay examples" not in _kept(document)


def test_a_teachers_note_disclosed_between_paragraphs_takes_only_what_it_discloses() -> None:
    """The disclosure ends the note: the short paragraphs after it are the essay's again."""
    note = "Moderated at the top of its band; the two weakest paragraphs are still worth studying."
    short = ["The old ford is where the story of the town begins, and where it may end.",
             "What makes a river worth keeping wild?"]
    page = _page(_paragraphs(ESSAY[:2]), f"<details class='note'><summary>Teacher's note</summary><p>{note}</p></details>",
                 _paragraphs(short), "<h2>The ford and the market</h2>", _paragraphs(ESSAY[2:]))
    document = _load(page)
    kept = _kept(document)
    assert note not in kept and "Teacher's note" not in kept
    assert all(line in kept for line in short)
    assert any(r.kind == "note" and note in r.text for r in document.removed)


def test_a_blogs_post_title_under_its_name_is_the_title_not_the_longer_head_title() -> None:
    """<h1> the blog's name (a link home), <h2> the post; the <title> adds a genre and the blog's name."""
    page = (f"<html><head><title>Should Rivers Be Left to Flood? (argumentative essay) - Marlpit Notes</title></head>"
            f"<body><header><h1><a href='/'>Marlpit Notes</a></h1></header><div class='post'>"
            f"<h2 class='post-title'>Should Rivers Be Left to Flood?</h2><div class='post-content'>{_paragraphs(ESSAY)}"
            f"</div></div></body></html>").encode()
    assert _load(page).title == "Should Rivers Be Left to Flood?"


def test_a_bare_word_count_after_the_last_paragraph_is_the_essays() -> None:
    document = _load(_page(_paragraphs(ESSAY), "<p class='wc'>(367 words)</p>"))
    assert document.metadata.claimed_words == 367 and "(367 words)" not in _kept(document)


def test_a_short_paragraph_opened_by_a_byline_is_the_credit_and_the_posters_note() -> None:
    credit = "By Jonah L., Year 12. Posted by Mr Haines for our reflective essay unit; I only fixed two typos."
    document = _load(_page(f"<p class='byline-note'>{credit}</p>", _paragraphs(ESSAY)))
    assert credit not in _kept(document) and document.metadata.author == "Jonah L."
    opening = "By Christmas, the river had risen twice. Nobody in the town had seen it so high."
    kept = _kept(_load(_page(f"<p>{opening}</p>", _paragraphs(ESSAY))))
    assert opening in kept  # a one-word "name" is no writer


def test_a_teachers_bracketed_note_goes_and_an_editors_bracketed_aside_stays() -> None:
    note = "[Teacher note] The writer gives the opposing view a paragraph of its own before answering it."
    aside = "[EDITOR'S NOTE: click the chart below to see it at full size.]"
    kept = _kept(_load(_page(_paragraphs(ESSAY[:2]), f"<p>{note}</p>", f"<p>{aside}</p>", _paragraphs(ESSAY[2:]))))
    assert note not in kept and aside in kept


def test_a_study_checklist_under_a_heading_after_the_essay_goes_with_the_teachers_line() -> None:
    checklist = ("<h2>Before Thursday, check your own draft:</h2><ul><li>Does your introduction end with a clear "
                 "position?</li><li>Have you answered the strongest counterargument?</li></ul>"
                 "<p>Questions? Post them in the unit discussion or come to office hours.</p>")
    kept = _kept(_load(_page(_paragraphs(ESSAY), checklist)))
    assert "check your own draft" not in kept and "clear position" not in kept and "office hours" not in kept
    post = ("<p>I'm curious to know from this community:</p><ul><li>What has changed in your workflow?</li>"
            "<li>How do you balance it all?</li></ul><p>Let's use this space to share what we have learned.</p>")
    kept = _kept(_load(_page(_paragraphs(ESSAY), post)))
    assert "curious to know" in kept and "balance it all" in kept  # a post asking its readers is the post


def test_romanian_advertising_label_teachers_note_and_word_count_are_read() -> None:
    ad = ("<div class='ad'><span>Publicitate</span><p><a href='https://ads.example/' rel='sponsored'>Meditații la "
          "română, online, cu profesori titulari.</a></p></div>")
    page = _page("<p><em>Eseu scris de Daria P., clasa a X-a B. Număr de cuvinte: 368.</em></p>",
                 _paragraphs(ESSAY[:2]), ad, _paragraphs(ESSAY[2:]),
                 "<p><strong>Observația profesorului:</strong> argumentele sunt bine ordonate.</p>")
    document = _load(page)
    kept = _kept(document)
    assert "Publicitate" not in kept and "Observația" not in kept and document.metadata.claimed_words == 368


def test_a_poll_between_paragraphs_goes_and_a_sentence_ending_on_a_share_stays() -> None:
    poll = ("<p>Quick poll: would you cross the ford on foot?</p><p>Yes, often 61%</p><p>Only in summer 30%</p>"
            "<p>Never 9%</p>")
    figure = "<p>In the last survey of the town, the share of households living within reach of the river was 61%</p>"
    kept = _kept(_load(_page(_paragraphs(ESSAY[:2]), poll, figure, _paragraphs(ESSAY[2:]))))
    assert "Quick poll" not in kept and "Only in summer" not in kept and "Never 9%" not in kept
    assert "living within reach of the river was 61%" in kept


def test_a_digest_under_its_label_above_the_essay_goes() -> None:
    digest = "Letting rivers flood their old meadows protects towns downstream and costs less than walls."
    kept = _kept(_load(_page("<h3>In short</h3>", f"<p>{digest}</p>", _paragraphs(ESSAY))))
    assert "In short" not in kept and digest not in kept and ESSAY[0] in kept


def test_a_notice_that_the_essay_was_withdrawn_is_no_essay() -> None:
    notice = ("The essay that used to appear at this address has been removed at the request of its author. "
              "We remove an essay whenever its writer asks, and we do not ask for a reason. ") * 3
    page = _page(f"<p>{notice}</p>", _paragraphs(ESSAY[:1]), title='Withdrawn: "Should Rivers Be Left to Flood?"')
    try:
        _load(page)
    except essayconv.NoEssayError as error:
        assert "taken away" in str(error)
    else:
        raise AssertionError("a withdrawn essay's notice was converted")
    essay = _page("<p>This essay has been removed from the syllabus twice, and each time the students asked "
                  "for it back.</p>", _paragraphs(ESSAY))
    assert _kept(_load(essay))  # an essay may say so of another text: only the page's own opening counts


def test_an_essay_in_an_emails_layout_table_keeps_its_paragraphs_and_a_data_tables_rows_stay_rows() -> None:
    cells = "".join(f"<p>{p}</p>" for p in ESSAY[:3])
    email = (f"<table class='bodyContainer'><tr><td class='mcnTextContent'><h3>The ford</h3>{cells}</td></tr>"
             f"<tr><td class='mcnTextContent'>{_paragraphs(ESSAY[3:])}</td></tr></table>")
    document = _load(_page(email))
    assert [block_text(b) for b in document.blocks if not isinstance(b, Heading)] == ESSAY
    prices = ("<table><tr><td><p><strong>Work</strong></p></td><td><p><strong>Cost</strong></p></td>"
              "<td><p><strong>Notes</strong></p></td></tr><tr><td><p>New bank</p></td><td><p>$75,000</p></td>"
              "<td><p>Stone and turf</p></td></tr></table>")
    kept = _kept(_load(_page(_paragraphs(ESSAY[:3]), prices, _paragraphs(ESSAY[3:]))))
    assert ESSAY[4] in kept  # a "Notes" cell is no reference list's heading: the row is one line


def test_a_wikis_title_and_its_record_of_facts_in_labels_no_list_names() -> None:
    """DokuWiki: "<essay> [<wiki>]" in the <title>, the wiki's name as a logo <h1>; the essay's record a
    data plugin's list of short facts ("Word tally : 789", its colon in a span), one of them its length."""
    record = "".join(f"<dt>{label}<span class='sep'>: </span></dt><dd>{value}</dd>" for label, value in
                     (("Writer", "Samuel Quill"), ("Year group", "Lower Sixth"), ("Word tally", "789"), ("Marked", "A*")))
    header = ("<div id='dokuwiki__header'><h1 class='logo'><a href='/doku.php?id=start'><span>Marlpit Essay Wiki</span>"
              "</a></h1></div>")
    _assert_wiki_record(_wiki_page("Should Rivers Be Left to Flood? [Marlpit Essay Wiki]", header,
                                   f"<div class='dataplugin_entry'><dl>{record}</dl></div>"), "Samuel Quill")


def _wiki_page(title_tag: str, header: str, record: str) -> bytes:
    return (f"<html><head><title>{title_tag}</title></head><body>{header}<div class='page'>"
            f"<h1>Should Rivers Be Left to Flood?</h1>{record}{_paragraphs(ESSAY)}</div></body></html>").encode()


def _assert_wiki_record(page: bytes, writer: str) -> None:
    """The essay's own <h1> is the title; the record's length is read and its writer's name goes."""
    document = _load(page)
    assert document.title == "Should Rivers Be Left to Flood?"
    assert document.metadata.claimed_words == 789 and writer not in _kept(document)


def test_a_one_line_digest_under_its_label_goes_and_a_writers_tldr_stays() -> None:
    digest = "In brief: letting rivers flood their meadows protects the towns downstream and costs less."
    kept = _kept(_load(_page(f"<div class='summary'><p><strong>In brief:</strong>{digest[9:]}</p></div>",
                             _paragraphs(ESSAY))))
    assert "In brief" not in kept and ESSAY[0] in kept
    own = "TL;DR: we are postponing the change to the river wardens' rota until the spring."
    kept = _kept(_load(_page(f"<p>{own}</p>", _paragraphs(ESSAY))))
    assert own in kept


def test_indonesian_teachers_note_grade_and_word_count_are_read() -> None:
    page = _page("<p>365 kata</p>", _paragraphs(ESSAY),
                 "<p><strong>Catatan dari Bu Ratna (guru Bahasa Indonesia):</strong> argumen runtut. Nilai: 88.</p>")
    document = _load(page)
    assert "Catatan" not in _kept(document) and document.metadata.claimed_words == 365


def test_the_prompt_set_out_above_the_essay_under_its_label_goes() -> None:
    prompt = "Question: \"Rivers should be left to flood.\" Evaluate this statement. [9 marks]"
    kept = _kept(_load(_page(f"<p>{prompt}</p>", _paragraphs(ESSAY))))
    assert "Evaluate this statement" not in kept and ESSAY[0] in kept
    late = "Question: who pays for the wall when the river wins?"
    kept = _kept(_load(_page(_paragraphs(ESSAY[:2]), f"<p>{late}</p>", _paragraphs(ESSAY[2:]))))
    assert late in kept  # once the essay has begun, a question is its own


def test_a_glossary_box_among_the_sections_goes_and_an_articles_own_term_lines_stay() -> None:
    box = ("<h3>Key terms</h3><p><em>Floodplain:</em> the flat land a river covers when it overflows.</p>"
           "<p><em>Levee:</em> a bank raised to keep a river in its bed.</p>")
    kept = _kept(_load(_page(_paragraphs(ESSAY[:2]), box, "<h2>The town's choice</h2>", _paragraphs(ESSAY[2:]))))
    assert "Key terms" not in kept and "Floodplain" not in kept and "Levee" not in kept and ESSAY[2] in kept
    own = ("<h3>What the wardens checked</h3><p>Banks: the height of the old levee at each gauge.</p>"
           "<p>Gates: whether the sluices still turned by hand.</p>")
    kept = _kept(_load(_page(_paragraphs(ESSAY[:2]), own, _paragraphs(ESSAY[2:]))))
    assert "Banks: the height" in kept  # no label naming a glossary: the essay's own lines


def test_a_teachers_annotation_boxes_and_the_exemplars_provenance_go() -> None:
    provenance = "This essay was written by a learner in last autumn's course and is reproduced with their permission."
    annotation = "<div class='annotation'><p><strong>Annotation 1 – the thesis.</strong> Three effects, named in order.</p></div>"
    kept = _kept(_load(_page(f"<p>{provenance}</p>", _paragraphs(ESSAY[:2]), annotation, _paragraphs(ESSAY[2:]))))
    assert provenance not in kept and "Annotation 1" not in kept and ESSAY[2] in kept


def test_a_posters_greeting_and_the_question_under_it_go_before_the_essays_title() -> None:
    note = "<p>Hi everyone, this is my practice essay for the question below. Please be honest!</p>"
    prompt = "<p>Some people think rivers should be left to flood. To what extent do you agree or disagree?</p>"
    page = _page(note, prompt, "<h2>Should Rivers Be Left to Flood?</h2>", _paragraphs(ESSAY), title="Band Nine Café")
    document = _load(page)
    kept = _kept(document)
    assert "practice essay" not in kept and "To what extent" not in kept and ESSAY[0] in kept
    assert document.title == "Should Rivers Be Left to Flood?"


def test_an_a_to_z_index_of_terms_is_no_essay() -> None:
    sections = "".join(f"<h2>{letter}</h2><h3>{letter}-term</h3><p>{ESSAY[0]}</p>" for letter in "ACEPS")
    try:
        _load(_page(f"<p>Jump to: A · C · E · P · S</p>{sections}", title="Essay Terms A–Z"))
    except essayconv.NoEssayError as error:
        assert "A–Z index" in str(error)
    else:
        raise AssertionError("an A–Z index was converted")


def test_a_forums_name_as_its_h1_and_the_topic_as_an_h2_each_a_part_of_the_title() -> None:
    """phpBB: "<forum> • View topic - <topic>" in the <title>, the forum's name an unlinked <h1>."""
    page = (f"<html><head><title>Tollbar Scholars • View topic - Should Rivers Be Left to Flood?</title></head><body>"
            f"<div id='site-description'><h1>Tollbar Scholars</h1></div><h2><a href='./viewtopic.php?t=9'>Should Rivers "
            f"Be Left to Flood?</a></h2><div class='postbody'>{_paragraphs(ESSAY)}</div></body></html>").encode()
    assert _load(page).title == "Should Rivers Be Left to Flood?"



def test_a_layout_cell_counts_what_the_finder_set_aside_among_its_blocks() -> None:
    """An email's cell of a heading over a list of links the finder already took: still a layout cell
    (two blocks), walked as blocks, not read as one line with the list's titles."""
    from lxml import html as lxml_html

    from essayconv.extract.html.strips import is_layout_cell
    from essayconv.extract.html.tags import REMOVED_TAG

    cell = lxml_html.fromstring(f"<td><h4>From the archive</h4><{REMOVED_TAG} kind='links'>x</{REMOVED_TAG}></td>")
    data = lxml_html.fromstring("<td><p>$75,000</p></td>")
    assert is_layout_cell(cell) and not is_layout_cell(data)


def test_a_record_table_whose_grade_brings_its_scale_is_the_essays_record() -> None:
    """Wikidot: a table of the essay's facts in labels no list names, one of them its length, one a
    grade with its scale (nine words); the values are facts, not sentences."""
    rows = (("Student", "Oona V., Period 4"), ("Assignment", "Unit 3 causation essay"),
            ("Length", "789 words (works cited not counted)"), ("Score", "A− / 46 of 50 on the causation rubric"))
    record = "<table class='wiki-content-table'>" + "".join(
        f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows) + "</table>"
    document = _load(_page(record, _paragraphs(ESSAY)))
    assert "Oona V." not in _kept(document) and "causation rubric" not in _kept(document)
    assert document.metadata.claimed_words == 789
    # a table of remarks, each a sentence, is no record even with a count in it
    remarks = ("<table>" + "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in (
        ("Before", "The meadow held the water for a week."), ("After", "The town stayed dry that spring."),
        ("Length", "The levee ran for 789 words of the report.")))) + "</table>"
    assert "The meadow held the water" in _kept(_load(_page(_paragraphs(ESSAY[:3]), remarks, _paragraphs(ESSAY[3:]))))


def test_what_the_finder_set_aside_in_a_table_cell_is_not_read_back_into_its_row() -> None:
    """A wiki wraps its contents widget in a one-cell table: the widget, once set aside as the site's
    table of contents, is not read back as the row's line of text."""
    toc = ("<table><tr><td><div id='toc'><div id='toc-action-bar'><a href='javascript:;'>Fold</a></div>"
           "<div class='title'>Table of Contents</div><div id='toc-list'>"
           "<div><a href='#toc0'>The old course</a></div><div><a href='#toc1'>The new levee</a></div></div></div>"
           "</td></tr></table>")
    page = _page(toc, "<h2 id='toc0'>The old course</h2>", _paragraphs(ESSAY[:3]),
                 "<h2 id='toc1'>The new levee</h2>", _paragraphs(ESSAY[3:]))
    document = _load(page)
    assert "Fold" not in _kept(document) and "Table of Contents" not in _kept(document)
    assert [block_text(b) for b in document.blocks if isinstance(b, Heading)] == ["The old course", "The new levee"]


def test_talk_about_the_essay_at_its_edges_goes_and_the_essay_stays() -> None:
    """A teacher's preface above an exemplar and an examiner's commentary below it talk about the essay
    as a piece of work (its thesis, paragraphs, marks); the essay between them, even one about schools,
    does not."""
    preface = ("<h3>Reading this exemplar</h3><p>This answer was written by a Year 10 student under timed "
               "conditions; notice how the thesis arrives in the last sentence of the introduction.</p>")
    commentary = ("<h3>Examiner's view of the answer</h3><p>The writer holds one clear line from the opening paragraph. "
                  "The conclusion repeats the thesis rather than extending it, which keeps the response in the "
                  "second band for organisation.</p><p>— Mr Ferris</p>")
    school = ("Schools that open their fields to the town after hours give students and neighbours a reason to meet, "
              "and the cost of a caretaker's evening is small beside the use the town gets from the grass.")
    document = _load(_page(preface, f"<p>{school}</p>", _paragraphs(ESSAY), commentary))
    kept = _kept(document)
    assert "Year 10 student" not in kept and "second band" not in kept and "Mr Ferris" not in kept
    assert "Examiner's view" not in kept and "Reading this exemplar" not in kept
    assert school in kept and all(paragraph in kept for paragraph in ESSAY)
    # a line with one such word is no talk about an essay ("…tips for your college essay")
    line = "For more on planning, see our guide to writing a college essay in a weekend."
    assert line in _kept(_load(_page(_paragraphs(ESSAY), f"<p>{line}</p>")))
    # an essay's own introduction may name itself and its question (site set 9, at a share of 0.06)
    opening = ("Say the words 'the river meadows' to farmers and townspeople and you will rarely get a short answer. "
               "The question this essay sets out to answer is a plain one: should the meadows be left to flood? "
               "This essay makes the case that they should, because the town downstream stays dry when they do.")
    assert opening in _kept(_load(_page(f"<p>{opening}</p>", _paragraphs(ESSAY))))


def test_a_record_tables_length_row_is_read_and_the_title_above_it_stays_the_title() -> None:
    """A Google Docs export: the title line, then the essay's record as a table, one row its length
    ("Word count | 789 words, about 3 sides of A4"); the <title> names the exemplar with the title last."""
    rows = (("Candidate", "Oona Vale"), ("Teaching group", "12A/En2"), ("Word count", "789 words, about 3 sides of A4"),
            ("Mark", "30/40 (band 4)"))
    record = "<table>" + "".join(f"<tr><td><p>{label}</p></td><td><p>{value}</p></td></tr>" for label, value in rows) \
        + "</table>"
    page = (f"<html><head><title>Exemplar 54 - Vale - Should Rivers Be Left to Flood?</title></head><body>"
            f"<div id='contents'><p><a href='/exemplars'>Back to the exemplars</a> · Marlpit Sixth Form</p>"
            f"<p class='title'>Should Rivers Be Left to Flood?</p>{record}{_paragraphs(ESSAY)}</div></body></html>").encode()
    document = _load(page)
    assert document.metadata.claimed_words == 789
    assert document.title == "Should Rivers Be Left to Flood?"
    assert "Oona Vale" not in _kept(document)


def test_a_question_then_a_deal_in_one_line_is_a_shops_call_and_an_faq_answer_is_not() -> None:
    deals = ["Revising this week? Code RIVER10 takes 10% off any revision pack until Sunday.",
             "Buying for a class? Orders of five or more packs get a teacher's discount at checkout."]
    for deal in deals:
        kept = _kept(_load(_page(_paragraphs(ESSAY[:3]), f"<p>{deal}</p>", _paragraphs(ESSAY[3:]))))
        assert deal not in kept and ESSAY[3] in kept
    faq = "<h3>Can I get a discount on flood insurance?</h3><p>Yes, many insurers offer discounts for homes with flood doors.</p>"
    kept = _kept(_load(_page(_paragraphs(ESSAY), faq)))
    assert "offer discounts for homes" in kept
    own = "Why do the meadows flood each spring? Because the river was never meant to stay in one bed for long."
    assert own in _kept(_load(_page(_paragraphs(ESSAY[:2]), f"<p>{own}</p>", _paragraphs(ESSAY[2:]))))


def test_a_forum_parents_note_with_an_exclamation_and_the_essays_question_title_after_it() -> None:
    """MyBB: "Hi all! My daughter wrote this…" over a title set as a plain line asking in title case,
    the thread's subject a label ("Persuasive essay - river flooding (feedback please)"); the essay's
    quote box opens with the forum's "Quote:" header."""
    note = ("<p>Hi all! My 15yo wrote this persuasive essay for our debate group and has given me permission "
            "to post it here.</p><p>She wrote it in two sessions. Google Docs says 789 words.</p>")
    quote = "<blockquote class='mycode_quote'><cite>Quote:</cite>The river keeps what the town forgets.</blockquote>"
    page = (f"<html><head><title>Persuasive essay - river flooding (feedback please)</title></head><body>"
            f"<div class='post_body'>{note}<p>Should Rivers Be Left to Flood?</p>{_paragraphs(ESSAY[:2])}{quote}"
            f"{_paragraphs(ESSAY[2:])}</div></body></html>").encode()
    document = _load(page)
    kept = _kept(document)
    assert document.title == "Should Rivers Be Left to Flood?"
    assert "Hi all" not in kept and "Google Docs" not in kept and document.metadata.claimed_words == 789
    assert "Quote:" not in kept and "The river keeps what the town forgets." in kept


def test_an_exemplar_pages_label_title_gives_way_to_the_essays_own_heading() -> None:
    """A course page titled "Exemplar essay: river flooding", its box of guidance set aside, then the
    essay's own title heading naming the same thing: that heading is the title."""
    page = (f"<html><head><title>Exemplar essay: river flooding</title></head><body><main>"
            f"<h1>Exemplar essay: river flooding</h1><h2>How to use this exemplar</h2>"
            f"<div class='disclaimer'><p>This essay was written by a student in last year's course and is shared "
            f"with permission.</p></div><h2>Should Rivers Be Left to Flood Their Meadows?</h2>{_paragraphs(ESSAY)}"
            f"<h3>Teacher's note (Ms Farrant):</h3><p>This is where the argument turns.</p></main></body></html>").encode()
    document = _load(page)
    assert document.title == "Should Rivers Be Left to Flood Their Meadows?"
    kept = _kept(document)
    assert "How to use this exemplar" not in kept and "argument turns" not in kept
    # a page titled by its essay keeps its first section heading as a heading
    plain = _load(_page("<h2>The meadows</h2>", _paragraphs(ESSAY)))
    assert [block_text(b) for b in plain.blocks if isinstance(b, Heading)] == ["The meadows"]


def test_a_headings_sub_header_is_a_line_of_its_own_not_part_of_the_title() -> None:
    """Fomantic UI: `<h1>Title<div class="sub header">Research paper · History · A-level</div></h1>`."""
    heading = ("<h1 class='ui header'>Should Rivers Be Left to Flood?<div class='sub header'>Research paper · "
               "Geography · A-level · 789 words</div></h1>")
    page = (f"<html><head><title>Rivers | Marlpit Papers</title></head><body><main>{heading}"
            f"{_paragraphs(ESSAY)}</main></body></html>").encode()
    document = _load(page)
    assert document.title == "Should Rivers Be Left to Flood?"
    assert document.metadata.claimed_words == 789 and "Research paper" not in _kept(document)


def test_a_lesson_plan_is_no_essay_and_an_essay_with_a_homework_section_is_one() -> None:
    parts = ["Learning objectives", "Starter (10 min)", "Main activity", "Plenary", "Homework"]
    plan = "".join(f"<h2>{part}</h2><p>{ESSAY[0]}</p>" for part in parts)
    try:
        _load(_page(plan, title="Y9 Lesson 4: Rivers and floods"))
    except essayconv.NoEssayError as error:
        assert "lesson plan" in str(error)
    else:
        raise AssertionError("a lesson plan was converted")
    # an essay about schools may have a section on homework
    essay = _load(_page("<h2>Homework</h2>", _paragraphs(ESSAY[:3]), "<h2>The meadows</h2>", _paragraphs(ESSAY[3:])))
    assert ESSAY[0] in _kept(essay)


def test_a_credit_line_a_wiki_signature_and_a_notice_after_a_link_say_what_they_are() -> None:
    """"Picked by <editor>, written by <writer> (Year 12)." is a byline; a wiki user's remark signed
    with a stamp ("— School Librarian 2019/03/05 21:12") is a note and no cut; "612 words to go" after
    a "Read more: …" link says the essay goes on."""
    credit = "Picked by Maud Lacey, written by Owen Vale (Year 12)."
    signed = "<p>Shown exactly as marked, typos and all. — School Librarian 2019/03/05 21:12</p>"
    document = _load(_page(f"<p>{credit}</p>", signed, _paragraphs(ESSAY)))
    kept = _kept(document)
    assert credit not in kept and "typos and all" not in kept
    assert not any(isinstance(b, Gap) for b in document.blocks)
    teaser = _load(_page(_paragraphs(ESSAY[:3]), "<p class='more'><a href='/x'>Read more: the river wardens</a></p>",
                         "<div class='wall'><p>612 words to go. The full essay is on our website.</p></div>"))
    assert isinstance(teaser.blocks[-1], Gap)


def test_a_boxs_lines_of_facts_broken_by_br_are_its_record_and_its_count_is_read() -> None:
    """MkDocs' admonition "About this essay" over one paragraph of <br>-broken lines: a count, a name
    with a level and a date, a grade; set amid the essay's sections. A newsletter's "Programming note:"."""
    box = ("<div class='admonition info'><p class='admonition-title'>About this essay</p><p>Runs to 789 words "
           "(4 pages handwritten)<br>Oona Vale, A level, December 2022<br>Awarded A* at moderation</p></div>")
    note = "<p>Programming note: there will be no letter next week while I move house.</p>"
    document = _load(_page(_paragraphs(ESSAY[:2]), box, note, _paragraphs(ESSAY[2:])))
    kept = _kept(document)
    assert "Oona Vale" not in kept and "moderation" not in kept and "move house" not in kept
    assert document.metadata.claimed_words == 789 and all(p in kept for p in ESSAY)
    # a verse quoted with line breaks stays, counts or not
    verse = "<blockquote><p>Four hundred words of rain<br>fell on the river town<br>and no one counted them</p></blockquote>"
    assert "fell on the river town" in _kept(_load(_page(_paragraphs(ESSAY[:2]), verse, _paragraphs(ESSAY[2:]))))


def test_a_page_builders_columns_of_labelled_lines_are_facts_and_their_count_is_read() -> None:
    """Weebly: a two-column table, each cell a paragraph of "<b>Label:</b> value" lines broken by <br>,
    one of them the essay's length; a data table whose cells break one value over lines stays one row."""
    columns = ("<table class='wsite-multicol-table'><tr><td><div class='paragraph'><strong>Paper type:</strong> Argumentative"
               "<br><strong>Subject:</strong> Geography<br><strong>Academic level:</strong> College</div></td><td>"
               "<div class='paragraph'><strong>Length:</strong> 789 words, which is 3 pages double-spaced<br>"
               "<strong>Sources used:</strong> 4<br><strong>Turnaround:</strong> 9 hours</div></td></tr></table>")
    audio = "<p>Audio version - play it while you travel</p>"
    document = _load(_page(columns, audio, _paragraphs(ESSAY)))
    assert document.metadata.claimed_words == 789 and "Audio version" not in _kept(document)
    assert not any(isinstance(b, Gap) for b in document.blocks)
    books = ("<table>" + "".join(f"<tr><td>{i}</td><td><a href='/b{i}'>Book {i}</a><br>by Ann Author<br>4.3 avg rating</td></tr>"
                                 for i in range(1, 4)) + "</table>")
    document = _load(_page(_paragraphs(ESSAY[:3]), books, _paragraphs(ESSAY[3:])))
    lines = _kept(document).split("\n") + [r.text for r in document.removed]
    assert any("Book 2 by Ann Author 4.3 avg rating" in line for line in lines)  # one row, one line


def test_a_forum_questions_long_reply_is_the_essay_and_an_articles_long_comment_is_not() -> None:
    """Vanilla Forums: a short question post, then the replies, one of them a tutor's model essay far
    longer than the question: the essay is in the reply. An article of more words keeps its comments out."""
    question = ("<p>Hi all, our coursework this term is a balanced argument essay and I honestly do not know what "
                "one is supposed to look like. My teacher keeps saying weigh it up and do not just list both sides, "
                "but I cannot picture it.</p><p>Ours has to be about five hundred words on a should we or should we "
                "not question of our choice, with two sources. Could anyone share an example? I will not copy it, "
                "I just need to see the shape of one.</p>")
    replies = ("<div class='CommentsWrap'><ul class='Comments'><li class='Comment'><div class='Message'>"
               f"<h2>Should Rivers Be Left to Flood?</h2>{_paragraphs(ESSAY * 2)}</div></li>"
               "<li class='Comment'><div class='Message'><p>Thanks, this is really useful.</p></div></li></ul></div>")
    page = (f"<html><head><title>Balanced argument example?</title></head><body><main><div class='Discussion'>"
            f"<div class='Message'>{question}</div></div>{replies}</main></body></html>").encode()
    assert ESSAY[3] in _kept(_load(page))
    article = _paragraphs(ESSAY * 2)  # a post of its own of essay length
    comments = ("<div class='comments'><ol><li class='comment'>" + _paragraphs([f"{p} Reader {i}." for i, p in enumerate(ESSAY * 4)])
                + "</li></ol></div>")
    kept = _kept(_load(_page(article, tail=comments)))
    assert "Reader 3." not in kept


def test_a_shops_two_extracts_leave_two_gaps_and_its_list_of_what_you_get_goes() -> None:
    """PrestaShop: "What you get:" over the pack's contents, then "Extract 1 of 2 …", the opening, "(the
    extract stops here – the remaining sections are in the full PDF)", "Extract 2 of 2 …", a later
    section, "(end of extract)"."""
    pack = "<h3>What you get:</h3><ul><li>the full essay as a PDF (9 pages)</li><li>a one-page plan</li></ul>"
    page = _page(pack, "<p>Extract 1 of 2 – the opening (page 1)</p>", _paragraphs(ESSAY[:2]),
                 "<p>(the extract stops here – the remaining sections are in the full PDF)</p>",
                 "<p>Extract 2 of 2 – from section 3 (page 5)</p>", _paragraphs(ESSAY[2:4]), "<p>(end of extract)</p>")
    document = _load(page)
    kept = _kept(document)
    assert "Extract 1 of 2" not in kept and "one-page plan" not in kept and "stops here" not in kept
    assert sum(isinstance(b, Gap) for b in document.blocks) == 2 and isinstance(document.blocks[-1], Gap)


def test_an_annotated_bibliography_is_no_essay_and_an_essays_reference_list_is_one() -> None:
    sources = [f"Vale, O., & Marsh, T. (20{10 + i}). River meadows and town floods, part {i}. Journal of Rivers, 4(2), 1–20."
               for i in range(4)]
    notes = [f"This study of {i + 3} towns shows that meadows left to flood protect the streets downstream, "
             f"though its sample is small and its towns all lie on one river." for i in range(4)]
    body = "".join(f"<p>{s}</p><p>{n}</p>" for s, n in zip(sources, notes))
    try:
        _load(_page("<h2>Example: river flooding (APA 7)</h2>", body, title="Annotated bibliography example"))
    except essayconv.NoEssayError as error:
        assert "annotated bibliography" in str(error)
    else:
        raise AssertionError("an annotated bibliography was converted")
    essay = _load(_page(_paragraphs(ESSAY), "<h2>References</h2>", "".join(f"<p>{s}</p>" for s in sources)))
    assert ESSAY[0] in _kept(essay) and essay.references is not None


def test_a_wikis_location_line_is_no_title_and_its_record_with_the_question_is_the_essays() -> None:
    """MoinMoin: an <h1 id="locationline"> of the page's path ("PrizeEssays / 2024 / RiverFloods") before
    the essay's own <h1>; a record table whose values include the question the essay answers."""
    record = "<table>" + "".join(f"<tr><td><strong>{label}</strong></td><td>{value}</td></tr>" for label, value in (
        ("Author", "Oona Vale (2nd year, Geography)"), ("Prize", "Essay Prize 2024, runner-up"),
        ("Question", "\"Should any river be left to flood?\""), ("Length", "789 words (title and references not counted)"))) + "</table>"
    location = ("<h1 id='locationline'><a href='/PrizeEssays'>PrizeEssays</a> / <a href='/PrizeEssays/2024'>2024</a> / "
                "RiverFloods</h1>")
    _assert_wiki_record(_wiki_page("PrizeEssays/2024/RiverFloods - Marlpit Wiki", location, record), "Oona Vale")


def test_a_newsletters_greeting_states_the_count_and_its_wall_says_read_the_rest() -> None:
    """beehiiv: "Hello, essay people," and a note stating the essay's length in a long sentence; the
    essay's title; the opening; "Subscribe to … Plus to read the rest." — the essay goes on behind it."""
    note = ("<p>Hello, essay people,</p><p>The model essay runs to 789 words, which is longer than I usually send, "
            "so free readers get the opening today and members get the rest.</p>")
    wall = "<div class='paywall'><p>Subscribe to Marlpit Plus to read the rest. Become a paying subscriber today.</p></div>"
    document = _load(_page(note, "<h2>Should Rivers Be Left to Flood?</h2>", _paragraphs(ESSAY[:3]), wall,
                           title="#87: Should rivers flood?"))
    assert document.metadata.claimed_words == 789 and isinstance(document.blocks[-1], Gap)


def test_an_essay_whose_sentences_end_with_the_danda_is_prose() -> None:
    """Hindi ends its sentences with "।": an essay in Hindi is prose, not a page of short lines."""
    sentence = "स्वच्छ हवा हर जीव के लिए उतनी ही ज़रूरी है जितना भोजन और पानी।"
    paragraphs = [" ".join([sentence] * 4) + f" अनुच्छेद {i}।" for i in range(5)]
    other = "".join(f"<div class='q-box'><div class='q-text'>{ESSAY[i]}</div></div>" for i in range(3))  # an English aside
    page = (f"<html><head><title>वायु प्रदूषण</title></head><body><div class='q-box'>{other}</div><div class='q-box'>"
            f"<div class='q-text'><b>वायु प्रदूषण</b></div>" + "".join(f"<p class='q-text'><span>{p}</span></p>" for p in paragraphs)
            + "</div></body></html>").encode()
    document = _load(page)
    assert paragraphs[2] in _kept(document)


def test_a_coursework_or_grade_my_page_title_gives_way_to_the_essays_own_title_line() -> None:
    """A forum thread "can someone grade my practice? …" and a document viewer's "… - History Coursework
    (A Grade)": the essay's own title is its heading or a title-case question line, under a line or two
    of the page's own, when it names what the page title names."""
    thread = _load(_page("<h2>Rivers and Towns: Why We Should Let the Meadows Flood</h2>", _paragraphs(ESSAY),
                         title="Y11 - can someone grade my practice? \"Should rivers flood\" (Paper 2)"))
    assert thread.title == "Rivers and Towns: Why We Should Let the Meadows Flood"
    viewer = _load(_page("<p>Preview the opening below.</p>", "<p>How Far Should Rivers Be Left to Flood the Meadows?</p>",
                         _paragraphs(ESSAY), title="River Floods - A-level Geography Coursework (A Grade)"))
    assert viewer.title == "How Far Should Rivers Be Left to Flood the Meadows?"
