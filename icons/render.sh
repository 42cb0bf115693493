#!/usr/bin/env bash
# Regenerates every icon file from the master ownmeet.svg.
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"

sizes=(16 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" ownmeet.svg --output "ownmeet-$s.png"
done

# Windows: one .ico with the sizes the shell asks for (256 is the largest it uses)
convert ownmeet-16.png ownmeet-24.png ownmeet-32.png ownmeet-48.png ownmeet-64.png \
        ownmeet-128.png ownmeet-256.png ownmeet.ico

# macOS: .icns holds only 16, 32, 48, 128, 256 and 512
png2icns ownmeet.icns ownmeet-16.png ownmeet-32.png ownmeet-48.png \
         ownmeet-128.png ownmeet-256.png ownmeet-512.png >/dev/null
