#!/usr/bin/env bash
# Start Resokit Desktop, setting up what it needs first (see scripts/bootstrap.sh).
# Any arguments go to the app: ./start.sh --data FILE, ./start.sh --lang fr, ./start.sh demo --data FILE
set -euo pipefail
# No cd: a relative --data FILE means a file relative to where you are.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$ROOT/scripts/bootstrap.sh" run

# Starting the window needs a display; sub-commands, --help and --version do not.
needs_window=1
expect_value=0
for arg in "$@"; do
  if [ $expect_value -eq 1 ]; then expect_value=0; continue; fi
  case $arg in
    -h|--help|--version) needs_window=0 ;;
    --data|--lang) expect_value=1 ;;
    --data=*|--lang=*) ;;
    *) needs_window=0 ;;  # unknown options and sub-commands: let resokit answer
  esac
done
if [ $needs_window -eq 1 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
   && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "resokit: no display found (DISPLAY and WAYLAND_DISPLAY are unset): start it from a desktop" \
       "session, or set QT_QPA_PLATFORM=offscreen to run it without a visible window" >&2
  exit 1
fi
exec "$ROOT/.venv/bin/python" -m resokit_desktop "$@"
