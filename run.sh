#!/usr/bin/env bash
# Runs the portal on the embedded default (SQLite, .eml mail) with the three demo tenants.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PORT:-5080}"

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required (https://dot.net)." >&2
  exit 1
fi

dotnet build src/SelfCare.Host -c Release -nologo -v quiet

cat <<BANNER

SelfCare portal on http://localhost:${PORT}
  Accelecom    http://localhost:${PORT}/accelecom/    or http://accelecom.localhost:${PORT}/
  CallTower    http://localhost:${PORT}/calltower/    or http://calltower.localhost:${PORT}/
  Accelerando  http://localhost:${PORT}/accelerando/  or http://accelerando.localhost:${PORT}/
  Host admin   http://localhost:${PORT}/host/          operator@selfcare.example / Operator-Demo-2026
               JSON API: /api/host/tenants with header X-Admin-Key: demo-host-admin-key-0123456789

Demo logins (password Portal-Demo-2026 for all):
  Accelecom    admin@accelecom.example (tenant admin), rep@accelecom.example (staff),
               it@bluegrasshealth.example (customer admin, parent + 4 children),
               lexington@bluegrasshealth.example (customer user, one child and its child),
               ops@derbycity.example (customer admin of another customer)
  CallTower    admin@calltower.example, support@calltower.example, telecom@northwind.example,
               northeast@northwind.example, office@summitlegal.example
  Accelerando  admin@accelerando.example, tech@accelerando.example, office@mainstreetdental.example,
               frontdesk@mainstreetdental.example, gm@harborpoint.example
Data lives in src/SelfCare.Host/App_Data (delete it to start over). Ctrl+C stops.

BANNER

cd src/SelfCare.Host
# CallTower's demo call detail records (tests seed none): CDR_ROWS=0 ./run.sh skips them.
ASPNETCORE_ENVIRONMENT=Development SelfCare__Demo__CallDetailRows="${CDR_ROWS:-300000}" exec dotnet bin/Release/net10.0/SelfCare.Host.dll --urls "http://localhost:${PORT}"
