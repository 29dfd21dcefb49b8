#!/usr/bin/env bash
# redis.sh start|stop|env|status [cluster] — a local redis-server for docpipe.
#
# Starts Debian's redis-server (installed when missing) on a free loopback
# port, with its data, AOF and log in a state directory ($DOCPIPE_RUN_DIR,
# default ./.run/redis). With "cluster", starts three masters with cluster
# mode on and joins them. Idempotent.
#
#   scripts/redis.sh start           # one server
#   scripts/redis.sh start cluster   # a 3-master Redis Cluster
#   eval "$(scripts/redis.sh env)"   # exports DOCPIPE_REDIS_URL
#   scripts/redis.sh stop
#
# stop; start keeps the port (and a cluster's node ids), so running
# consumers and exported DOCPIPE_REDIS_URLs stay valid; a new port is picked
# only when something else took the old one. Without DOCPIPE_RUN_DIR,
# status/env/stop also find the servers of scripts/demo (.run/demo).
set -euo pipefail

mode="${2:-single}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ -z "${DOCPIPE_RUN_DIR:-}" ] && [ "${1:-}" != start ] && ! [ -f "./.run/redis-$mode/1.pid" ] &&
	[ -f "$here/../.run/demo/redis-$mode/1.pid" ]; then
	DOCPIPE_RUN_DIR="$here/../.run/demo"
fi
DIR="${DOCPIPE_RUN_DIR:-./.run}/redis-$mode"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"

# port_free PORT: nothing listens on it.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# node_port FILE: the port recorded in FILE while it is free, else a new one.
node_port() {
	local f="$1"
	if [ -s "$f" ] && port_free "$(cat "$f")"; then
		cat "$f"
	else
		free_port
	fi
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null ||
		shuf -i 20000-60000 -n 1
}

nodes() { [ "$mode" = cluster ] && echo 1 2 3 || echo 1; }

running() {
	for n in $(nodes); do
		[ -f "$DIR/$n.pid" ] && kill -0 "$(cat "$DIR/$n.pid")" 2>/dev/null || return 1
	done
}

addrs() {
	local out=()
	for n in $(nodes); do out+=("127.0.0.1:$(cat "$DIR/$n.port")"); done
	local IFS=,
	echo "${out[*]}"
}

start() {
	command -v redis-server >/dev/null && command -v redis-cli >/dev/null || "$here/install-deps"
	if running; then
		return 0
	fi
	for n in $(nodes); do
		port=$(node_port "$DIR/$n.port")
		echo "$port" >"$DIR/$n.port"
		mkdir -p "$DIR/$n"
		extra=()
		if [ "$mode" = cluster ]; then
			# The bus port is kept too: the other nodes' nodes.conf names it.
			cport=$(node_port "$DIR/$n.cport")
			echo "$cport" >"$DIR/$n.cport"
			extra=(--cluster-enabled yes --cluster-config-file "$DIR/$n/nodes.conf" --cluster-node-timeout 5000 --cluster-port "$cport")
		fi
		# AOF with fsync every second: what docs/operations.md recommends.
		redis-server --port "$port" --bind 127.0.0.1 --dir "$DIR/$n" --appendonly yes --appendfsync everysec \
			--save "" --maxmemory-policy noeviction --daemonize yes --pidfile "$DIR/$n.pid" \
			--logfile "$DIR/$n/redis.log" "${extra[@]}"
	done
	for n in $(nodes); do
		for _ in $(seq 100); do
			redis-cli -p "$(cat "$DIR/$n.port")" ping >/dev/null 2>&1 && break
			sleep 0.1
		done
	done
	if [ "$mode" = cluster ] && redis-cli -p "$(cat "$DIR/1.port")" cluster info | grep -q '^cluster_slots_assigned:0'; then
		# A new cluster; a restarted one (same ports, nodes.conf kept)
		# already has its slots and only waits for cluster_state:ok below.
		# shellcheck disable=SC2046
		redis-cli --cluster create $(addrs | tr , ' ') --cluster-replicas 0 --cluster-yes >/dev/null
	fi
	if [ "$mode" = cluster ]; then
		for _ in $(seq 100); do
			redis-cli -p "$(cat "$DIR/1.port")" cluster info | grep -q cluster_state:ok && break
			sleep 0.2
		done
	fi
	echo "redis ($mode) at $(addrs)" >&2
}

stop() {
	for n in $(nodes); do
		if [ -f "$DIR/$n.pid" ]; then
			pid="$(cat "$DIR/$n.pid")"
			kill "$pid" 2>/dev/null || true
			# Wait for it to exit, so that a start right after finds the
			# port free and keeps it.
			for _ in $(seq 100); do
				kill -0 "$pid" 2>/dev/null || break
				sleep 0.1
			done
			rm -f "$DIR/$n.pid"
		fi
	done
}

env_() {
	running || { echo "redis.sh: not running; run scripts/redis.sh start $mode" >&2; exit 1; }
	if [ "$mode" = cluster ]; then
		echo "export DOCPIPE_REDIS_URL=$(addrs)"
	else
		echo "export DOCPIPE_REDIS_URL=redis://$(addrs)"
	fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
env) env_ ;;
status) running && echo "running at $(addrs)" || { echo stopped; exit 1; } ;;
*) echo "usage: $0 start|stop|env|status [cluster]" >&2; exit 2 ;;
esac
