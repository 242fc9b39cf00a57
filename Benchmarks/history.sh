#!/usr/bin/env bash
# History benchmark (DESIGN §5): `runde history list --format csv` over 10,000 logs must take
# ≤ 0.5 s, be faster than `jq -c . <the same files>`, and stay under 60 MB max RSS.
# Usage: Benchmarks/history.sh [COUNT]   (default 10000). Exits non-zero when a bar is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-10000}"
BAR_S=0.5
BAR_RSS_KB=$((60 * 1024))
RUNS=5

command -v jq >/dev/null || { echo "history.sh: jq is needed for the comparison" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "history.sh: /usr/bin/time (GNU time) is needed for max RSS" >&2; exit 2; }

echo "== building release"
swift build -c release --product runde >/dev/null
BIN="$(swift build -c release --show-bin-path)/runde"

DATA="$(mktemp -d "${TMPDIR:-/tmp}/runde-history-bench.XXXXXX")"
trap 'rm -rf "$DATA"' EXIT
echo "== generating $COUNT logs in $DATA"
"$BIN" --data-dir "$DATA" history _generate-logs --count "$COUNT" --group bench >/dev/null
LOGS="$DATA/groups/bench/logs"
FILES=("$LOGS"/*.json)
# Warm the page cache for everyone alike: all three read the same files from memory.
cat "${FILES[@]}" >/dev/null

now() { date +%s.%N; }
# median of the wall times of RUNS runs of a command (setup runs before each, untimed)
median_time() {
    local setup="$1"; shift
    local times=()
    for _ in $(seq "$RUNS"); do
        eval "$setup"
        local t0 t1
        t0=$(now); "$@" >/dev/null; t1=$(now)
        times+=("$(echo "$t1 - $t0" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'
}
max_rss_kb() {
    local setup="$1"; shift
    eval "$setup"
    /usr/bin/time -f "%M" -o "$DATA/rss" "$@" >/dev/null
    cat "$DATA/rss"
}

LIST=("$BIN" --data-dir "$DATA" history list --format csv)
COLD_SETUP='rm -f "$LOGS/.index.json"'
WARM_SETUP='"${LIST[@]}" >/dev/null'

if command -v hyperfine >/dev/null; then
    echo "== hyperfine"
    hyperfine --warmup 1 --runs "$RUNS" -N \
        --prepare "rm -f $LOGS/.index.json" "${LIST[*]}" \
        --command-name "jq -c" "sh -c 'jq -c . $LOGS/*.json >/dev/null'" || true
fi

echo "== timing ($RUNS runs each, median)"
cold=$(median_time "$COLD_SETUP" "${LIST[@]}")
warm=$(median_time "$WARM_SETUP" "${LIST[@]}")
jqt=$(median_time ":" jq -c . "${FILES[@]}")
cold_rss=$(max_rss_kb "$COLD_SETUP" "${LIST[@]}")
warm_rss=$(max_rss_kb "$WARM_SETUP" "${LIST[@]}")
jq_rss=$(max_rss_kb ":" jq -c . "${FILES[@]}")
rows=$("${LIST[@]}" | wc -l)

printf '\n%-40s %10s %12s\n' "command ($COUNT logs, $(nproc) cores)" "median s" "max RSS MB"
printf '%-40s %10s %12.1f\n' "runde history list --format csv (cold)" "$cold" "$(echo "$cold_rss/1024" | bc -l)"
printf '%-40s %10s %12.1f\n' "runde history list --format csv (warm)" "$warm" "$(echo "$warm_rss/1024" | bc -l)"
printf '%-40s %10s %12.1f\n' "jq -c . logs/*.json" "$jqt" "$(echo "$jq_rss/1024" | bc -l)"
echo "csv lines: $rows (header + $((rows - 1)) meetings)"

fail=0
check() { if [ "$1" = 1 ]; then echo "ok    $2"; else echo "MISS  $2"; fail=1; fi; }
check "$(echo "$cold <= $BAR_S" | bc -l)" "cold ≤ ${BAR_S}s ($cold s)"
check "$(echo "$warm <= $BAR_S" | bc -l)" "warm ≤ ${BAR_S}s ($warm s)"
check "$(echo "$cold < $jqt" | bc -l)" "cold faster than jq ($cold s < $jqt s)"
check "$(echo "$warm < $jqt" | bc -l)" "warm faster than jq ($warm s < $jqt s)"
check "$([ "$cold_rss" -lt "$BAR_RSS_KB" ] && echo 1 || echo 0)" "cold RSS < 60 MB ($((cold_rss / 1024)) MB)"
check "$([ "$warm_rss" -lt "$BAR_RSS_KB" ] && echo 1 || echo 0)" "warm RSS < 60 MB ($((warm_rss / 1024)) MB)"
check "$([ "$rows" -eq $((COUNT + 1)) ] && echo 1 || echo 0)" "every log listed"
exit $fail
