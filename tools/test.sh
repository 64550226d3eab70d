#!/usr/bin/env bash
# The test suite: every notebook's inline tests (nbdev-test, small configurations), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# MNIST: $TRANSCODER_NB_DATA if set, else ../shared/data beside the clone if present, else torchvision downloads.
if [ -z "${TRANSCODER_NB_DATA:-}" ] && [ -d ../shared/data ]; then export TRANSCODER_NB_DATA="$(cd ../shared/data && pwd)"; fi
if [ -n "${TRANSCODER_NB_DATA:-}" ]; then export TRANSCODER_NB_DATA="$(cd "$TRANSCODER_NB_DATA" && pwd)"; fi  # notebooks run in nbs/
export MPLBACKEND=Agg
# A private artifact cache, so the tests train what they test and never touch the user's cache.
export TRANSCODER_NB_CACHE="$(mktemp -d)"; trap 'rm -rf "$TRANSCODER_NB_CACHE"' EXIT
# Two notebooks at a time on two cores, one thread each.
OMP_NUM_THREADS=1 nbdev-test --n-workers 2
python -m pytest -q tests
