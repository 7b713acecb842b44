#!/usr/bin/env bash
# Draws the Teams app icons in appmanifest/ with ImageMagick (apt-get install -y imagemagick):
#   color.png   192x192, the accent colour with a white speech bubble holding three columns (a synopsis: cities side by side)
#   outline.png  32x32,  the same glyph in white on a transparent background, as Teams requires
# The PNGs are committed; run this only to change the design.
set -euo pipefail
cd "$(dirname "$0")/.."
accent="#1F5F8B"
out=appmanifest

convert -size 192x192 "xc:${accent}" \
  -fill white -draw "roundrectangle 28,34 164,132 18,18" \
  -draw "polygon 52,128 52,164 88,128" \
  -fill "${accent}" \
  -draw "rectangle 52,62 76,112" \
  -draw "rectangle 84,52 108,112" \
  -draw "rectangle 116,74 140,112" \
  -strip "PNG32:${out}/color.png"

convert -size 32x32 xc:none \
  -fill none -stroke white -strokewidth 2 \
  -draw "roundrectangle 3,5 28,22 4,4" \
  -fill white -stroke none \
  -draw "polygon 8,21 8,29 15,21" \
  -draw "rectangle 8,11 11,18" \
  -draw "rectangle 14,9 17,18" \
  -draw "rectangle 20,13 23,18" \
  -strip "PNG32:${out}/outline.png"

identify "${out}/color.png" "${out}/outline.png"
