#!/usr/bin/env bash
# Run the whole test suite, setting up what it needs first (see scripts/bootstrap.sh).
# Any arguments go to pytest: ./test.sh tests/storage -x
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scripts/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ $status -eq 5 ]; then
  echo "test.sh: no tests ran (pytest exit 5): treated as a failure" >&2
fi
exit $status
