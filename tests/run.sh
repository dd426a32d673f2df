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

say() { printf '[tests/run] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_rabbitmq() {
  if port_open 5672; then say "RabbitMQ already listening on 127.0.0.1:5672"; return; fi
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    say "installing rabbitmq-server (Debian package)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >"$logs/apt-rabbitmq.log" 2>&1
    # The package starts a node through its service scripts where it can; stop it so ours binds to loopback.
    rabbitmqctl -q stop >/dev/null 2>&1 || true
  fi
  say "starting RabbitMQ on 127.0.0.1:5672"
  # Loopback only: AMQP, Erlang distribution and epmd.
  export ERL_EPMD_ADDRESS=127.0.0.1
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' \
    rabbitmq-server -detached >"$logs/rabbitmq-start.log" 2>&1 || true
  # await_startup fails at once until the node has registered, so poll it.
  for _ in $(seq 1 90); do
    rabbitmqctl -q await_startup >/dev/null 2>&1 && port_open 5672 && { say "RabbitMQ is up"; return; }
    sleep 1
  done
  say "RabbitMQ did not start; see /var/log/rabbitmq and $logs/rabbitmq-start.log"; exit 1
}

ensure_maildev() {
  if port_open 1025 && port_open 1080; then say "MailDev already listening on 127.0.0.1:1025/1080"; return; fi
  if [[ ! -x "$tools/node_modules/.bin/maildev" ]]; then
    say "installing maildev 3 (npm)"
    npm install --prefix "$tools" --no-audit --no-fund --silent maildev@3 >"$logs/npm-maildev.log" 2>&1
  fi
  say "starting MailDev (SMTP 127.0.0.1:1025, API 127.0.0.1:1080)"
  nohup "$tools/node_modules/.bin/maildev" --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp 1025 --web 1080 --silent \
    >"$logs/maildev.log" 2>&1 &
  for _ in $(seq 1 60); do port_open 1025 && port_open 1080 && return; sleep 0.5; done
  say "MailDev did not start; see $logs/maildev.log"; exit 1
}

ensure_compose() {
  # Debian's docker-compose parses and validates compose files without a Docker engine.
  command -v docker-compose >/dev/null 2>&1 && return
  say "installing docker-compose (Debian package, used offline to validate docker-compose.yml)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >"$logs/apt-compose.log" 2>&1
}

ensure_rabbitmq
ensure_maildev
ensure_compose

set +e
dotnet test "$root/SalesOpsAr.Worker.sln" --nologo "$@" 2>&1 | tee "$logs/dotnet-test.log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 108, Skipped: 0, Total: 108").
read -r passed failed < <(grep -E '^(Passed|Failed)!' "$logs/dotnet-test.log" \
  | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\2 \1/' \
  | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi # the build or a test host failed before counting
echo "tests: $passed passed, $failed failed"
exit "$status"
