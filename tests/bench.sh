#!/usr/bin/env bash
# Runs the benchmarks (tests/SalesOpsAr.Benchmarks) in Release against a real RabbitMQ on loopback, which it
# starts (installing it when missing). `--quick` finishes in about two minutes; the full run in about ten and a half.
# Prints a table; docs/benchmarks.md shows the latest full run. Extra arguments go to the runner.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
tools="$root/.tools"
logs="$root/.test-services"
mkdir -p "$tools" "$logs"
export SALESOPSAR_TEST_RABBITMQ_URI=${SALESOPSAR_TEST_RABBITMQ_URI:-amqp://guest:guest@127.0.0.1:5672/}
# shellcheck source=tests/services.sh
source "$root/tests/services.sh"
ensure_rabbitmq
dotnet build "$root/tests/SalesOpsAr.Benchmarks" -c Release --nologo -v quiet
exec dotnet "$root/tests/SalesOpsAr.Benchmarks/bin/Release/net10.0/SalesOpsAr.Benchmarks.dll" "$@"
