"""Convert-to-JSON time per page, against parsing the same page with BeautifulSoup+lxml alone
(the floor any HTML tool pays), measured in the same run. Also a 40 MB SingleFile-style capture
with inline data: images, and a page nested 60,000 elements deep.

Run by hand: `.venv/bin/python bench/convert.py`. Prints a table; asserts nothing.
"""

from __future__ import annotations

import base64
import random
import statistics
import time
from pathlib import Path

from bs4 import BeautifulSoup

import essayconv
from essayconv.write import write

ROOT = Path(__file__).resolve().parent.parent
PROSE = ("The committee met in the spring and argued for several hours about the budget, the staffing "
         "of the new clinic and the timetable for the public consultation. ")


def timed(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def synthetic_pages() -> dict[str, bytes]:
    rng = random.Random(7)
    image = base64.b64encode(rng.randbytes(3 * 1024 * 1024)).decode()
    essay = "".join(f"<p>{PROSE * 4}</p>" for _ in range(30))
    singlefile = ("<!--\n Page saved with SingleFile \n url: https://example.org/essay \n saved date: Mon Feb 03 2025 -->\n"
                  "<html><body>" + "".join(f'<img src="data:image/png;base64,{image}">' for _ in range(13)) +
                  f"<article><h1>Big capture</h1>{essay}</article></body></html>")
    deep = ("<html><body><article><h1>Deep</h1>" + f"<p>{PROSE * 3}</p>" * 5 + "<div>" * 60000 + "bottom" +
            "</div>" * 60000 + "</article></body></html>")
    # many short paragraphs, finished and unfinished: every cleaning pass must stay linear in blocks
    # (a scan of all earlier blocks per block once made 20,000 of them take 130 s)
    short = "<html><body><h1>Many</h1>" + "".join(
        f"<p>Paragraph {i} has a few words in it, and a comma{'.' if i % 2 else ' and'}</p>" for i in range(20000))
    return {"singlefile-40MB.html": singlefile.encode(), "nested-60000.html": deep.encode(),
            "paragraphs-20000.html": (short + "</body></html>").encode()}


def main() -> None:
    # the no-essay samples (their truth file says so) stop early with NoEssayError: not timed here
    truth = ROOT / "samples" / "truth"
    pages = {p.name: p.read_bytes() for p in sorted((ROOT / "samples").iterdir())
             if p.suffix in (".html", ".txt", ".mhtml")
             and "no_essay: true" not in (truth / (p.stem + ".md")).read_text("utf-8")}
    pages.update(synthetic_pages())
    print(f"{'page':34} {'size':>9} {'essayconv':>10} {'bs4 parse':>10} {'ratio':>6}")
    for name, data in pages.items():
        repeat = 3 if len(data) > 1_000_000 else 20
        ours = timed(lambda: write(essayconv.load(data, name=name), "json"), repeat)
        if name.endswith((".html", ".htm")):
            floor = timed(lambda: BeautifulSoup(data, "lxml"), repeat)
            ratio = f"{ours / floor:5.1f}x"
            floor_text = f"{floor * 1000:8.1f}ms"
        else:
            floor_text, ratio = f"{'-':>10}", f"{'-':>6}"
        print(f"{name:34} {len(data) / 1024:8.0f}K {ours * 1000:8.1f}ms {floor_text} {ratio}")


if __name__ == "__main__":
    main()
