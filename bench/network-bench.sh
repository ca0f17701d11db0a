#!/usr/bin/env bash
# Network benchmarks: KMS probe against loopback responders and OSHI network snapshots.
#
# How to run (from anywhere; needs JDK 17 and Maven):   bench/network-bench.sh
# It compiles main and test code, runs org.kmstray.bench.NetworkBench (src/test/java) and writes
# docs/bench-network.md with the machine, the JDK and the measured numbers. Exit status 1 means a
# target was missed (the file is written either way). Everything stays on the loopback interface.
#
# Targets: probe of a loopback responder median < 20 ms; a host that never answers finishes within
# the timeout + 100 ms; one network snapshot < 200 ms. These are measurements, not unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

out=docs/bench-network.md
tmp=$(mktemp)
status=0
java -Djava.util.logging.config.file=/dev/null -cp "$cp" org.kmstray.bench.NetworkBench >"$tmp" || status=$?

{
  echo "# Network benchmarks"
  echo
  echo "Written by \`bench/network-bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $(uname -srm), $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) at the end;"
  echo "JDK: $(java -version 2>&1 | head -1)."
  echo "All traffic on 127.0.0.1; the never-answering host is a loopback listener that accepts and stays"
  echo "silent, and one whose accept queue is full so the TCP handshake never completes."
  echo
  cat "$tmp"
  echo
  echo "The first snapshot in a JVM pays for OSHI's class loading and JNA start-up once; the tray takes"
  echo "later snapshots every minute, which is what the 200 ms target is about."
} >"$out"
rm -f "$tmp"
cat "$out"
exit "$status"
