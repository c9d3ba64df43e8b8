#!/usr/bin/env bash
# Runs the Quality Loop benchmarks.
#   ./quality-benchmarks/run.sh quick [regex]   ~4 minutes: 1 fork, 2x1s warm-up, 3x1s measurement
#   ./quality-benchmarks/run.sh full  [regex]   1 fork, 5x2s warm-up, 10x2s measurement
# Both build the benchmark jar, check that every engine behaves like the enum+switch baseline,
# print bytes per open case, then run JMH with the GC profiler (gc.alloc.rate.norm = B/op).
# Results: quality-benchmarks/target/jmh-<mode>.json and the console.
set -euo pipefail
mode="${1:-quick}"
regex="${2:-org.qualityloop.benchmarks}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
case "$mode" in
  quick) jmh_opts=(-f 1 -wi 2 -w 1s -i 3 -r 1s) ;;
  full)  jmh_opts=(-f 1 -wi 5 -w 2s -i 10 -r 2s) ;;
  *) echo "usage: $0 quick|full [benchmark regex]" >&2; exit 2 ;;
esac
(cd "$root" && ./mvnw -B -q -pl quality-benchmarks -am package -DskipTests \
  -Dmaven.javadoc.skip -Dmaven.source.skip)
jar="$here/target/benchmarks.jar"
java -version 2>&1 | head -1
echo "== behaviour check against the enum+switch baseline"
java -cp "$jar" org.qualityloop.benchmarks.machine.Engines 2>&1 | grep -v '^SLF4J'
echo "== footprint (JOL, 5,000 open cases)"
java -cp "$jar" -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true org.qualityloop.benchmarks.machine.Footprint 2>&1 \
  | grep -v -e '^SLF4J' -e '^# WARNING' -e '^#'
echo "== JMH ($mode)"
java -jar "$jar" "$regex" "${jmh_opts[@]}" -prof gc -rf json -rff "$here/target/jmh-$mode.json"
