#!/usr/bin/env bash
# Run the whole test suite, setting up what it needs first (see scripts/bootstrap.sh).
# Any arguments go to pytest: ./test.sh tests/storage -x
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scripts/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen
# A hung test (say, a modal dialog nobody closes) must not eat CI's 90 minutes: stop after 25.
status=0
timeout --kill-after=30 1500 .venv/bin/python -m pytest "$@" || status=$?
if [ $status -eq 5 ]; then
  echo "test.sh: no tests ran (pytest exit 5): treated as a failure" >&2
elif [ $status -eq 124 ] || [ $status -eq 137 ]; then
  echo "test.sh: the test run took over 25 minutes and was stopped (a hung test?)" >&2
fi
exit $status
