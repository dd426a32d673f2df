# Sourced by tests/run.sh and tests/bench.sh: starts the real services on loopback, installing them when
# missing (apt-get needs root). Expects $logs and $tools to be set. They stay running after the tests.
#   tests/services.sh start   # start them (installing when missing) without running tests
#   tests/services.sh stop    # stop the RabbitMQ, epmd and MailDev this script started (by the PIDs it recorded)
say() { printf '[tests/run %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

port_open() { timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# Every helper has a deadline: a CI run must end with its "tests:" line, never hang on a service.
# The node is named rabbit@localhost so that nothing depends on the machine's hostname resolving.
export RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost}
export ERL_EPMD_ADDRESS=127.0.0.1

apt_install() { # package, log name, [apt options]
  say "installing $1 (Debian package)"
  timeout 600 apt-get update -qq >/dev/null 2>&1 || say "apt-get update failed or timed out; trying the install anyway"
  # policy-rc.d keeps the package's own service from starting: ours is started below, on loopback.
  local policy=/usr/sbin/policy-rc.d added=
  if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added=1; fi
  DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=l timeout 900 apt-get install -y -qq ${3:-} "$1" \
    >"$logs/apt-$2.log" 2>&1 </dev/null
  local status=$?
  [[ -n $added ]] && rm -f "$policy"
  if [[ $status -ne 0 ]]; then say "installing $1 failed (exit $status); the end of $logs/apt-$2.log:"; tail -n 20 "$logs/apt-$2.log" >&2; exit 1; fi
}

rabbitmq_diagnostics() {
  say "RabbitMQ did not start within its deadline; what it printed:"
  tail -n 20 "$logs/rabbitmq-start.log" >&2 2>/dev/null || true
  local log
  for log in /var/log/rabbitmq/"${RABBITMQ_NODENAME}".log; do [[ -f $log ]] && tail -n 30 "$log" >&2; done
  ss -ltnp 2>/dev/null | grep -E ':(5672|4369|25672) ' >&2 || true
}

ensure_rabbitmq() {
  if port_open 5672; then say "RabbitMQ already listening on 127.0.0.1:5672"; return; fi
  command -v rabbitmq-server >/dev/null 2>&1 || apt_install rabbitmq-server rabbitmq
  # An epmd left by the package (or an earlier node) may listen on every interface: ours must be on loopback.
  if epmd_exposed; then
    # Not ours (this script starts epmd on loopback only): someone else's, left alone; our node only registers with it.
    say "an epmd this script did not start listens beyond loopback (PID $(listener_pid 4369)); left alone"
  fi
  say "starting RabbitMQ $RABBITMQ_NODENAME on 127.0.0.1:5672"
  local epmd_before=; port_open 4369 && epmd_before=1
  # Loopback only: AMQP, Erlang distribution and epmd.
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' \
    timeout 60 rabbitmq-server -detached >"$logs/rabbitmq-start.log" 2>&1 </dev/null || true
  # await_startup fails at once until the node has registered, so poll it, each call bounded.
  local deadline=$((SECONDS + 180))
  while ((SECONDS < deadline)); do
    if timeout 20 rabbitmqctl -q await_startup --timeout 10 >/dev/null 2>&1 && port_open 5672; then
      # Recorded for `stop`: the node this script started (nothing listened on 5672 before it), and the epmd it
      # started when none ran before.
      listener_pid 5672 >"$logs/rabbitmq.pid"
      [[ -z $epmd_before ]] && listener_pid 4369 >"$logs/epmd.pid"
      say "RabbitMQ is up"; return
    fi
    sleep 1
  done
  rabbitmq_diagnostics; exit 1
}

# True when something listens on epmd's port (4369) on an address that is not loopback.
epmd_exposed() {
  command -v ss >/dev/null 2>&1 || return 1
  ss -ltnH 'sport = :4369' 2>/dev/null | awk '{print $4}' | grep -vqE '^(127\.0\.0\.1|\[::1\]):4369$'
}

# The PID of the process listening on a loopback port (empty when none, or when ss cannot tell).
listener_pid() {
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n 1
}

# Stops the process whose PID this script recorded in $logs/<name>.pid, if it still runs and is what it was:
# never a process found by its name, which on a shared machine may be someone else's.
stop_recorded() { # name, word its command line must hold
  local file="$logs/$1.pid" pid
  [[ -f $file ]] || { say "$1: not started by this script; left alone"; return; }
  pid=$(tr -dc '0-9' <"$file")
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"; then
    say "stopping $1 (PID $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { say "$1 (PID $pid) did not stop within 30 s; killing it"; kill -KILL "$pid" 2>/dev/null || true; }
  else
    say "$1: PID ${pid:-?} is gone or is no longer $1; nothing to stop"
  fi
  rm -f "$file"
}

stop_services() {
  stop_recorded maildev maildev
  stop_recorded rabbitmq beam
  stop_recorded epmd epmd
}

ensure_maildev() {
  if port_open 1025 && port_open 1080; then say "MailDev already listening on 127.0.0.1:1025/1080"; return; fi
  if [[ ! -x "$tools/node_modules/.bin/maildev" ]]; then
    say "installing maildev 3 (npm)"
    timeout 600 npm install --prefix "$tools" --no-audit --no-fund --silent maildev@3 >"$logs/npm-maildev.log" 2>&1 \
      || { say "installing maildev failed; the end of $logs/npm-maildev.log:"; tail -n 20 "$logs/npm-maildev.log" >&2; exit 1; }
  fi
  say "starting MailDev (SMTP 127.0.0.1:1025, API 127.0.0.1:1080)"
  nohup "$tools/node_modules/.bin/maildev" --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp 1025 --web 1080 --silent \
    >"$logs/maildev.log" 2>&1 &
  echo $! >"$logs/maildev.pid"
  for _ in $(seq 1 60); do port_open 1025 && port_open 1080 && return; sleep 0.5; done
  say "MailDev did not start; the end of $logs/maildev.log:"; tail -n 20 "$logs/maildev.log" >&2; exit 1
}

# Headless Chromium (the status page as a browser shows it) and Prometheus (promtool and a real scraper for the
# dashboard's and the alerts' PromQL); neither runs as a service.
ensure_browser_and_prometheus() {
  [[ -x /usr/bin/chromium ]] || apt_install chromium chromium --no-install-recommends
  command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || apt_install prometheus prometheus --no-install-recommends
}

ensure_compose() {
  # Debian's docker-compose parses and validates compose files without a Docker engine.
  command -v docker-compose >/dev/null 2>&1 && return
  apt_install docker-compose compose # used offline to validate docker-compose.yml
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
