#!/usr/bin/env bash
# Run the test suite: starts the local PostgreSQL server if it is installed but
# stopped (the store tests run against it and fail loudly when it is absent).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 20); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  fi
fi
pg_isready -h 127.0.0.1 -p 5432 >&2 || echo "WARNING: PostgreSQL is not answering on 127.0.0.1:5432; the store tests will fail" >&2

exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
