#!/usr/bin/env bash
# Installs and starts what `npm test` needs on a Debian (or Ubuntu) machine, as root or
# through sudo; .ci/run runs it too. What is already there and running is left as it is.
#
#   - Node.js >= 20.11.1 (checked; Debian 13's `nodejs` package is 20, Debian 12's is too old)
#   - PostgreSQL at 127.0.0.1:5432 with a database `test` that the user `postgres` reaches
#     without a password: loopback connections are set to `trust`. That suits a development or
#     CI machine only; on any other, point TEST_DATABASE_URL at a database of your own instead.
#   - Redis at 127.0.0.1:6379 (no persistence)
#   - Debian's chromium, for the GraphiQL browser test
#   - curl, for the README's examples
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
say() { echo "setup: $*" >&2; }

missing=()
command -v node >/dev/null || missing+=(nodejs npm)
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v curl >/dev/null || missing+=(curl)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! node -e 'const [a, b, c] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && (b > 11 || (b === 11 && c >= 1))) ? 0 : 1)'; then
  say "Node.js $(node -v) is too old: Newsgraph needs 20.11.1 or newer (Debian 13's nodejs package, or a Node.js 20 build)"
  exit 1
fi

# PostgreSQL: start the first cluster if nothing answers on 5432.
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
  if [ -z "$cluster" ]; then
    say "no PostgreSQL cluster; creating one"
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    as_root pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  say "starting PostgreSQL $cluster"
  # shellcheck disable=SC2086 # "version name", two arguments
  as_root pg_ctlcluster --skip-systemctl-redirect $cluster start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
psql_as_postgres() { as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"; }
if ! psql -X -h 127.0.0.1 -U postgres -d postgres -w -tAc 'SELECT 1' >/dev/null 2>&1; then
  hba=$(psql_as_postgres -tAc 'SHOW hba_file')
  say "letting loopback connections in without a password ($hba)"
  as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  psql_as_postgres -c 'SELECT pg_reload_conf()' >/dev/null
fi
if [ "$(psql -X -h 127.0.0.1 -U postgres -d postgres -w -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'")" != 1 ]; then
  say "creating the database test"
  psql -X -h 127.0.0.1 -U postgres -d postgres -w -q -c 'CREATE DATABASE test'
fi

# Redis: start one if nothing answers on 6379.
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  say "starting Redis"
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/newsgraph-test.log
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.2; done
fi

pg_isready -q -h 127.0.0.1 -p 5432 || { say "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { say "Redis does not answer on 127.0.0.1:6379"; exit 1; }
say "ready: node $(node -v), PostgreSQL (database test), Redis, chromium"
