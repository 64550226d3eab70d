#!/usr/bin/env bash
# Re-execute every notebook at FULL scale and save the outputs in place (for the docs), then clean them.
# The full study is trained once (or loaded from the artifact cache) and shared by the notebooks.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TRANSCODER_NB_DATA:-}" ] && [ -d ../shared/data ]; then export TRANSCODER_NB_DATA="$(cd ../shared/data && pwd)"; fi
if [ -n "${TRANSCODER_NB_DATA:-}" ]; then export TRANSCODER_NB_DATA="$(cd "$TRANSCODER_NB_DATA" && pwd)"; fi
export TRANSCODER_NB_FULL=1 MPLBACKEND=module://matplotlib_inline.backend_inline
# Full-scale cells (the recipe ablation: a dozen full trainings) can run far past the test timeout on a slow CPU.
nbdev-test --n-workers 1 --save --do-print --flags slow --cell-timeout 7200 "$@"
nbdev-clean
# The README's figure is 05's class-selective features, copied from the outputs just saved (skipped if 05 did not run).
python tools/readme_figure.py || true
echo "Notebooks re-executed at full scale. Now rebuild the docs: python tools/build_docs.py"
