# Sourced by tests/run.sh and tests/bench.sh: starts the real services on loopback, installing them when
# missing (apt-get needs root). Expects $logs and $tools to be set. They stay running after the tests.
#   tests/services.sh start   # start them (installing when missing) without running tests
#   tests/services.sh stop    # stop RabbitMQ, epmd and MailDev
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
  # An epmd left by the package (or an earlier node) may listen on every interface: ours must be on loopback.
  if epmd_exposed; then
    say "stopping an epmd that listens beyond loopback"
    epmd -kill >/dev/null 2>&1 || pkill -x epmd || true
    sleep 1
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

# True when something listens on epmd's port (4369) on an address that is not loopback.
epmd_exposed() {
  command -v ss >/dev/null 2>&1 || return 1
  ss -ltnH 'sport = :4369' 2>/dev/null | awk '{print $4}' | grep -vqE '^(127\.0\.0\.1|\[::1\]):4369$'
}

stop_services() {
  say "stopping RabbitMQ, epmd and MailDev"
  rabbitmqctl -q stop >/dev/null 2>&1 || true
  epmd -kill >/dev/null 2>&1 || true
  pkill -f 'maildev --ip 127.0.0.1' >/dev/null 2>&1 || true
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

# Run as a command (not sourced): start or stop the services.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  tools="$root/.tools"
  logs="$root/.test-services"
  mkdir -p "$tools" "$logs"
  case "${1:-}" in
    start) ensure_rabbitmq; ensure_maildev ;;
    stop) stop_services ;;
    *) echo "usage: tests/services.sh start|stop" >&2; exit 2 ;;
  esac
fi
