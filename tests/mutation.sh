#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local tool in dotnet-tools.json) over the code whose tests must be able
# to fail: the rules (Workflow), the GitLab client, the webhook receiver, and (#22) the assistant's rules, the
# history rules, setup's plan, the assistant's writer, the status page and the setup command. Not part of
# ./tests/run.sh: a full run takes over an hour on two cores. Reports land in .test-services/mutation/<target>/reports.
#   ./tests/mutation.sh                      # every target
#   ./tests/mutation.sh assisting-rules      # some of them (names below)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
tools="$root/.tools"
logs="$root/.test-services"
mkdir -p "$tools" "$logs"
export SALESOPSAR_TEST_RABBITMQ_URI=${SALESOPSAR_TEST_RABBITMQ_URI:-amqp://guest:guest@127.0.0.1:5672/}
export SALESOPSAR_TEST_SMTP=${SALESOPSAR_TEST_SMTP:-127.0.0.1:1025}
export SALESOPSAR_TEST_MAILDEV_API=${SALESOPSAR_TEST_MAILDEV_API:-http://127.0.0.1:1080}
dotnet tool restore >/dev/null

targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(workflow gitlab receiving assisting-rules history setup-rules provisioning-rules assisting status setup-command)
for target in "${targets[@]}"; do
  case "$target" in
    workflow|assisting-rules|history|setup-rules|provisioning-rules) tests=SalesOpsAr.Workflow.Tests ;;
    gitlab) tests=SalesOpsAr.GitLab.Tests ;;
    receiving|assisting|status|setup-command)
      tests=SalesOpsAr.Worker.Tests
      # shellcheck source=tests/services.sh
      source "$root/tests/services.sh"
      ensure_rabbitmq
      ensure_maildev
      ensure_browser_and_prometheus ;; # the status page is also tested in Chromium
    *) echo "unknown target '$target': workflow, gitlab, receiving, assisting-rules, history, setup-rules, provisioning-rules, assisting, status or setup-command" >&2; exit 2 ;;
  esac
  (cd "$root/tests/$tests" && dotnet stryker --config-file "../mutation/$target.json" --output "$logs/mutation/$target") \
    | grep -E "^(Killed|Survived|Timeout|Errors):|final mutation score" | sed "s/^/[$target] /"
done
