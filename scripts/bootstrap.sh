#!/usr/bin/env bash
# Set up everything Resokit Desktop needs on this machine; used by ./start.sh and ./test.sh.
#
#   scripts/bootstrap.sh run    system libraries Qt needs + the app's Python environment
#   scripts/bootstrap.sh test   the same, plus the tools and Python packages the tests need
#
# Idempotent and quiet when there is nothing to do. The Python environment (.venv) is made by uv
# from uv.lock; when uv is not installed, a pinned uv goes into a private venv in .tools/.
# System packages (Debian/Ubuntu) are installed when running as root or with passwordless sudo;
# otherwise the one apt command to run is printed and the script stops.
set -euo pipefail

MODE=${1:-run}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

UV_VERSION=0.13.9
TOOLS_DIR="$ROOT/.tools"
LOG_DIR="$TOOLS_DIR/logs"

say() { printf 'resokit setup: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# --- Python itself --------------------------------------------------------------------------------
PYTHON=${PYTHON:-python3}
command -v "$PYTHON" >/dev/null 2>&1 || die "python3 not found; install Python 3.11 or newer first"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "Python 3.11 or newer is needed; found $("$PYTHON" -V 2>&1)"

# --- System libraries -----------------------------------------------------------------------------
# Each entry: Debian package = a file that proves it is present (a shared library or a command).
# Checking files rather than package names also works on Ubuntu's renamed (t64) packages.
QT_RUNTIME=(
  "libglib2.0-0=lib:libglib-2.0.so.0"
  "libegl1=lib:libEGL.so.1"
  "libgl1=lib:libGL.so.1"
  "libdbus-1-3=lib:libdbus-1.so.3"
  "libfontconfig1=lib:libfontconfig.so.1"
  "libxkbcommon0=lib:libxkbcommon.so.0"
)
QT_X11=(
  "libxcb-cursor0=lib:libxcb-cursor.so.0"
  "libxcb-icccm4=lib:libxcb-icccm.so.4"
  "libxcb-image0=lib:libxcb-image.so.0"
  "libxcb-keysyms1=lib:libxcb-keysyms.so.1"
  "libxcb-render-util0=lib:libxcb-render-util.so.0"
  "libxcb-shape0=lib:libxcb-shape.so.0"
  "libxkbcommon-x11-0=lib:libxkbcommon-x11.so.0"
)
TEST_TOOLS=(
  "poppler-utils=cmd:pdftoppm"
  "sqlite3=cmd:sqlite3"
  "dbus=cmd:dbus-daemon"
  "faketime=cmd:faketime"   # .ci/run: the date-sensitive tests once more under a fixed clock
  "binutils=cmd:objdump"    # PyInstaller (build_installer.py and its test) reads libraries with it
)

LDCONFIG=$(command -v ldconfig || echo /sbin/ldconfig)
LIB_CACHE=""
have_lib() {
  if [ -z "$LIB_CACHE" ]; then LIB_CACHE=$("$LDCONFIG" -p 2>/dev/null || true); fi
  grep -qF " $1 " <<<"$LIB_CACHE" && return 0
  # Fallback when ldconfig is unavailable: look in the usual library folders.
  compgen -G "/usr/lib/*/$1" >/dev/null || compgen -G "/usr/lib/$1" >/dev/null \
    || compgen -G "/lib/*/$1" >/dev/null
}

missing_packages() {
  local entry package probe
  for entry in "$@"; do
    package=${entry%%=*}; probe=${entry#*=}
    case $probe in
      lib:*) have_lib "${probe#lib:}" || printf '%s\n' "$package" ;;
      cmd:*) command -v "${probe#cmd:}" >/dev/null 2>&1 || printf '%s\n' "$package" ;;
    esac
  done
}

apt_install() {
  # Install Debian packages, or explain the one command to run and stop.
  local packages=("$@") sudo=()
  [ ${#packages[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    die "missing system libraries (${packages[*]}); install their equivalents with your package manager"
  fi
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      die "run this once, then try again: sudo apt-get install -y ${packages[*]}"
    fi
  fi
  mkdir -p "$LOG_DIR"
  say "installing system packages: ${packages[*]}"
  local log="$LOG_DIR/apt.log"
  export DEBIAN_FRONTEND=noninteractive
  if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >"$log" 2>&1; then
    "${sudo[@]}" apt-get update -qq >>"$log" 2>&1 || true
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >>"$log" 2>&1 \
      || die "apt-get install failed (details in $log)"
  fi
  LIB_CACHE=""
}

case $MODE in
  run) wanted=("${QT_RUNTIME[@]}" "${QT_X11[@]}") ;;
  test) wanted=("${QT_RUNTIME[@]}" "${QT_X11[@]}" "${TEST_TOOLS[@]}") ;;
  *) die "unknown mode '$MODE' (use: run or test)" ;;
esac
mapfile -t missing < <(missing_packages "${wanted[@]}")

# --- uv (from PATH, or a pinned copy in .tools/) --------------------------------------------------
UV=""
if [ -x "$TOOLS_DIR/uv/bin/uv" ]; then
  UV="$TOOLS_DIR/uv/bin/uv"
elif command -v uv >/dev/null 2>&1; then
  UV=$(command -v uv)
elif ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1 || ! "$PYTHON" -m venv --help >/dev/null 2>&1; then
  missing+=("python3-venv")  # Debian ships venv/ensurepip separately
fi

apt_install "${missing[@]}"

# PyInstaller (build_installer.py and its test) needs Python's shared library. Debian's own
# python3 ships it as a separate package; a Python built with --enable-shared has it already.
if [ "$MODE" = test ]; then
  PYV=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  PYLIBDIR=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')
  if ! have_lib "libpython$PYV.so.1.0" && [ ! -e "$PYLIBDIR/libpython$PYV.so.1.0" ]; then
    ( apt_install "libpython$PYV" ) \
      || say "libpython$PYV could not be installed: the installer test will say what is missing"
  fi
fi

if [ -z "$UV" ]; then
  mkdir -p "$LOG_DIR"
  say "installing uv $UV_VERSION into .tools/uv (once)"
  rm -rf "$TOOLS_DIR/uv"
  if ! "$PYTHON" -m venv "$TOOLS_DIR/uv" >"$LOG_DIR/uv.log" 2>&1; then
    rm -rf "$TOOLS_DIR/uv"
    apt_install python3-venv
    "$PYTHON" -m venv "$TOOLS_DIR/uv" >"$LOG_DIR/uv.log" 2>&1 \
      || die "could not create a Python venv (details in $LOG_DIR/uv.log)"
  fi
  "$TOOLS_DIR/uv/bin/python" -m pip install -q --disable-pip-version-check "uv==$UV_VERSION" \
    >>"$LOG_DIR/uv.log" 2>&1 || { rm -rf "$TOOLS_DIR/uv"; die "could not install uv (details in $LOG_DIR/uv.log)"; }
  UV="$TOOLS_DIR/uv/bin/uv"
fi

# --- The Python environment, exactly as locked ----------------------------------------------------
export UV_PYTHON_DOWNLOADS=never   # use this machine's Python; never fetch one
export UV_LINK_MODE=copy           # no hard-link warnings across file systems
if [ ! -d .venv ]; then
  say "creating the Python environment in .venv from uv.lock (once)"
  export UV_PYTHON="$PYTHON"       # the Python checked above; later syncs keep the venv's own
fi
if [ "$MODE" = test ]; then
  sync_args=(--locked)  # runtime + dev group, nothing else; fails if uv.lock is stale
else
  sync_args=(--frozen --no-dev --inexact)  # runtime only; leaves test tools alone if present
fi
mkdir -p "$LOG_DIR"
if ! "$UV" sync --quiet "${sync_args[@]}" 2>"$LOG_DIR/uv-sync.log"; then
  cat "$LOG_DIR/uv-sync.log" >&2
  die "could not set up .venv from uv.lock (after changing pyproject.toml, run: uv lock)"
fi

# --- Bytecode, once -------------------------------------------------------------------------------
# Where the user's environment sets PYTHONDONTWRITEBYTECODE, Python never writes .pyc files and
# compiles every module again at each start (about 0.3 s). Compile them here, once per change.
stamp=.venv/.resokit-bytecode
if [ ! -f "$stamp" ] || [ uv.lock -nt "$stamp" ] \
   || [ -n "$(find resokit_desktop -name '*.py' -newer "$stamp" -print -quit)" ]; then
  # (A few template files inside PySide6 are not Python; their errors go to the log only.)
  .venv/bin/python -m compileall -q -j 0 .venv/lib resokit_desktop >"$LOG_DIR/compileall.log" 2>&1 \
    || true
  touch "$stamp"
fi
