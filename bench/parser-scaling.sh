#!/usr/bin/env bash
# Parser scaling benchmark: shows that ScriptOutputParser's time grows linearly with input size, from
# 100 KB to 1 MB, for pasted ospp.vbs/slmgr.vbs sessions and for hostile inputs (long lines, repeated labels,
# dashes). Not part of the test suite; timings depend on the machine.
#
# Run from anywhere:
#     bench/parser-scaling.sh
# It compiles the main and test classes (mvn test-compile), then runs
# org.kmstray.license.text.ParserScalingBench, which prints one table per input kind (best of 11 runs per
# size) and the growth exponent fitted over all ten sizes: time grows as size^1 for linear time, size^2 for
# quadratic. The exit status is 1 when any exponent exceeds 1.5. The shared samples are read from
# ../shared (override with KMSTRAY_SHARED_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${KMSTRAY_SHARED_DIR:-$PWD/../shared}"
mvn -B -q test-compile
exec java -cp target/classes:target/test-classes -Dkmstray.shared.dir="$shared" \
    org.kmstray.license.text.ParserScalingBench "$@"
