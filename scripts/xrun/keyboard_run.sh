#!/bin/bash
# A keyboard-driven run of the real app on a real X display (Xvfb), as a reseller with a
# screen reader would meet it: type the form, press Enter twice 150 ms apart, press Enter
# again (the window must ask before re-sending an assigned request), Ctrl+C the app; with
# screenshots and an AT-SPI accessibility-tree dump. Not a test: a check done by hand.
#
#   apt-get install xvfb xdotool imagemagick at-spi2-core python3-pyatspi libxcb-cursor0
#   Xvfb :99 -screen 0 1280x1024x24 &
#   dbus-run-session -- scripts/xrun/keyboard_run.sh [OUT_DIR]
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-/tmp/licensegui-xrun}
mkdir -p "$OUT"
cd "$HERE/../.."
export DISPLAY=:99 QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export LICENSEGUI_HOME="$OUT"/home TMPDIR="$OUT"/tmp
rm -rf "$OUT"/home "$OUT"/tmp; mkdir -p "$OUT"/tmp
/usr/libexec/at-spi-bus-launcher --launch-immediately &
sleep 1
.venv/bin/python -m licensegui --demo > "$OUT"/app.out 2>&1 &
APP=$!
for i in $(seq 1 50); do W=$(xdotool search --name '^licensegui$' 2>/dev/null | head -1); [ -n "$W" ] && break; sleep 0.2; done
echo "window $W"
sleep 1.5
xdotool windowactivate --sync $W 2>/dev/null; xdotool windowfocus --sync $W
KEY=$(sqlite3 "$OUT"/tmp/licensegui-demo-*/*.sqlite3 "SELECT license_key FROM license_keys WHERE assigned_at IS NULL LIMIT 1" 2>/dev/null)
[ -z "$KEY" ] && KEY=$(python3 -c "import sqlite3,glob;print(sqlite3.connect(glob.glob('"$OUT"/tmp/licensegui-demo-*/*.sqlite3')[0]).execute('SELECT license_key FROM license_keys WHERE assigned_at IS NULL LIMIT 1').fetchone()[0])")
echo "key $KEY"
# No window manager on Xvfb: X focus follows the pointer; click into the license-key field.
xdotool mousemove 450 114 click 1; sleep 0.3
xdotool type --delay 20 "$KEY"
xdotool key Escape                         # close the completer popup if any
xdotool key Tab; xdotool type --delay 20 "Keyboard User"
xdotool key Tab; xdotool type --delay 20 "kb@example.com"
xdotool key Return; sleep 0.15; xdotool key Return   # the double Enter of the report
sleep 2.5
import -window root "$OUT"/after-double-enter.png
/usr/bin/python3 "$HERE/a11y_dump.py" > "$OUT"/a11y.txt 2>&1
xdotool key Return   # the same request again: the window asks first
sleep 1.5
import -window root "$OUT"/asks-before-resend.png
xdotool key Escape   # "Don't send"
sleep 0.5
kill -INT $APP; wait $APP; echo "app exit $?"
echo "left in TMPDIR after Ctrl+C (should be nothing):"; ls "$OUT"/tmp
echo "history:"; /usr/bin/python3 -c "import sqlite3,sys; print(*sqlite3.connect(sys.argv[1]).execute('SELECT id, license_key, code, reason, idempotency_key FROM attempts'), sep=chr(10))" "$OUT"/home/data/history.sqlite3
