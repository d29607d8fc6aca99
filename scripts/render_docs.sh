#!/usr/bin/env bash
# Regenerate the PNG renders in docs/img from the bundled samples: essayconv → PDF → pdftoppm.
# Needs poppler-utils (Debian); installs it when missing and running as root.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq poppler-utils >/dev/null; }
bin=.venv/bin/essayconv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=samples/ukessays-minimum-wage.html
person=(--author "Priya Raman" --instructor "Dr. Hale" --course "ECON 210" --date "4 May 2025" -q
        --affiliation "Department of Economics, Ridge College")
for style in default mla apa handout; do
  "$bin" convert "$sample" -o "$work/$style.pdf" --style "$style" "${person[@]}"
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/$style.pdf" "docs/img/pdf-$style"
done
# APA and MLA put the reference list on its own page: show it too.
last=$(pdfinfo "$work/apa.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -r 60 -png -f "$last" -l "$last" -singlefile "$work/apa.pdf" docs/img/pdf-apa-references
"$bin" convert samples/bartleby-printing-press.html -o "$work/gaps.pdf" -q
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/gaps.pdf" docs/img/pdf-default-gaps
ls -la docs/img

# DOCX, as Word users would see it: LibreOffice (Debian's libreoffice-writer) lays it out.
if ! command -v soffice >/dev/null; then
  [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi
for style in default mla apa handout; do
  "$bin" convert "$sample" -o "$work/docx-$style.docx" --style "$style" "${person[@]}"
done
(cd "$work" && soffice --headless --convert-to pdf docx-*.docx >/dev/null 2>&1)
for style in default mla apa handout; do
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/docx-$style.pdf" "docs/img/docx-$style"
done
last=$(pdfinfo "$work/docx-mla.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -r 60 -png -f "$last" -l "$last" -singlefile "$work/docx-mla.pdf" docs/img/docx-mla-works-cited
ls docs/img

# A class packet: cover, contents, a numbered essay page.
cat > "$work/questions.md" <<'QUESTIONS'
## Printing Press
- Why did printers prefer Luther's pamphlets to his opponents' books?
- How did print change who could interpret scripture?
QUESTIONS
"$bin" handout samples/bartleby-printing-press.html samples/ukessays-minimum-wage.html samples/ivypanda-coral-reefs.mhtml \
  -o "$work/packet.pdf" --title "Unit 3 Readings" --subtitle "Essays for discussion" --course "History 10" \
  --line-numbers --questions "$work/questions.md"
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/packet.pdf" docs/img/packet-cover
pdftoppm -r 60 -png -f 2 -l 2 -singlefile "$work/packet.pdf" docs/img/packet-contents
pdftoppm -r 60 -png -f 3 -l 3 -singlefile "$work/packet.pdf" docs/img/packet-numbered-page
# The questions follow their essay on its last page.
pdftoppm -r 60 -png -f 4 -l 4 -singlefile "$work/packet.pdf" docs/img/packet-questions
# A converted MLA paper with line numbers.
"$bin" convert "$sample" -o "$work/mla-numbered.pdf" --style mla --line-numbers "${person[@]}"
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/mla-numbered.pdf" docs/img/pdf-mla-line-numbers
ls docs/img
