"""A picture's caption, marked before the picture goes from the tree (invisible.py drops pictures: they are
no text): the walker reads the marked box's short text as the caption it is, set aside, not the essay's words
(walk.py: PICTURED, CAPTIONED)."""

from __future__ import annotations

from ..dom import Element, child_tags, next_tag
from .item_shapes import named_a_caption

PICTURES = frozenset(("img", "picture", "svg"))
PICTURED = "data-essayconv-pictured"
"""Set on a paragraph that held only a picture, which is gone from the tree once read (walk.py reads the
line under it as the picture's caption when it is set as one)."""


CAPTIONED = "data-essayconv-captioned"
"""Set on a box that opened with a photo, gone from the tree once read, or on the box after a photo's own box
(walk.py reads the box's short text as the photo's caption: "File photo: the research station" and its credit)."""
_PHOTO_MIN_PX = 150
"""A picture this large (its width or height as the page gives them) is a photo, not an icon in a line of text."""


def _box_opened_by(node: Element, picture: Element) -> Element | None:
    """The box (a <div> or <p>) the picture opens, nothing before it: its parent, or the parent of the
    link that holds it alone (a photo linked to its full size, "map.jpg.scaled1000.jpg")."""
    if node.tag == "a" and len(node) == 1 and not (node.text or "").strip() and not (picture.tail or "").strip():
        picture, node = node, node.getparent()
        if node is None:
            return None
    return node if node.tag in ("div", "p", "center") and node[0] is picture and not (node.text or "").strip() else None


def _floated(picture: Element) -> bool:
    """A picture set beside the text (`align="right"`, `float: left`): the text flows round it."""
    return (picture.get("align") or "").strip().lower() in ("left", "right") or "float" in (picture.get("style") or "")


def _a_photo_on_its_line(picture: Element) -> bool:
    """A photo, not an icon: given a size of a photo's, or set on a line of its own (a break after it)."""
    sizes = [int(v) for v in (picture.get("width"), picture.get("height")) if v and v.strip().isdigit()]
    following = picture.getnext()
    return any(size >= _PHOTO_MIN_PX for size in sizes) or (following is not None and following.tag == "br"
                                                           and not (picture.tail or "").strip())


def _caption_beside(holder: Element, picture: Element) -> Element | None:
    """The caption of a photo given a box of its own (a portfolio's image module: the picture's box, then a
    box of its caption, and nothing else in their parent): that box, down to where its text is. A photo
    here is a picture served at several sizes (`srcset`), or given a photo's size: an icon, however large its
    box, is drawn at one and small (a shop's feature icon over its label)."""
    if holder.tag not in ("div", "figure") or len(holder) != 1 or (holder.text or "").strip() or (picture.tail or "").strip() \
            or not (picture.get("srcset") or holder.tag == "figure" and _a_photo_on_its_line(picture)) or holder.getprevious() is not None:
        return None  # (…or a photo by the size the page gives it, in a <figure> of its own: a page builder's image box)
    caption = holder.getnext()
    if caption is None or caption.tag not in ("div", "p") or caption.getnext() is not None or (holder.tail or "").strip():
        return None
    while len(caption) == 1 and caption[0].tag in ("div", "p") and not (caption.text or "").strip() \
            and not (caption[0].tail or "").strip():
        caption = caption[0]
    return caption


def _named_caption_after(picture: Element) -> Element | None:
    """The box right after a picture that the page names its caption (a Bootstrap thumbnail's `<img>` then
    `<div class="caption"><p>…</p></div>`), down to where its text is; None when the picture has no such box.
    The picture may fill a box of its own (a page builder's photo module: the caption's box after the photo's),
    and the name may be on a wrapper's child (a frame placed under the picture's, `<p class="Wp-Caption-P">`)."""
    holder = picture
    for _ in range(_PICTURE_BOX_LEVELS):
        if next_tag(holder) is not None or (holder.tail or "").strip():
            break
        parent = holder.getparent()
        if parent is None or len(child_tags(parent)) != 1 or (parent.text or "").strip():
            return None
        holder = parent  # (the box the picture fills alone; a comment beside it, "<!-- content -->", is nothing)
    caption = next_tag(holder)
    if caption is None or caption.tag not in ("div", "p", "span") or (holder.tail or "").strip():
        return None
    named = named_a_caption(caption)
    while len(inside := child_tags(caption)) == 1 and inside[0].tag in ("div", "p", "span") \
            and not (caption.text or "").strip() and not (inside[0].tail or "").strip():
        if caption.tag == "p":
            named = named or named_a_caption(inside[0])  # (the paragraph is what the walker reads: not its run)
            break
        caption = inside[0]
        named = named or named_a_caption(caption)
    return caption if named else None



_PICTURE_BOX_LEVELS = 3
"""How many boxes up a picture filling them alone its caption's box is looked for after."""


def mark_its_caption(node: Element, picture: Element) -> None:
    """Before a picture in `node` goes from the tree, the place of its caption marked for the walker: a
    paragraph that showed only the picture (PICTURED: the line under it may be its caption), a box the photo
    opens and the box set under it (CAPTIONED), a photo's own box and its caption's box beside it, or the box
    the page names its caption right after it."""
    while node.tag in ("span", "a", "b") and len(node) == 1 and not (node.text or "").strip() and not (picture.tail or "").strip() \
            and node.getparent() is not None and node.getparent().tag == "p" and len(node.getparent()) == 1:
        picture, node = node, node.getparent()  # (a word processor's export wraps the picture in its run: <p><span><img>)
    if node.tag in ("p", "center") and len(node) == 1 and not (node.text or "").strip() and not (picture.tail or "").strip():
        node.set(PICTURED, "1")  # (a Markdown post centres its pictures: <center><img></center>)
    elif (box := _box_opened_by(node, picture)) is not None and _a_photo_on_its_line(picture):
        box.set(CAPTIONED, "1")  # a box that opens with a photo: the short line after it is its caption
        holder = picture if node is box else node
        following = holder.getnext()
        if following is not None and following.tag in ("div", "p") and not (holder.tail or "").strip() \
                and not _floated(picture):
            following.set(CAPTIONED, "1")  # (…set in a box of its own under the picture; a paragraph beside a floated one is the text)
    caption = _caption_beside(node, picture)
    if caption is None:
        caption = _named_caption_after(picture)
    if caption is not None:
        caption.set(CAPTIONED, "1")
