#!/usr/bin/env bash
# The app as a screen reader sees it: start Xvfb, a session bus with the accessibility bus, the
# demo in a throw-away home, then list every control's name (benchmarks/atspi_names.py).
# Needs xvfb, at-spi2-core, python3-pyatspi and dbus-x11 (Debian). Exit 1: unnamed controls.
set -euo pipefail
cd "$(dirname "$0")/.."
APP="${APP:-.venv/bin/secondop-desktop}"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
DISPLAY_NUMBER="${DISPLAY_NUMBER:-97}"
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$SCRATCH"' EXIT
sleep 1
DISPLAY=":$DISPLAY_NUMBER" HOME="$SCRATCH" XDG_DATA_HOME="$SCRATCH/data" \
XDG_CONFIG_HOME="$SCRATCH/config" dbus-run-session -- bash -c '
  export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  sleep 2
  "$0" --demo &
  APP_PID=$!
  sleep 8
  status=0
  /usr/bin/python3 benchmarks/atspi_names.py || status=$?
  kill $APP_PID 2>/dev/null || true
  exit $status
' "$APP"
