#!/bin/sh
# Regenerates the icon files from usagedesk.svg: the PNG sizes of the hicolor
# theme, usagedesk.ico (Windows installer and executable) and usagedesk.icns
# (macOS bundle). They are committed so that a build needs no SVG renderer;
# run this after editing the SVG (needs rsvg-convert from librsvg2-bin, and
# python3).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "usagedesk-$size.png" usagedesk.svg
done
rsvg-convert --width 512 --height 512 --format png --output /tmp/usagedesk-512.$$.png usagedesk.svg
rsvg-convert --width 1024 --height 1024 --format png --output /tmp/usagedesk-1024.$$.png usagedesk.svg

# Both container formats may hold PNG data as it is (ICO since Windows Vista,
# ICNS since macOS 10.7), so they are packed here without an image library.
python3 - "$$" <<'PY'
import struct, sys
def png(size):
    path = f"/tmp/usagedesk-{size}.{sys.argv[1]}.png" if size > 256 else f"usagedesk-{size}.png"
    with open(path, "rb") as f:
        return f.read()

ico_sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in ico_sizes]
offset = 6 + 16 * len(images)
out = struct.pack("<HHH", 0, 1, len(images))
for size, data in zip(ico_sizes, images):
    # width/height 0 means 256; 32 bits per pixel.
    out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("usagedesk.ico", "wb") as f:
    f.write(out + b"".join(images))

icns_types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512)]
body = b"".join(kind + struct.pack(">I", 8 + len(png(s))) + png(s) for kind, s in icns_types)
with open("usagedesk.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
rm -f /tmp/usagedesk-512.$$.png /tmp/usagedesk-1024.$$.png
