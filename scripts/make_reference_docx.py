"""Rebuild styles/<style>.docx from styles/docx.toml. Run after editing the TOML and commit both;
tests/test_docx.py checks that the shipped files match what this script makes.

    .venv/bin/python scripts/make_reference_docx.py
"""

from essayconv.styles import styles_dir
from essayconv.write import _ooxml
from essayconv.write.docx import build_reference, style_specs

for name in style_specs():
    target = styles_dir() / f"{name}.docx"
    target.write_bytes(_ooxml.reproducible_bytes(build_reference(name)))
    print("wrote", target)
