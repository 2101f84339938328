#!/usr/bin/env bash
# Runs the whole test suite: unit and integration tests (SQLite and a real PostgreSQL started on
# loopback by the suite), architecture tests, and browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
command -v npm >/dev/null || missing+=(nodejs npm)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
# The email tests' SMTP server (tests/SelfCare.Tests/Email/smtp_sink.py) uses smtpd, still in Debian 12's python3.11.
command -v python3 >/dev/null || missing+=(python3)
# The cluster tests (tests/SelfCare.Tests/Cluster) put Debian's nginx in front of two host processes.
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "Run as root (or install: ${missing[*]})" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The Debian postgresql package starts a cluster we do not use; the suite starts its own on a free port.

(cd tests/SelfCare.BrowserTests && npm ci --no-audit --no-fund --loglevel=error)

dotnet build Tenants.sln -nologo -v quiet

log=$(mktemp)
status=0
for project in tests/SelfCare.Tests tests/SelfCare.BrowserTests; do
  dotnet test "$project" --no-build -nologo 2>&1 | tee -a "$log" || status=1
done

# A test process ended before its exit handler finished leaves its PostgreSQL running: stop those of finished runs.
pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)
for folder in "${TMPDIR:-/tmp}"/selfcare-pg-*; do
  [ -f "$folder/owner.pid" ] && [ ! -d "/proc/$(cat "$folder/owner.pid")" ] || continue
  if [ -f "$folder/data/postmaster.pid" ]; then
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null || true
    else "$pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null || true; fi
  fi
  rm -rf "$folder"
done

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
exit $status
