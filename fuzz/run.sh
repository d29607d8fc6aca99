#!/usr/bin/env bash
# Time-boxed fuzzing: bash fuzz/run.sh [SECONDS] [readers]. Findings land in fuzz/findings/ (git-ignored).
# With "readers", the batch readers (zip, tar, WARC) are fuzzed instead of the conversion.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
if [ "${2:-}" = readers ]; then
  mkdir -p fuzz/findings
  .venv/bin/python fuzz/fuzz_readers.py --make-seeds fuzz/corpus-readers
  exec .venv/bin/python fuzz/fuzz_readers.py fuzz/corpus-readers -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb=3000 -timeout=30 -artifact_prefix=fuzz/findings/readers- -print_final_stats=1
fi
corpus=fuzz/corpus
mkdir -p "$corpus" fuzz/findings
# seed the corpus from the samples and the bad-input cases (small ones only)
find samples tests/bad_inputs/files -type f -size -200k \( -name '*.html' -o -name '*.txt' -o -name '*.mhtml' -o -name '*.xhtml' \) \
  -exec cp {} "$corpus"/ \;
.venv/bin/python fuzz/fuzz_convert.py "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=3000 \
  -timeout=30 -artifact_prefix=fuzz/findings/ -print_final_stats=1
