#!/usr/bin/env bash
# Checks deploy/postwise.service with 'systemd-analyze verify'. The unit's ExecStart names the installed launcher
# (/opt/postwise/bin/postwise), which verify requires to exist; the check runs on a copy whose ExecStart names this
# repository's bin/postwise instead, and is otherwise the unit as shipped.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v systemd-analyze >/dev/null || { echo "verify-unit: systemd-analyze is not installed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s|/opt/postwise/bin/postwise|$PWD/bin/postwise|g" deploy/postwise.service > "$work/postwise.service"
systemd-analyze verify "$work/postwise.service"
echo "verify-unit: deploy/postwise.service ok"
