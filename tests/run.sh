#!/usr/bin/env bash
# Runs every test of the solution against real services on loopback:
#   RabbitMQ (Debian's rabbitmq-server) on 127.0.0.1:5672 and MailDev (npm) SMTP 127.0.0.1:1025, API :1080.
# Installs them when missing (apt-get needs root), starts them when not running, leaves them running.
# Ends with one line: "tests: N passed, N failed". Extra arguments go to `dotnet test`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
tools="$root/.tools"
logs="$root/.test-services"
mkdir -p "$tools" "$logs"

export SALESOPSAR_TEST_RABBITMQ_URI=${SALESOPSAR_TEST_RABBITMQ_URI:-amqp://guest:guest@127.0.0.1:5672/}
export SALESOPSAR_TEST_SMTP=${SALESOPSAR_TEST_SMTP:-127.0.0.1:1025}
export SALESOPSAR_TEST_MAILDEV_API=${SALESOPSAR_TEST_MAILDEV_API:-http://127.0.0.1:1080}

# shellcheck source=tests/services.sh
source "$root/tests/services.sh"

ensure_rabbitmq
ensure_maildev
ensure_compose
ensure_browser_and_prometheus

set +e
say "running the tests"
# A test that hangs is named and its test host stopped after 10 minutes, so the run always ends with its line.
dotnet test "$root/SalesOpsAr.Worker.sln" --nologo --blame-hang-timeout 10m --blame-hang-dump-type none "$@" 2>&1 | tee "$logs/dotnet-test.log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 108, Skipped: 0, Total: 108").
read -r passed failed < <(grep -E '^(Passed|Failed)!' "$logs/dotnet-test.log" \
  | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\2 \1/' \
  | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi # the build or a test host failed before counting
echo "tests: $passed passed, $failed failed"
exit "$status"
