#!/usr/bin/env bash
# clickhouse.sh start|stop|env|status — a local clickhouse-server for docpipe.
#
# Runs Debian's clickhouse-server (installed with apt-get when missing) from a
# config of our own in a state directory ($DOCPIPE_RUN_DIR, default
# ./.run/clickhouse): loopback only, free ports, data and logs in the state
# directory, a passwordless "default" user. Debian's packaged config writes
# under /var/lib and /var/log and listens on fixed ports; we touch neither.
# Idempotent: start on a running server and stop on a stopped one do nothing.
#
#   scripts/clickhouse.sh start
#   eval "$(scripts/clickhouse.sh env)"   # exports DOCPIPE_CLICKHOUSE_DSN
#   scripts/clickhouse.sh stop
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"

# Without DOCPIPE_RUN_DIR, status/env/stop also find the server of
# scripts/demo (.run/demo) when none runs from ./.run.
if [ -z "${DOCPIPE_RUN_DIR:-}" ] && [ "${1:-}" != start ] && ! [ -f "./.run/clickhouse/clickhouse-server.pid" ] &&
	[ -f "$HERE/../.run/demo/clickhouse/clickhouse-server.pid" ]; then
	DOCPIPE_RUN_DIR="$HERE/../.run/demo"
fi

# Absolute: the config written below names its paths, and the server's
# working directory is not ours.
DIR="$(realpath -m "${DOCPIPE_RUN_DIR:-./.run}/clickhouse")"
PIDFILE="$DIR/clickhouse-server.pid"
PORTS="$DIR/ports"
DB="${DOCPIPE_CLICKHOUSE_DB:-docpipe}"

server_bin() {
	for b in "${DOCPIPE_CLICKHOUSE_SERVER:-}" "$(command -v clickhouse-server 2>/dev/null || true)" /usr/sbin/clickhouse-server /usr/bin/clickhouse-server; do
		if [ -n "$b" ] && [ -x "$b" ]; then
			echo "$b"
			return 0
		fi
	done
	return 1
}

install() {
	if server_bin >/dev/null && command -v clickhouse-client >/dev/null; then
		return 0
	fi
	echo "clickhouse.sh: installing clickhouse-server and clickhouse-client" >&2
	local sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q clickhouse-server clickhouse-client
	# Debian's package may start its own service on the default ports; ours
	# does not need it, but we leave it alone rather than stop someone's server.
}

running() {
	[ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null ||
		shuf -i 20000-60000 -n 1
}

load_ports() {
	# shellcheck disable=SC1090
	[ -f "$PORTS" ] && . "$PORTS"
	TCP_PORT="${TCP_PORT:-}"
	HTTP_PORT="${HTTP_PORT:-}"
}

write_config() {
	mkdir -p "$DIR/data" "$DIR/tmp" "$DIR/user_files" "$DIR/format_schemas" "$DIR/log"
	# The templates are shared with internal/testenv (the tests' servers).
	sed -e "s#{{dir}}#$DIR#g" -e "s#{{tcp}}#$TCP_PORT#g" -e "s#{{http}}#$HTTP_PORT#g" \
		"$HERE/clickhouse/config.xml" >"$DIR/config.xml"
	cp "$HERE/clickhouse/users.xml" "$DIR/users.xml"
}

answers() {
	clickhouse-client --host 127.0.0.1 --port "$TCP_PORT" --query 'SELECT 1' >/dev/null 2>&1
}

start() {
	install
	load_ports
	if running; then
		echo "clickhouse.sh: already running (pid $(cat "$PIDFILE"), tcp $TCP_PORT)" >&2
		return 0
	fi
	# Keep the ports of an earlier run (DSNs in shells stay valid) unless
	# something else took them meanwhile.
	if [ -z "$TCP_PORT" ] || (exec 3<>"/dev/tcp/127.0.0.1/$TCP_PORT") 2>/dev/null; then
		TCP_PORT="$(free_port)"
	fi
	if [ -z "$HTTP_PORT" ] || (exec 3<>"/dev/tcp/127.0.0.1/$HTTP_PORT") 2>/dev/null; then
		HTTP_PORT="$(free_port)"
	fi
	mkdir -p "$DIR"
	printf 'TCP_PORT=%s\nHTTP_PORT=%s\n' "$TCP_PORT" "$HTTP_PORT" >"$PORTS"
	write_config
	local bin
	bin="$(server_bin)"
	nohup "$bin" --config-file="$DIR/config.xml" >>"$DIR/log/stdout.log" 2>&1 &
	echo $! >"$PIDFILE"
	for _ in $(seq 1 300); do
		if answers; then
			clickhouse-client --host 127.0.0.1 --port "$TCP_PORT" --query "CREATE DATABASE IF NOT EXISTS $DB"
			echo "clickhouse.sh: clickhouse-server pid $(cat "$PIDFILE") on 127.0.0.1:$TCP_PORT (http $HTTP_PORT), data in $DIR" >&2
			return 0
		fi
		if ! running; then
			echo "clickhouse.sh: clickhouse-server exited; log follows" >&2
			tail -n 30 "$DIR/log/stdout.log" "$DIR/log/clickhouse-server.err.log" >&2 2>/dev/null || true
			rm -f "$PIDFILE"
			return 1
		fi
		sleep 0.2
	done
	echo "clickhouse.sh: clickhouse-server did not answer within 60 s" >&2
	return 1
}

stop() {
	if ! running; then
		rm -f "$PIDFILE"
		echo "clickhouse.sh: not running" >&2
		return 0
	fi
	local pid
	pid="$(cat "$PIDFILE")"
	kill -TERM "$pid"
	for _ in $(seq 1 150); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		echo "clickhouse.sh: pid $pid ignored SIGTERM for 15 s; killing" >&2
		kill -KILL "$pid" 2>/dev/null || true
	fi
	rm -f "$PIDFILE"
	echo "clickhouse.sh: stopped pid $pid" >&2
}

env_() {
	load_ports
	if ! running || [ -z "$TCP_PORT" ]; then
		echo "clickhouse.sh: not running (scripts/clickhouse.sh start)" >&2
		return 1
	fi
	echo "export DOCPIPE_CLICKHOUSE_DSN=clickhouse://default@127.0.0.1:$TCP_PORT/$DB"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
env) env_ ;;
status)
	load_ports
	if running; then echo "running pid $(cat "$PIDFILE") tcp $TCP_PORT http $HTTP_PORT"; else echo "stopped"; exit 1; fi
	;;
*)
	echo "usage: $0 start|stop|env|status" >&2
	exit 2
	;;
esac
