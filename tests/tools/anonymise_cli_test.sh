#!/usr/bin/env bash
# End-to-end tests of fairhire-anonymise: the command-line contract, exit codes, atomic outputs,
# and no personal data in errors or reports.  Usage: anonymise_cli_test.sh TOOL DATA_DIR SOURCE_DIR
set -u
tool=$1 data=$2 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export FAIRHIRE_CACHE_DIR=$tmp/cache
pass=0 fail=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name" >&2; fi
}
run() { "$tool" --data-dir "$data" "$@" >"$tmp/stdout" 2>"$tmp/stderr"; echo $? >"$tmp/rc"; }
rc() { cat "$tmp/rc"; }

# --help / --version / usage errors
"$tool" --help >"$tmp/help"; check "help exits 0" test $? -eq 0
check "help shows usage" grep -q "usage: fairhire-anonymise" "$tmp/help"
"$tool" --version >"$tmp/v"; check "version" grep -q "fairhire-anonymise [0-9]" "$tmp/v"
run --bogus x; check "unknown option exits 2" test "$(rc)" -eq 2
run; check "no input exits 2" test "$(rc)" -eq 2
run --lang de "$src/samples/cvs/fr-developpeuse.txt"; check "bad language exits 2" test "$(rc)" -eq 2

# One input, result on stdout
printf 'Contact : jeanne.test@example.org, 06 12 34 56 78\n' >"$tmp/one.txt"
run "$tmp/one.txt"; check "single file exits 0" test "$(rc)" -eq 0
check "stdout anonymised" grep -qx 'Contact : \[EMAIL-1\], \[PHONE-1\]' "$tmp/stdout"
printf 'Mail: jeanne.test@example.org\n' | "$tool" --data-dir "$data" - >"$tmp/stdin.out" 2>/dev/null
check "stdin input" grep -qx 'Mail: \[EMAIL-1\]' "$tmp/stdin.out"
run -o "$tmp/one.out.txt" "$tmp/one.txt"; check "-o file" grep -q '\[EMAIL-1\]' "$tmp/one.out.txt"

# Invalid UTF-8: exit 65, named with offset, no output, no text of the CV in the message
printf 'Nom : Zo\xe9 SECRETNAME\n' >"$tmp/bad.txt"
run -o "$tmp/bad.out.txt" "$tmp/bad.txt"
check "invalid UTF-8 exits 65" test "$(rc)" -eq 65
check "error names file and offset" grep -q "bad.txt@8: invalid UTF-8" "$tmp/stderr"
check "no partial output" test ! -e "$tmp/bad.out.txt"
check "no CV text in error" bash -c "! grep -q SECRETNAME '$tmp/stderr'"

# Batch: a folder with one bad file; the others are processed, exit 65, report has one line each
mkdir -p "$tmp/in/sub"
cp "$src"/samples/cvs/*.txt "$tmp/in/"
cp "$src"/samples/cvs/*.md "$tmp/in/sub/"
cp "$tmp/bad.txt" "$tmp/in/sub/bad.txt"
: >"$tmp/in/empty.txt"
run -j 2 --report "$tmp/report.jsonl" -o "$tmp/out" "$tmp/in"
check "batch with bad files exits 65" test "$(rc)" -eq 65
check "good files written, names kept" test -s "$tmp/out/fr-developpeuse.txt" -a -s "$tmp/out/sub/fr-technicien.md"
check "bad file not written" test ! -e "$tmp/out/sub/bad.txt"
check "empty file reported" grep -q "empty file" "$tmp/stderr"
check "report has one line per input" test "$(wc -l <"$tmp/report.jsonl")" -eq 6
check "report marks errors" test "$(grep -c '"status":"error"' "$tmp/report.jsonl")" -eq 2
check "summary printed" grep -q "anonymised 4 of 6 files; 2 failed" "$tmp/stderr"
check "no e-mail in report" bash -c "! grep -q '@example' '$tmp/report.jsonl'"
check "no temporary files left" bash -c "! find '$tmp/out' -name '.*tmp*' | grep -q ."

# Never overwrite without --force; never write into an input folder
before=$(md5sum <"$tmp/out/fr-developpeuse.txt")
echo "tampered" >"$tmp/out/fr-developpeuse.txt"
run -o "$tmp/out" "$tmp/in/fr-developpeuse.txt" "$tmp/in/en-data-analyst.txt"
check "existing output refused" test "$(rc)" -eq 65
check "existing output untouched" grep -qx tampered "$tmp/out/fr-developpeuse.txt"
run --force -o "$tmp/out" "$tmp/in/fr-developpeuse.txt" "$tmp/in/en-data-analyst.txt"
check "--force overwrites" test "$(rc)" -eq 0 -a "$(md5sum <"$tmp/out/fr-developpeuse.txt")" = "$before"
run -o "$tmp/in/anon" "$tmp/in"; check "output inside input refused" test "$(rc)" -eq 2
check "nothing written into input" test ! -e "$tmp/in/anon"
run -o "$tmp/x" "$tmp/in" "$tmp/nonexistent"; check "missing input exits 65" test "$(rc)" -eq 65

# Policy: remove e-mails; unknown key is an error with its position
printf 'version: 1\nactions:\n  email: remove\n' >"$tmp/policy.yaml"
run --policy "$tmp/policy.yaml" "$tmp/one.txt"; check "policy remove" grep -qx 'Contact : , \[PHONE-1\]' "$tmp/stdout"
printf 'actions:\n  email: remove\n  shoesize: keep\n' >"$tmp/bad-policy.yaml"
run --policy "$tmp/bad-policy.yaml" "$tmp/one.txt"
check "bad policy exits 65" test "$(rc)" -eq 65
check "bad policy positioned" grep -q "bad-policy.yaml:3:3" "$tmp/stderr"

# Without reference data: works, says recall is reduced
"$tool" "$tmp/one.txt" >"$tmp/nodata.out" 2>"$tmp/nodata.err"
check "no data dir still works" grep -q '\[EMAIL-1\]' "$tmp/nodata.out"
check "says recall reduced" grep -q "recall is reduced" "$tmp/nodata.err"

echo "$pass passed, $fail failed"
test "$fail" -eq 0
