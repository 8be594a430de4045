#!/usr/bin/env bash
# Batch benchmark: N DOCX CVs (the labelled corpus of tests/corpus, written as DOCX by
# tests/fixtures/formats/corpus_formats.py; the sample CVs when the generator is absent) anonymised by
# fairhire-anonymise with 1 and 2 workers; prints files/s and peak RSS (/usr/bin/time -v). The time
# includes start-up (gazetteers loaded from the cache). CPU time (user + system) is printed too: on a
# shared machine it is steadier than wall time.
# Usage: bench/anonymise/docx_batch_bench.sh TOOL DATA_DIR [N=1000]
set -euo pipefail
tool=$1 data=$2 n=${3:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FAIRHIRE_CACHE_DIR=${FAIRHIRE_CACHE_DIR:-$work/cache}

if [ -f "$root/tests/corpus/gen_corpus.py" ]; then
  python3 "$root/tests/corpus/gen_corpus.py" --out "$work/corpus" --seed 7 --fr $((n / 2)) --en $((n - n / 2)) \
    --gazetteers "$data" >/dev/null
  src=$(find "$work/corpus" -name '*.txt' -o -name '*.md' | sort)
else
  src=$(ls "$root"/samples/cvs/*)
fi
mkdir -p "$work/in"
ROOT=$root python3 - "$work/in" "$n" $src <<'PY'
import os, sys
sys.path.insert(0, os.path.join(os.environ.get('ROOT', ''), 'tests/fixtures/formats'))
from corpus_formats import write_docx
out, n, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for i in range(n):
    text = open(files[i % len(files)], encoding='utf-8').read()
    write_docx(os.path.join(out, 'cv-%05d.docx' % i), text)
PY
bytes=$(du -sb "$work/in" | cut -f1)
"$tool" --data-dir "$data" --quiet -o "$work/warm.txt" --output-format text "$work/in/cv-00000.docx"  # fills the cache
echo "docx_batch_bench: $n DOCX files, $((bytes / 1024)) KiB"
for jobs in 1 2; do
  rm -rf "$work/out"
  /usr/bin/time -v "$tool" --data-dir "$data" --quiet -j "$jobs" -o "$work/out" "$work/in" 2>"$work/time.txt" >/dev/null
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time.txt")
  written=$(find "$work/out" -name '*.docx' | wc -l)
  python3 - "$jobs" "$wall" "$rss" "$n" "$written" "$cpu" <<'PY'
import sys
jobs, wall, rss, n, written = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
cpu = float(sys.argv[6])
parts = [float(p) for p in wall.split(':')]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
print('  -j %s: %d/%d written in %.1f s = %.1f files/s, peak RSS %.0f MiB, CPU %.1f s (%.0f files per CPU-second)'
      % (jobs, written, n, seconds, n / seconds, rss / 1024, cpu, n / cpu))
PY
done
