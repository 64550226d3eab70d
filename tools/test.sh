#!/usr/bin/env bash
# The test suite: every notebook's inline tests (nbdev-test, small configurations), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# MNIST: $TRANSCODER_NB_DATA if set, else ../shared/data beside the clone if present, else torchvision downloads.
if [ -z "${TRANSCODER_NB_DATA:-}" ] && [ -d ../shared/data ]; then export TRANSCODER_NB_DATA="$(cd ../shared/data && pwd)"; fi
if [ -n "${TRANSCODER_NB_DATA:-}" ]; then export TRANSCODER_NB_DATA="$(cd "$TRANSCODER_NB_DATA" && pwd)"  # notebooks run in nbs/
else
  # Fetch MNIST once, into the user cache, before the notebooks run two at a time (two downloads into one folder
  # could break each other), and name that folder: pytest gives each test its own user cache, so it would not see it.
  data="$(python -c "
import sys
from transcoder_nb.data import load_data, user_cache_dir, DataNotFoundError
try: load_data('mnist')
except DataNotFoundError as e: sys.exit(f'tools/test.sh: {e}')
print(user_cache_dir('data'))" | tail -n 1)"
  export TRANSCODER_NB_DATA="$data"
fi
echo "MNIST from $TRANSCODER_NB_DATA"
export MPLBACKEND=Agg
# A private artifact cache, so the tests train what they test and never touch the user's cache.
export TRANSCODER_NB_CACHE="$(mktemp -d)"; trap 'rm -rf "$TRANSCODER_NB_CACHE"' EXIT
# Two notebooks at a time on two cores, one thread each.
OMP_NUM_THREADS=1 nbdev-test --n-workers 2
python -m pytest -q tests
