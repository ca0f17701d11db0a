#!/usr/bin/env bash
# Footprint of the tray app beside the floor for any Java tray app (bench/FloorTray.java: one AWT tray
# icon, nothing else), on the same JVM, in one run:
#   start to tray icon  - from launching java to the marker line each prints once its icon is in the tray
#                         (median of 5 alternating starts)
#   resident memory     - VmRSS from /proc after the icons have sat idle for a while (75 s)
#   idle CPU            - user+system CPU seconds used in the 60 s before that, i.e. per minute
# Targets: start <= 1.5x the floor; RSS <= 1.3x the floor and <= 80 MB; idle CPU <= 0.2 s per minute.
# Start times are measured with and without a class data sharing archive of the app's classes.
#
# How to run (Linux, JDK 17+, Maven; Xvfb and trayer when no tray is at hand):   bench/footprint.sh
# It uses $DISPLAY when a tray host runs there, else starts Xvfb on :97 with trayer. Both programs run
# with the options in installer/jvm-options.txt (what the installed app uses), and once more with the
# JVM's defaults for comparison. The app runs in demo mode with throw-away preferences and state folder.
# Writes docs/footprint.md; exit status 1 means a target was missed.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/kms-tray.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The floor is compiled first: running it as source would add the compiler's start to the floor.
javac -d "$work/floor" bench/FloorTray.java

# A display is taken to have a tray host; if it has none, the first start says so and the script stops.
tray_ready() { [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; }
if ! tray_ready; then
  export DISPLAY=:97
  Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 & pids+=($!)
  for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
  trayer --edge top --align right --widthtype request --height 24 >"$work/trayer.log" 2>&1 & pids+=($!)
  for _ in $(seq 1 50); do xdotool search --class trayer >/dev/null 2>&1 && break; sleep 0.2; done
  sleep 0.5
fi

# 60 days left: the icon shows the number and no reminder is due, the state the app spends most days in.
demo_days=60
# Options for the app only (its class data sharing archive).
app_extra=""
chosen=$(grep -v '^\s*#' installer/jvm-options.txt | grep -v '^\s*$' | tr '\n' ' ')
marker='kmstray: tray icon added'

# launch NAME OPTIONS... -- starts one program in the background; sets $launched_pid
launch() {
  local name=$1; shift
  local opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  mkdir -p "$work/$name"
  if [ "$name" = "${name#floor}" ]; then
    XDG_STATE_HOME="$work/$name/state" java "${opts[@]}" $app_extra -Djava.util.prefs.userRoot="$work/$name/prefs" \
      -Dkmstray.startupMarker=true -jar "$jar" --demo --demo-days "$demo_days" --lang en >"$work/$name/out" 2>&1 &
  else
    java "${opts[@]}" -cp "$work/floor" FloorTray >"$work/$name/out" 2>&1 &
  fi
  launched_pid=$!
  pids+=("$launched_pid")
}

# wait_marker NAME PID START_NS -- prints milliseconds from START_NS to the marker
wait_marker() {
  local deadline=$(( $(date +%s) + 60 ))
  until grep -q "$marker" "$work/$1/out" 2>/dev/null; do
    if ! kill -0 "$2" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "$1 did not put its icon in the tray:" >&2; cat "$work/$1/out" >&2; exit 2
    fi
    sleep 0.005
  done
  echo $(( ($(date +%s%N) - $3) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# start_times LABEL OPTIONS... -- five alternating cold starts of each; sets floor_ms and app_ms
start_times() {
  local label=$1; shift
  : >"$work/floor-$label.ms"; : >"$work/app-$label.ms"
  for i in 1 2 3 4 5; do
    for prog in floor app; do
      rm -rf "$work/${prog}s$i$label"
      local t0; t0=$(date +%s%N)
      launch "${prog}s$i$label" "$@" --
      wait_marker "${prog}s$i$label" "$launched_pid" "$t0" >>"$work/$prog-$label.ms"
      kill "$launched_pid"; wait "$launched_pid" 2>/dev/null || true
    done
  done
  floor_ms=$(median <"$work/floor-$label.ms")
  app_ms=$(median <"$work/app-$label.ms")
}

cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{print ($14 + $15) / tck}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

# idle LABEL OPTIONS... -- both side by side; sets floor_rss app_rss floor_cpu app_cpu
idle() {
  local label=$1; shift
  local t0; t0=$(date +%s%N)
  launch "floori$label" "$@" --; local fp=$launched_pid
  wait_marker "floori$label" "$fp" "$t0" >/dev/null
  t0=$(date +%s%N)
  launch "appi$label" "$@" --; local ap=$launched_pid
  wait_marker "appi$label" "$ap" "$t0" >/dev/null
  # Past the app's first check (5 s after start); then one idle minute, with the scheduler's tick in it.
  sleep 15
  local f0 a0; f0=$(cpu_seconds "$fp"); a0=$(cpu_seconds "$ap")
  sleep 60
  floor_cpu=$(awk -v a="$(cpu_seconds "$fp")" -v b="$f0" 'BEGIN {printf "%.2f", a - b}')
  app_cpu=$(awk -v a="$(cpu_seconds "$ap")" -v b="$a0" 'BEGIN {printf "%.2f", a - b}')
  floor_rss=$(rss_mb "$fp"); app_rss=$(rss_mb "$ap")
  kill "$fp" "$ap"; wait "$fp" "$ap" 2>/dev/null || true
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

read -r -a chosen_opts <<<"$chosen"
start_times chosen "${chosen_opts[@]}"; c_floor_ms=$floor_ms; c_app_ms=$app_ms
idle chosen "${chosen_opts[@]}"; c_floor_rss=$floor_rss; c_app_rss=$app_rss; c_floor_cpu=$floor_cpu; c_app_cpu=$app_cpu
# 12 days left: a reminder balloon shows. On Linux the JDK draws it in Java (window, fonts); Windows shows a toast.
demo_days=12
idle reminder "${chosen_opts[@]}"; r_floor_rss=$floor_rss; r_app_rss=$app_rss; r_app_cpu=$app_cpu
demo_days=60
start_times default -Dbench.defaults=true; d_floor_ms=$floor_ms; d_app_ms=$app_ms
idle default -Dbench.defaults=true; d_floor_rss=$floor_rss; d_app_rss=$app_rss; d_floor_cpu=$floor_cpu; d_app_cpu=$app_cpu

# Class data sharing for the app's own classes (JDK 17: an archive written by one training run). The floor's
# classes are all in the JDK's default archive already.
jsa="$work/kms-tray.jsa"
app_extra="-XX:ArchiveClassesAtExit=$jsa"
t0=$(date +%s%N); launch apptrain "${chosen_opts[@]}" --; train=$launched_pid
wait_marker apptrain "$train" "$t0" >/dev/null
sleep 8
kill "$train"; wait "$train" 2>/dev/null || true
app_extra="-XX:SharedArchiveFile=$jsa"
start_times cds "${chosen_opts[@]}"; s_floor_ms=$floor_ms; s_app_ms=$app_ms
app_extra=""

start_ratio=$(ratio "$s_app_ms" "$s_floor_ms")
rss_ratio=$(ratio "$c_app_rss" "$c_floor_rss")
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "**missed**"; fi; }
v_start=$(verdict "$start_ratio <= 1.5")
v_rss=$(verdict "$rss_ratio <= 1.3 && $c_app_rss <= 80")
v_cpu=$(verdict "$c_app_cpu <= 0.2")
status=0
case "$v_start$v_rss$v_cpu" in *missed*) status=1 ;; esac

out=docs/footprint.md
{
  echo "# Footprint: KMS Tray beside a bare AWT tray icon"
  echo
  echo "Written by \`bench/footprint.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $(uname -srm), $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
  echo "JDK: $(java -version 2>&1 | head -1); display: Xvfb with trayer as the tray host."
  echo "The floor is \`bench/FloorTray.java\` (one AWT \`TrayIcon\`, nothing else); KMS Tray runs \`java -jar"
  echo "target/kms-tray.jar --demo --demo-days 60\`: the first check, the days drawn into the icon and the"
  echo "scheduler's once-a-minute look at the network (OSHI). Both run at the same time on the same JVM with"
  echo "the same options."
  echo
  echo "Chosen options (\`installer/jvm-options.txt\`): \`$chosen\`"
  echo
  echo "The app class archive is JDK 17's dynamic class data sharing: one training run of the app with"
  echo "\`-XX:ArchiveClassesAtExit=kms-tray.jsa\`, then every start with \`-XX:SharedArchiveFile=kms-tray.jsa\`"
  echo "(the archive belongs to one JDK build and one jar, so it is made where the app is installed or packaged)."
  echo
  echo "| measure | floor | KMS Tray | ratio | target | |"
  echo "|---|---|---|---|---|---|"
  echo "| start to tray icon, app class archive (median of 5) | $s_floor_ms ms | $s_app_ms ms | $start_ratio | ≤ 1.5× | $v_start |"
  echo "| start to tray icon, no app archive (median of 5) | $c_floor_ms ms | $c_app_ms ms | $(ratio "$c_app_ms" "$c_floor_ms") | | |"
  echo "| resident memory after 75 s | $c_floor_rss MB | $c_app_rss MB | $rss_ratio | ≤ 1.3× and ≤ 80 MB | $v_rss |"
  echo "| CPU while idle, per minute | $c_floor_cpu s | $c_app_cpu s | | ≤ 0.2 s | $v_cpu |"
  echo
  echo "With a reminder balloon showing (demo PC at 12 days; the JDK draws Linux balloons itself, Windows shows"
  echo "a native toast): KMS Tray $r_app_rss MB beside the floor's $r_floor_rss MB ($(ratio "$r_app_rss" "$r_floor_rss")×), idle CPU $r_app_cpu s per minute."
  echo
  echo "For comparison, both with the JVM's defaults (no options):"
  echo
  echo "| measure | floor | KMS Tray | ratio |"
  echo "|---|---|---|---|"
  echo "| start to tray icon (median of 5) | $d_floor_ms ms | $d_app_ms ms | $(ratio "$d_app_ms" "$d_floor_ms") |"
  echo "| resident memory after 75 s | $d_floor_rss MB | $d_app_rss MB | $(ratio "$d_app_rss" "$d_floor_rss") |"
  echo "| CPU while idle, per minute | $d_floor_cpu s | $d_app_cpu s | |"
} >"$out.tmp"
if [ -f docs/footprint-notes.md ]; then
  { echo; cat docs/footprint-notes.md; } >>"$out.tmp"
fi
mv "$out.tmp" "$out"
cat "$out"
exit $status
