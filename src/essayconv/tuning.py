"""The thresholds the finder and the cleaning passes decide by, as one frozen value.

Like black's `Mode`: built once (with the clutter rules, from data/tuning.toml and the user's
`--rules` files) and passed down; no module keeps a threshold of its own. Why each value is what it
is lives beside it in the data file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Tuning:
    # finder (extract/html, extract/prose)
    short_share: float
    short_words: int
    retry_gain: float
    question_post_max_words: int
    prose_block_min_words: int
    prose_block_max_linked: float
    core_child_share: float
    core_fragment_share: float
    core_own_paragraphs_share: float
    core_other_box_share: float
    core_loose_share: float
    thread_post_share: float
    widen_levels: int
    nested_levels: int
    nested_rest_share: float
    nested_stop_share: float
    badge_max_words: int
    top_run_share: float
    top_run_min_parts: int
    top_run_copy_share: float
    same_container_share: float
    frame_min_share: float
    earlier_boxes_share: float
    earlier_boxes_min: int
    one_earlier_frame_share: float
    page_frame_levels: int
    title_anchor_bonus: int
    content_name_bonus: int
    header_group_chars: int
    wraps_the_page: float
    form_box_max_words: int
    action_box_max_words: int
    facts_strip_min_parts: int
    facts_strip_part_max_words: int
    record_line_max_words: int
    facts_sentence_max_words: int
    labelled_box_min_words: int
    notice_max_words: int
    notice_line_max_words: int
    piece_min_share_of_prose: float
    piece_min_paragraphs: int
    name_over_boxes_min: int
    thread_min_comments: int
    manual_sections_min: int
    digest_min_messages: int
    translation_opening_paragraphs: int
    translation_min_paragraphs: int
    manual_section_max_words: int
    title_apart_min_blocks: int
    caption_max_words: int
    tail_max_blocks: int
    tail_paragraph_max_words: int
    talk_closing_line_max_words: int
    tail_min_topic_words: int
    tail_max_shared: float
    tail_essay_min_words: int
    student_header_line_max_words: int
    title_block_line_max_words: int
    box_label_max_words: int
    remark_max_words: int
    kicker_max_words: int
    made_alike_min_classes: int
    made_alike_share: float
    sibling_paragraph_min_chars: int
    one_line_header_max_words: int
    other_script_min_letters: int
    # readers of an essay saved inside another format (extract/session.py, blame.py, patch.py, json_page.py,
    # records.py, gettext.py, shown_ends.py)
    session_prompts_min: int
    session_head_max_words: int
    session_essay_share_min: float
    blame_min_lines: int
    blame_line_share: float
    patch_essay_share_min: float
    json_body_min_words: int
    json_body_share_min: float
    saved_record_min_fields: int
    saved_record_body_min_words: int
    saved_record_body_share_min: float
    catalogue_entries_min: int
    shown_ends_min_lines: int
    shown_ends_line_share: float
    site_copy_max_words: int
    site_copy_max_lines: int
    site_copy_min_prose: int
    site_copy_prose_words: int
    action_headline_max_words: int
    action_slogan_max_words: int
    action_pitch_max_lines: int
    action_pitch_max_sentences: int
    action_pitch_min_words: int
    action_box_levels: int
    ad_label_max_words: int
    collapsed_min_words: int
    side_box_max_px: int
    side_box_max_words: int
    typed_answer_share: float
    menu_text_chars: int
    strip_min_items: int
    strip_max_items: int
    strip_item_words: int
    # the learned vote beside the container (extract/html/blocks_model)
    block_model_extend_above: float
    block_model_extend_levels: int
    # listing (extract/html/listing)
    listing_min_cards: int
    lead_max_words: int
    card_max_words: int
    card_linked_share: float
    listing_max_other_prose: int
    contents_linked_share: float
    sales_page_share: float
    sales_page_max_words: int
    sales_page_min_words: int
    own_page_voice_share: float
    own_page_naming_min: int
    own_page_selling_min: int
    quotations_min: int
    attribution_max_words: int
    schedule_rows_min: int
    schedule_row_max_words: int
    prose_paragraph_min_chars: int
    # lines (extract/lines, extract/text, text layers)
    double_spaced_share: float
    double_spaced_share_untouched: float
    double_spaced_min_lines: int
    title_line_max_words: int
    title_line_capitalised_share: float
    title_line_max_width_share: float
    verse_line_max: int
    text_layer_min_lines: int
    text_layer_max_line: int
    dump_menu_min_items: int
    sentence_lines_min: int
    sentence_lines_share: float
    sentence_line_min_words: int
    dump_menu_item_words: int
    site_name_max_words: int
    cards_beside_an_essay: int
    card_excerpt_min_characters: int
    dump_head_prose_words: int
    dump_head_max_lines: int
    # clean
    bold_heading_max_chars: int
    quote_wrapper_min_paragraphs: int
    byline_talk_max_paragraphs: int
    quote_wrapper_min_words: int
    heading_max_words: int
    heading_max_chars: int
    heading_capitalised_share: float
    essay_run_paragraphs: int
    essay_run_words: int
    essay_goes_on_words: int
    sandwich_max_words: int
    answer_max_words: int
    teaser_max_blocks: int
    teaser_max_words: int
    pagination_max_words: int
    tail_line_max_words: int
    cut_notice_max_words: int
    cta_max_words: int
    pull_quote_min_words: int
    pull_quote_credit_max_words: int
    pull_quote_max_quotes: int
    stats_line_max_words: int
    stats_line_with_one_max_words: int
    cut_fragment_min_words: int
    wall_line_max_words: int
    wall_lines_max: int
    wall_lines_behind_a_wall_max: int
    wall_box_max_words: int
    wall_list_max_items: int
    note_label_max_words: int
    study_label_max_words: int
    study_tail_lines: int
    prompt_prose_words: int
    note_above_title_max_words: int
    appraisal_max_paragraphs: int
    set_title_min_words: int
    record_min_fields: int
    record_label_max_words: int
    repeated_text_min_words: int
    repeated_text_max_words: int
    greeting_note_lines: int
    fact_value_max_words: int
    index_letters_min: int
    annotated_sources_min: int
    transcript_min_turns: int
    essay_talk_share: float
    essay_talk_min_words: int
    digest_max_words: int
    poll_question_max_words: int
    poll_option_max_words: int
    glossary_term_max_words: int
    glossary_definition_max_words: int
    reference_entry_max_words: int
    section_prose_words: int
    prose_after_references_min: int
    above_title_max_words: int
    writer_card_lines: int
    no_essay_phrases_below_words: int
    no_essay_below_words: int
    task_only_max_words: int
    task_only_share: float
    prompts_min_questions: int
    prompts_list_share: float
    prompt_headings_min: int
    prompt_bank_words_per_prompt: int


def tuning_from_data(table: dict[str, dict[str, Any]]) -> Tuning:
    """The [tuning.*] sections of the merged rules data as one value. Every field must be given (the
    shipped file gives them all); an int where a share is meant is read as a float."""
    flat = {key: value for section in table.values() for key, value in section.items()}
    values = {}
    for field in fields(Tuning):
        value = flat[field.name]
        values[field.name] = float(value) if field.type == "float" else int(value)
    return Tuning(**values)
