#!/usr/bin/env bash
# End-to-end tests of fairhire-anonymise on the format fixtures (tests/fixtures/formats): every
# format in and out, no personal data left in any output (DOCX: in any archive member), one clear
# error per bad file (exit 65, file and reason named, nothing written), and a mixed batch.
# With --libreoffice: the anonymised DOCX must open in LibreOffice (converted to PDF and to text) and
# its text must show no personal data; exits 77 (skipped) when LibreOffice is not installed.
# Usage: anonymise_formats_test.sh TOOL DATA_DIR SOURCE_DIR [--libreoffice]
set -u
tool=$1 data=$2 src=$3 mode=${4:-}
fix=$src/tests/fixtures/formats
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export FAIRHIRE_CACHE_DIR=$tmp/cache
pass=0 fail=0
check() {  # check NAME COMMAND...
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name" >&2; fi
}
run() { "$tool" --data-dir "$data" --quiet "$@" >"$tmp/stdout" 2>"$tmp/stderr"; echo $? >"$tmp/rc"; }
rc() { cat "$tmp/rc"; }
# Personal data of the fictional candidate of make_fixtures.py (case-insensitive, accents folded by hand).
leaks='marchetti|[ée]lodie|castagnet|06 47 82 19 53|tanneurs|69007|claude bernard|secret'
no_leak() {  # no_leak FILE: plain file, or every member of a ZIP archive
  python3 - "$1" "$leaks" <<'PY'
import re, sys, zipfile
path, pattern = sys.argv[1], re.compile(sys.argv[2], re.I)
texts = []
if zipfile.is_zipfile(path):
    with zipfile.ZipFile(path) as z:
        texts = [(n, z.read(n).decode('utf-8', 'replace')) for n in z.namelist()]
else:
    texts = [(path, open(path, encoding='utf-8', errors='replace').read())]
bad = [(n, m.group(0)) for n, t in texts for m in [pattern.search(t)] if m]
for n, s in bad:
    print('leak in %s: %s' % (n, s), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
}

if [ "$mode" = "--libreoffice" ]; then
  lo=$(command -v libreoffice || command -v soffice || true)
  if [ -z "$lo" ]; then echo "SKIP: libreoffice is not installed (Debian package libreoffice-writer-nogui)"; exit 77; fi
  run -o "$tmp/cv.docx" "$fix/cv.docx"; check "docx anonymised" test "$(rc)" -eq 0
  profile="-env:UserInstallation=file://$tmp/lo-profile"
  "$lo" "$profile" --headless --convert-to pdf --outdir "$tmp/pdf" "$tmp/cv.docx" >"$tmp/lo.log" 2>&1
  check "LibreOffice converts the output to PDF" test -s "$tmp/pdf/cv.pdf"
  check "the PDF is a PDF" bash -c "head -c 5 '$tmp/pdf/cv.pdf' | grep -q '%PDF-'"
  "$lo" "$profile" --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$tmp/txt" "$tmp/cv.docx" >>"$tmp/lo.log" 2>&1
  check "LibreOffice extracts the text" test -s "$tmp/txt/cv.txt"
  check "extracted text has placeholders" grep -q '\[NAME-1\]' "$tmp/txt/cv.txt"
  check "extracted text keeps the CV" grep -q 'Développeuse Python chez Datanova (CDI)' "$tmp/txt/cv.txt"
  check "extracted text shows no personal data" no_leak "$tmp/txt/cv.txt"
  # A DOCX written by LibreOffice itself (streamed ZIP with data descriptors, its own XML) is read too.
  "$lo" "$profile" --headless --convert-to "docx:MS Word 2007 XML" --outdir "$tmp/lo-docx" "$fix/cv.docx" >>"$tmp/lo.log" 2>&1
  check "LibreOffice re-saves the fixture" test -s "$tmp/lo-docx/cv.docx"
  run -o "$tmp/lo-out.docx" "$tmp/lo-docx/cv.docx"
  check "LibreOffice DOCX anonymised" test "$(rc)" -eq 0
  check "LibreOffice DOCX output has no personal data" no_leak "$tmp/lo-out.docx"
  echo "anonymise_formats_test (libreoffice): $pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit
fi

# Each format: default output format, no personal data.
for pair in cv.docx:cv.docx cv-two-columns.pdf:cv-two-columns.md cv.html:cv.html cv.resume.json:cv.resume.json; do
  in=${pair%%:*} out=${pair##*:}
  run -o "$tmp/out1/" "$fix/$in"
  check "$in exits 0" test "$(rc)" -eq 0
  check "$in written as $out" test -s "$tmp/out1/$out"
  check "$in output has no personal data" no_leak "$tmp/out1/$out"
  check "$in output has placeholders" bash -c "python3 -c \"import sys,zipfile;p=sys.argv[1];d=zipfile.ZipFile(p).read('word/document.xml').decode() if zipfile.is_zipfile(p) else open(p).read();sys.exit(0 if '[NAME-1]' in d else 1)\" '$tmp/out1/$out'"
done
check "docx output is a ZIP" bash -c "head -c 4 '$tmp/out1/cv.docx' | grep -q PK"
check "pdf metadata not carried" bash -c "! grep -qi 'CV Marchetti' '$tmp/out1/cv-two-columns.md'"

# --output-format, and detection by content whatever the extension.
run --output-format text "$fix/cv.docx"
check "docx as text exits 0" test "$(rc)" -eq 0
check "docx as text starts with the header" bash -c "head -1 '$tmp/stdout' | grep -qx 'CV — \[NAME-1\]'"
cp "$fix/cv.docx" "$tmp/renamed.txt"
run --output-format markdown "$tmp/renamed.txt"
check "DOCX named .txt detected by content" grep -q '\[EMAIL-1\]' "$tmp/stdout"
run --output-format docx "$fix/cv-two-columns.pdf"
check "PDF cannot become DOCX (exit 2 or 65)" bash -c "[ $(rc) -ne 0 ]"

# Bad inputs: exit 65, one line naming the file and the reason, nothing written, no personal data.
while IFS='|' read -r file reason; do
  run -o "$tmp/bad-out/x" "$fix/bad/$file"
  check "$file exits 65" test "$(rc)" -eq 65
  check "$file error names file and reason" grep -q "bad/$file.*$reason" "$tmp/stderr"
  check "$file error is one line" test "$(wc -l <"$tmp/stderr")" -eq 1
  check "$file nothing written" test ! -e "$tmp/bad-out/x"
  check "$file no personal data in error" bash -c "! grep -Eqi '$leaks' '$tmp/stderr'"
done <<'LIST'
truncated.docx|corrupt or truncated ZIP
corrupt.docx|corrupt or truncated ZIP
bomb.docx|zip bomb
entities.docx|DTD
truncated.pdf|corrupt or unreadable PDF
encrypted.pdf|encrypted PDF
latin1.html|invalid UTF-8
broken.json|invalid JSON
empty.docx|empty file
LIST
head -c 2000000 /dev/zero | tr '\0' 'a' >"$tmp/huge.txt"
"$tool" --data-dir "$data" --quiet -o "$tmp/huge.out" "$tmp/huge.txt" >/dev/null 2>"$tmp/stderr"; echo $? >"$tmp/rc"
check "huge file within the default cap is processed" test "$(rc)" -eq 0

# A batch mixing good and bad files: the good ones are written, exit 65, summary on stderr.
mkdir -p "$tmp/batch/sub"
cp "$fix"/cv.docx "$fix"/cv-two-columns.pdf "$fix"/cv.html "$tmp/batch/"
cp "$fix"/cv.resume.json "$fix"/bad/bomb.docx "$fix"/bad/encrypted.pdf "$tmp/batch/sub/"
"$tool" --data-dir "$data" -j 2 --report "$tmp/report.jsonl" -o "$tmp/batch-out" "$tmp/batch" >/dev/null 2>"$tmp/stderr"
check "batch with bad files exits 65" test $? -eq 65
check "batch wrote the good files" test -s "$tmp/batch-out/cv.docx" -a -s "$tmp/batch-out/cv-two-columns.md" \
  -a -s "$tmp/batch-out/cv.html" -a -s "$tmp/batch-out/sub/cv.resume.json"
check "batch wrote no bad file" test ! -e "$tmp/batch-out/sub/bomb.docx" -a ! -e "$tmp/batch-out/sub/encrypted.md"
check "batch summary" grep -q "anonymised 4 of 6 files; 2 failed" "$tmp/stderr"
check "report has a line per input" test "$(wc -l <"$tmp/report.jsonl")" -eq 6
check "report has no personal data" bash -c "! grep -Eqi '$leaks' '$tmp/report.jsonl'"

echo "anonymise_formats_test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
