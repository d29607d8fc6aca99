"""What a page says about where its text is not: a modal dialog its script opens on demand (a shop's
terms of service, hundreds of words long, closed in the page as saved) and the page's footer beside the
<main> it declares (a legal notice longer than the short guide above it). Both outweighed the text and
were taken for it, on real pages (WCXB dev: a shoe shop's product and collection pages, an insurer's guide).
Our own texts throughout."""

from __future__ import annotations

import essayconv

from .helpers import kept_text

GUIDE = ("<p>Renting a canal boat for the first time goes best when the crew walks the boat with the yard's "
         "staff before casting off: the tiller, the bilge pump, the gas locker and the mooring pins.</p>"
         "<p>Key points covered in the handover include:</p>"
         "<ul><li>Working a lock with two crew</li><li>Mooring on a river with a current</li>"
         "<li>Reporting damage before the next crew arrives</li></ul>")
_LEGAL = ("This material is offered for general information and is not advice of any kind. The hire company and "
          "its agents accept no liability for loss arising from reliance on it, and every hirer remains responsible "
          "for the safe handling of the boat and the conduct of the crew on the water at all times. ")
TERMS = ("Every booking is subject to these terms, which the hirer accepts on paying the deposit. The deposit is "
         "returned within fourteen days of the boat's return once the yard has inspected the hull, the engine and the "
         "inventory, less the cost of any damage or missing equipment found at that inspection. ")


def test_the_pages_footer_beside_its_main_is_not_the_text_however_long() -> None:
    footer = "".join(f"<p>{_LEGAL}</p>" for _ in range(4))
    page = (f"<html><head><title>First Hire Handover</title></head><body><header><a href='/'>Towpath Hire</a></header>"
            f"<main><h1>First Hire Handover</h1>{GUIDE}</main>"
            f"<footer id='page-footer'>{footer}<p>© Towpath Hire</p></footer></body></html>").encode()
    kept = kept_text(essayconv.load(page, name="handover.html"))
    assert "walks the boat with the yard" in kept and "Mooring on a river" in kept
    assert "no liability" not in kept


def test_a_modal_dialog_the_script_opens_on_demand_is_closed_however_long() -> None:
    terms = "".join(f"<p>{TERMS}</p>" for _ in range(8))
    page = (f"<html><head><title>First Hire Handover</title></head><body><article><h1>First Hire Handover</h1>{GUIDE}"
            f"</article><div id='modal-terms' role='dialog' aria-modal='true' v-cloak v-show=\"isModalOpen('terms')\">"
            f"<h2>Terms of hire</h2>{terms}</div></body></html>").encode()
    kept = kept_text(essayconv.load(page, name="handover.html"))
    assert "walks the boat with the yard" in kept and "deposit" not in kept


def test_a_dialog_open_in_the_saved_page_is_read() -> None:
    """An expanded record shown as a modal when the page was saved: nothing shows it on a condition."""
    essay = "".join(f"<p>{TERMS}</p>" for _ in range(4))
    page = (f"<html><head><title>Hire terms</title></head><body><div class='grid'><a href='/r1'>Record 1</a></div>"
            f"<div class='dialog expandedRecord' role='dialog' aria-modal='true'><h2>Terms of hire</h2>{essay}</div>"
            f"</body></html>").encode()
    assert "deposit is returned" in kept_text(essayconv.load(page, name="record.html"))
