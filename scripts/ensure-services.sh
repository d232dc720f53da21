#!/usr/bin/env bash
# Starts the local PostgreSQL and Redis the test suite talks to, if they are not running.
# (Machines of the python-svc kind have both installed; these are their start commands.)
set -euo pipefail

PGHOST_=${JOURNEYS_TEST_PGHOST:-127.0.0.1}
REDIS_PORT=${JOURNEYS_TEST_REDIS_PORT:-6379}

wait_for() { # name, command...
  local name=$1; shift
  for _ in $(seq 1 60); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "ensure-services: $name did not come up" >&2; return 1
}

if ! pg_isready -q -h "$PGHOST_" -p 5432 2>/dev/null; then
  echo "ensure-services: starting PostgreSQL"
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  else
    echo "ensure-services: PostgreSQL is not running on $PGHOST_:5432 and pg_ctlcluster is missing" >&2; exit 1
  fi
  wait_for PostgreSQL pg_isready -q -h "$PGHOST_" -p 5432
fi

if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
  echo "ensure-services: starting Redis"
  command -v redis-server >/dev/null 2>&1 || { echo "ensure-services: redis-server is not installed" >&2; exit 1; }
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_for Redis sh -c "redis-cli -h 127.0.0.1 -p $REDIS_PORT ping | grep -q PONG"
fi
echo "ensure-services: PostgreSQL and Redis are up"
