#!/usr/bin/env bash
# Debian packages the product and its tests use, installed when missing (idempotent, quick when
# everything is there). `scripts/setup.sh run` (called by `make run`) installs what a run needs;
# `scripts/setup.sh test` (called by `make test`) adds what only the tests need, so that a
# nightly machine carries no browser.
#
#   poppler-utils     pdftotext -layout: text of PDF reports (crates/extract)        run, test
#   tesseract-ocr, tesseract-ocr-chi-sim  OCR of scanned PDF reports (crates/extract)  run, test
#   chromium          headless browser: prints test PDFs, checks the quality report  test
#   fonts-wqy-zenhei  a CJK font, so that Chinese text printed to PDF has real glyphs test
#   libreoffice-writer-nogui  soffice: saves the tests' DOCX as genuine Word 97 .doc    test
set -euo pipefail

for_what="${1:-run}"
case "$for_what" in
    run|test) ;;
    *) echo "usage: scripts/setup.sh run|test" >&2; exit 2 ;;
esac

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-chi-sim)
if [ "$for_what" = test ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || missing+=(fonts-wqy-zenhei)
    command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "setup: installing ${missing[*]} (Debian packages)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "setup: need root (or sudo) to install ${missing[*]} (make setup: PDF input; make setup-test: the browser tests)" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
