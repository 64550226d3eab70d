#!/usr/bin/env bash
# The test suite: every notebook's inline tests (nbdev-test, small configurations), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# MNIST: $TRANSCODER_NB_DATA if set, else ../shared/data beside the clone if present, else the user cache.
if [ -z "${TRANSCODER_NB_DATA:-}" ] && [ -d ../shared/data ]; then export TRANSCODER_NB_DATA=../shared/data; fi
# Load it once here (torchvision downloads it if no root holds it) before the notebooks run two at a time, where two
# downloads into one folder could break each other; then name, as an absolute path (the notebooks run in nbs/), the
# root that holds it: pytest gives each test its own user cache, so it would not find a copy there.
data="$(python -c "
import sys
from transcoder_nb.data import load_data, data_roots, DataNotFoundError
try: load_data('mnist')
except DataNotFoundError as e: sys.exit(f'tools/test.sh: {e}')
print(next(r for r in data_roots() if (r/'MNIST'/'raw').is_dir()).resolve())" | tail -n 1)"
export TRANSCODER_NB_DATA="$data"
echo "MNIST from $TRANSCODER_NB_DATA"
export MPLBACKEND=Agg
# A private artifact cache, so the tests train what they test and never touch the user's cache.
export TRANSCODER_NB_CACHE="$(mktemp -d)"; trap 'rm -rf "$TRANSCODER_NB_CACHE"' EXIT
# Two notebooks at a time on two cores, one thread each.
OMP_NUM_THREADS=1 nbdev-test --n-workers 2
python -m pytest -q tests
