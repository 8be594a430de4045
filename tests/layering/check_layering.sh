#!/usr/bin/env bash
# Enforces architecture.md: which module may include which, and no Poco or yaml-cpp types in the
# public (non-internal) headers of core, anonymise, rubric and assess.
set -u
root=$1
cd "$root/lib/fairhire" || exit 2
declare -A allowed=(
  [core]="core"
  [anonymise]="core anonymise"
  [rubric]="core rubric"
  [assess]="core assess"
  [store]="core anonymise rubric assess store"
  [server]="core anonymise rubric assess store server"
)
pass=0 fail=0
for module in "${!allowed[@]}"; do
  [ -d "$module" ] || continue
  while IFS= read -r line; do
    file=${line%%:*}
    used=$(sed -E 's|.*#include "fairhire/([a-z_]+)/.*|\1|' <<<"$line")
    if [[ " ${allowed[$module]} " == *" $used "* ]]; then
      pass=$((pass + 1))
    else
      echo "layering: $file includes fairhire/$used (module $module may use: ${allowed[$module]})" >&2
      fail=$((fail + 1))
    fi
  done < <(grep -rn '#include "fairhire/' "$module" --include='*.h' --include='*.cc' | sed 's/:[0-9]*:/:/')
done
for module in core anonymise rubric assess; do
  [ -d "$module" ] || continue
  while IFS= read -r header; do
    if grep -qE '#include <(Poco|yaml-cpp)/' "$header"; then
      echo "layering: public header $header includes Poco or yaml-cpp" >&2
      fail=$((fail + 1))
    else
      pass=$((pass + 1))
    fi
  done < <(find "$module" -name '*.h' -not -path '*/internal/*' -not -path '*/formats/*' -not -path '*/detectors/*')
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
