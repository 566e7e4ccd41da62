#!/usr/bin/env bash
# A real Tiny Tiny RSS (Debian's tt-rss 21, API level 15) on loopback, for the sync tests
# and benchmarks. Needs root. Debian packages only; installs only what is missing.
#
#   scripts/ttrss.sh start             install if needed, initialise, start; prints the API URL
#   scripts/ttrss.sh stop              stop nginx, php-fpm and PostgreSQL started by start
#   scripts/ttrss.sh status            exit 0 and print the API URL when the API answers
#   scripts/ttrss.sh env               KEY=VALUE lines for tests (API, feeds folder, test user)
#   scripts/ttrss.sh user NAME PASS [--no-api]   create or reset a user (no feeds, no labels)
#   scripts/ttrss.sh label NAME CAPTION          create a label (the API cannot)
#   scripts/ttrss.sh api NAME on|off             switch a user's API access
#   scripts/ttrss.sh update            fetch all subscribed feeds now (update.php, as www-data)
#   scripts/ttrss.sh sql "SQL"         run SQL on the tt-rss database (tests prepare data)
#
# Test feeds: files in $FEEDS_DIR are served on 127.0.0.1:80; tt-rss only accepts them as
# http://[::ffff:127.0.0.1]/NAME.xml (it refuses loopback names and other ports).
# See ../shared/docs/platform.md, "Tiny Tiny RSS from Debian", for why each step is here.
set -euo pipefail

STATE=/var/lib/warta-ttrss            # our nginx/php-fpm configs, pids and logs
FEEDS_DIR=$STATE/feeds
WWW=/usr/share/tt-rss/www
PORT=80                               # tt-rss only fetches feeds from 80/443
API_URL="http://127.0.0.1/tt-rss/api/"
DB=ttrss
DB_USER=ttrss
DB_PASS=ttrss-loopback
PG_VERSION=15
PG_CLUSTER=main
TEST_USER=warta
TEST_PASS=warta-sync-test
PHP_FPM=php-fpm8.2

log() { echo "ttrss.sh: $*" >&2; }
[ "$(id -u)" -eq 0 ] || { log "needs root"; exit 1; }

packages=(tt-rss php8.2-fpm php8.2-cgi php8.2-pgsql php8.2-curl php8.2-intl php8.2-mbstring
          php8.2-xml php8.2-gd postgresql-15 nginx curl)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    if [ "$p" = nginx ] && command -v nginx >/dev/null; then continue; fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing: ${missing[*]}"
  # We create the database ourselves; the package's dbconfig run would need a live server.
  echo "tt-rss tt-rss/dbconfig-install boolean false" | debconf-set-selections
  # Package scripts must not start servers (they would listen on all interfaces).
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  # Update the lists only when apt cannot see the package (fresh CI images have none).
  if ! apt-cache show tt-rss >/dev/null 2>&1 || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then
    apt-get update -qq
  fi
  # "-" excludes Apache: tt-rss depends on libapache2-mod-php | php-cgi, php-cgi satisfies it.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" libapache2-mod-php8.2- apache2- >/dev/null
  [ $made_policy -eq 1 ] && rm -f /usr/sbin/policy-rc.d
  return 0
}

pg_running() { pg_lsclusters -h 2>/dev/null | awk -v v=$PG_VERSION -v c=$PG_CLUSTER '$1==v && $2==c {print $4}' | grep -q online; }

start_postgres() {
  [ -d /etc/postgresql/$PG_VERSION/$PG_CLUSTER ] || pg_createcluster $PG_VERSION $PG_CLUSTER >/dev/null
  # Loopback only, whatever the cluster's defaults are.
  mkdir -p /etc/postgresql/$PG_VERSION/$PG_CLUSTER/conf.d
  echo "listen_addresses = '127.0.0.1'" >/etc/postgresql/$PG_VERSION/$PG_CLUSTER/conf.d/warta-ttrss.conf
  pg_running || pg_ctlcluster $PG_VERSION $PG_CLUSTER start
}

psql_admin() { runuser -u postgres -- psql -qtAX -v ON_ERROR_STOP=1 "$@"; }
psql_ttrss() { PGOPTIONS="-c client_min_messages=warning" PGPASSWORD=$DB_PASS psql -qtAX -v ON_ERROR_STOP=1 -h 127.0.0.1 -U $DB_USER $DB "$@"; }

init_database() {
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]; then
    psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS'"
  fi
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE $DB OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0"
  fi
  if [ "$(psql_ttrss -c "SELECT count(*) FROM pg_tables WHERE tablename = 'ttrss_version'")" = 0 ]; then
    log "creating the tt-rss schema"
    psql_ttrss -f /usr/share/dbconfig-common/data/tt-rss/install/pgsql >/dev/null
  fi
}

configure_ttrss() {
  # The package leaves the database settings empty and SELF_URL_PATH as a placeholder.
  # LOG_DESTINATION '': PHP 8.2 warnings go to php-fpm's log file; 'sql' would insert a row
  # with a backtrace per warning, dozens per API call, and made each call take ~0.4 s.
  cat >/etc/tt-rss/database.php <<EOF
<?php
\$dbuser='$DB_USER';
\$dbpass='$DB_PASS';
\$basepath='';
\$dbname='$DB';
\$dbserver='127.0.0.1';
\$dbport='5432';
\$dbtype='pgsql';
EOF
  chown root:www-data /etc/tt-rss/database.php
  chmod 0640 /etc/tt-rss/database.php
  sed -i -e "s|define('SELF_URL_PATH', *'[^']*');|define('SELF_URL_PATH', 'http://127.0.0.1/tt-rss/');|" \
         -e "s|define('LOG_DESTINATION', *'[^']*');|define('LOG_DESTINATION', '');|" \
         -e "s|define('CHECK_FOR_UPDATES', *true);|define('CHECK_FOR_UPDATES', false);|" /etc/tt-rss/config.php
  chown -R www-data:www-data /var/lib/tt-rss /var/cache/tt-rss/*
}

write_server_configs() {
  mkdir -p "$STATE/logs" "$FEEDS_DIR"
  chown www-data:www-data "$STATE/logs"
  # Our own php-fpm master and pool (Debian's stay untouched). PHP 8.2 warns a lot about
  # this 2021 code: without a log file the warnings go into the FastCGI stream -> 502.
  cat >"$STATE/php-fpm.conf" <<EOF
[global]
pid = $STATE/php-fpm.pid
error_log = $STATE/logs/php-fpm.log
[ttrss]
user = www-data
group = www-data
listen = $STATE/php-fpm.sock
listen.owner = www-data
listen.group = www-data
pm = static
pm.max_children = 4
php_admin_flag[log_errors] = on
php_admin_flag[display_errors] = off
php_admin_value[error_log] = $STATE/logs/php-errors.log
EOF
  cat >"$STATE/nginx.conf" <<EOF
user www-data;
worker_processes 1;
pid $STATE/nginx.pid;
error_log $STATE/logs/nginx-error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log $STATE/logs/nginx-access.log;
  client_body_temp_path $STATE/tmp;
  fastcgi_temp_path $STATE/tmp;
  proxy_temp_path $STATE/tmp;
  scgi_temp_path $STATE/tmp;
  uwsgi_temp_path $STATE/tmp;
  server {
    listen 127.0.0.1:$PORT;
    server_name _;
    root $FEEDS_DIR;
    location /tt-rss/ {
      alias $WWW/;
      index index.php;
      location ~ ^/tt-rss/(.+\.php)(/.*)?\$ {
        alias $WWW/\$1;
        include /etc/nginx/fastcgi_params;
        fastcgi_param SCRIPT_FILENAME $WWW/\$1;
        fastcgi_param HTTP_HOST \$host:\$server_port;
        fastcgi_pass unix:$STATE/php-fpm.sock;
      }
      location /tt-rss/api/ { try_files \$uri /tt-rss/api/index.php; }
    }
  }
}
EOF
  mkdir -p "$STATE/tmp"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

api_answers() {
  curl -sf -m 5 -d '{"op":"getApiLevel"}' "$API_URL" 2>/dev/null | grep -q '"status"'
}

# update.php only fetches feeds of users with a DEFAULT_UPDATE_INTERVAL preference (tt-rss
# writes the defaults at first login) who logged in within a month: set both here.
ensure_user() { # NAME PASS [--no-api]
  local name=$1 pass=$2 api=true
  [ "${3:-}" = --no-api ] && api=false
  local salt
  salt=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  psql_ttrss <<EOF
DELETE FROM ttrss_users WHERE login = '$name';
INSERT INTO ttrss_users (login, pwd_hash, salt, access_level, created, last_login)
  VALUES ('$name', 'MODE2:' || encode(sha256(convert_to('$salt' || '$pass', 'UTF8')), 'hex'), '$salt', 0, NOW(), NOW());
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
  SELECT id, 'ENABLE_API_ACCESS', NULL, '$api' FROM ttrss_users WHERE login = '$name';
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
  SELECT id, 'DEFAULT_UPDATE_INTERVAL', NULL, '30' FROM ttrss_users WHERE login = '$name';
EOF
}

set_api() { # NAME on|off
  local v=false; [ "$2" = on ] && v=true
  psql_ttrss <<EOF
DELETE FROM ttrss_user_prefs WHERE pref_name = 'ENABLE_API_ACCESS'
  AND owner_uid = (SELECT id FROM ttrss_users WHERE login = '$1');
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
  SELECT id, 'ENABLE_API_ACCESS', NULL, '$v' FROM ttrss_users WHERE login = '$1';
EOF
}

start() {
  install_packages
  start_postgres
  init_database
  configure_ttrss
  write_server_configs
  pid_alive "$STATE/php-fpm.pid" || $PHP_FPM --fpm-config "$STATE/php-fpm.conf"
  if pid_alive "$STATE/nginx.pid"; then nginx -c "$STATE/nginx.conf" -s reload 2>/dev/null
  else nginx -c "$STATE/nginx.conf" -g 'daemon on;' 2>"$STATE/logs/nginx-start.log" \
       || { log "nginx did not start (is 127.0.0.1:$PORT taken?): $(cat "$STATE/logs/nginx-start.log")"; exit 1; }
  fi
  for _ in $(seq 1 50); do api_answers && break; sleep 0.2; done
  api_answers || { log "the API does not answer at $API_URL (see $STATE/logs)"; exit 1; }
  [ "$(psql_ttrss -c "SELECT count(*) FROM ttrss_users WHERE login = '$TEST_USER'")" = 1 ] \
    || ensure_user $TEST_USER $TEST_PASS
  echo "$API_URL"
}

stop() {
  if pid_alive "$STATE/nginx.pid"; then nginx -c "$STATE/nginx.conf" -s quit; fi
  if pid_alive "$STATE/php-fpm.pid"; then kill "$(cat "$STATE/php-fpm.pid")"; fi
  if pg_running; then pg_ctlcluster $PG_VERSION $PG_CLUSTER stop -m fast; fi
  for _ in $(seq 1 50); do
    pid_alive "$STATE/nginx.pid" || pid_alive "$STATE/php-fpm.pid" || break
    sleep 0.1
  done
  return 0
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if api_answers; then echo "$API_URL"; else log "not running"; exit 1; fi ;;
  env) printf 'TTRSS_API=%s\nTTRSS_FEEDS_DIR=%s\nTTRSS_FEEDS_URL=%s\nTTRSS_USER=%s\nTTRSS_PASSWORD=%s\n' \
         "$API_URL" "$FEEDS_DIR" "http://[::ffff:127.0.0.1]/" $TEST_USER $TEST_PASS ;;
  user) ensure_user "$2" "$3" "${4:-}" ;;
  label) psql_ttrss -c "INSERT INTO ttrss_labels2 (owner_uid, caption) SELECT id, '$3' FROM ttrss_users WHERE login = '$2'" ;;
  api) set_api "$2" "$3" ;;
  update) # update.php only fetches feeds that are due: make them all due first. It refuses root.
    psql_ttrss -c "UPDATE ttrss_feeds SET last_updated = NULL, last_update_started = NULL"
    (cd "$WWW" && runuser -u www-data -- php update.php --feeds --quiet >>"$STATE/logs/update.log" 2>&1) ;;
  sql) psql_ttrss -c "$2" ;;
  *) echo "usage: $0 start|stop|status|env|user|label|api|update|sql" >&2; exit 2 ;;
esac
