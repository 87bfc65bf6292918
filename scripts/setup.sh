#!/usr/bin/env bash
# Set up newsgraph on a fresh machine: a virtualenv in .venv with the project and
# its development tools. With --system also the Debian packages the browser tests
# need (Chromium and its driver; needs root).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--system" ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
echo "newsgraph installed in .venv: $(.venv/bin/newsgraph --version)" >&2
