#!/usr/bin/env bash
# Prints the path of a verified copy of Apache ECharts (the charting library the quality report
# inlines), fetching it from the npm registry the first time. Pinned by version and by the
# registry's sha512 integrity, so every machine inlines the same bytes; cached outside the
# clone. Used by `make report` and the report's browser test.
set -euo pipefail
VERSION=5.6.0
INTEGRITY="sha512-oTbVTsXfKuEhxftHqL5xprgLoc0k7uScAwtryCgWF6hPYFLRwOUHiFmHGCBKP5NPFNkDVopOieyUqYGH8Fa3kA=="
CACHE="${NIANBAO_NPM_CACHE:-$HOME/.cache/nianbao/npm}"
OUT="$CACHE/echarts-$VERSION.min.js"
if [ -s "$OUT" ]; then echo "$OUT"; exit 0; fi
mkdir -p "$CACHE"
TGZ="$CACHE/echarts-$VERSION.tgz"
if [ ! -s "$TGZ" ]; then
    (cd "$CACHE" && npm pack "echarts@$VERSION" --silent >/dev/null 2>&1)
fi
GOT="sha512-$(openssl dgst -sha512 -binary "$TGZ" 2>/dev/null | base64 -w0 || python3 -c "import hashlib,base64,sys;print(base64.b64encode(hashlib.sha512(open(sys.argv[1],'rb').read()).digest()).decode())" "$TGZ")"
if [ "$GOT" != "$INTEGRITY" ]; then
    rm -f "$TGZ"
    echo "echarts@$VERSION: integrity mismatch ($GOT); tarball removed" >&2
    exit 1
fi
tar -xzf "$TGZ" -O package/dist/echarts.min.js > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "$OUT"
