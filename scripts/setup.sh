#!/usr/bin/env bash
# Debian packages the product and its tests use, installed when missing (idempotent, quick when
# everything is there). Called by `make run` and `make test`, so that a fresh machine needs no
# other set-up step.
#
#   poppler-utils     pdftotext -layout: text of PDF reports (crates/extract)
#   chromium          headless browser: prints test PDFs, checks the quality report renders
#   fonts-wqy-zenhei  a CJK font, so that Chinese text printed to PDF has real glyphs
set -euo pipefail

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || missing+=(fonts-wqy-zenhei)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "setup: installing ${missing[*]} (Debian packages)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "setup: need root (or sudo) to install ${missing[*]}; PDF input and the browser tests need them" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
