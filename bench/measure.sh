# Shared by the benchmark scripts (sourced, not run): stages, results and GNU time figures.
# Expects $stages (comma-separated), $results (the results file) and $work (the work DIR).

has_stage() { [[ ",$stages," == *",$1,"* ]]; }
record() { echo "$1=$2" | tee -a "$results"; }
# GNU time -v: wall seconds and peak RSS (MB) of a command, into $work/$1.time
timed() {
    local name="$1"; shift
    /usr/bin/time -v -o "$work/$name.time" "$@"
}
peak_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/$1.time"; }
cpu_s() { awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$work/$1.time"; }
wall_s() {
    awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.1f", s}' "$work/$1.time"
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
