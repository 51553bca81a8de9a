#!/usr/bin/env bash
# Renders an HTML report to PNG (a full-page screenshot) and PDF (the print stylesheet) with headless
# Chromium, and checks it is well-formed with html5lib, to look at the layout and the printed pages.
#
# Usage: scripts/render-html-report.sh INPUT [OUTDIR]
#   INPUT   an HTML report, or an agreement (.yaml) scored with `accord score --format html`
#   OUTDIR  where to write NAME.html, NAME.png and NAME.pdf (default: .build-html-preview)
# Environment: CHROMIUM (default: chromium), WIDTH and HEIGHT of the screenshot window (1280x2000),
# ACCORD (default: swift run accord).
# Needs Debian's `chromium` (apt-get install -y chromium) and html5lib (pip install html5lib);
# `pdftoppm -png NAME.pdf PREFIX` (poppler-utils) turns the PDF pages into images.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="${1:?usage: scripts/render-html-report.sh INPUT [OUTDIR]}"
outdir="${2:-$root/.build-html-preview}"
chromium="${CHROMIUM:-chromium}"
width="${WIDTH:-1280}"
height="${HEIGHT:-2000}"

if ! command -v "$chromium" >/dev/null 2>&1; then
    echo "render-html-report.sh: $chromium not found; install it with: apt-get install -y chromium" >&2
    exit 2
fi

mkdir -p "$outdir"
outdir="$(cd "$outdir" && pwd)"
name="$(basename "$input")"
name="${name%.*}"
html="$outdir/$name.html"

case "$input" in
    *.yaml | *.yml)
        # `accord score` exits 1 when the agreement has critical gaps; the report is still written.
        (cd "$root" && ${ACCORD:-swift run accord} score "$input" --format html -o "$html") || [ -s "$html" ]
        ;;
    *)
        [ "$(cd "$(dirname "$input")" && pwd)/$(basename "$input")" = "$html" ] || cp "$input" "$html"
        ;;
esac

python3 "$root/scripts/check-html.py" "$html"

# A throwaway profile, so no state of another Chromium leaks in; no network is needed or used.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile"
    --no-first-run --disable-extensions --disable-background-networking)

"$chromium" "${flags[@]}" --window-size="$width,$height" --screenshot="$outdir/$name.png" "file://$html" 2>/dev/null
"$chromium" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$outdir/$name.pdf" "file://$html" 2>/dev/null

echo "wrote $outdir/$name.png and $outdir/$name.pdf"
