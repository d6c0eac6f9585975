#!/usr/bin/env bash
# Fuzzes the plan reader (+ checker, budget, exports, editor) and the outline template parser
# with libFuzzer (swiftc -sanitize=fuzzer). Usage:
#   Tests/Scripts/fuzz.sh [plan|template|both] [seconds per target, default 30] [extra libFuzzer flags]
# The library is compiled together with the target (one module), in debug mode so that Swift's
# overflow and bounds checks trap. A crash leaves crash-* beside the corpus and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/../.."
which_targets="${1:-both}"
seconds="${2:-30}"
shift $(( $# > 2 ? 2 : $# )) || true
out=.build/fuzz
mkdir -p "$out"
sources=$(find Sources/InspectionPlan -name '*.swift' | sort)
# SwiftPM generates Bundle.module for the library's resources; outside SwiftPM, point it at the folder.
cat > "$out/BundleModule.swift" <<SWIFT
import Foundation
extension Foundation.Bundle {
  static let module = Bundle(path: "$PWD/Sources/InspectionPlan/Resources")!
}
SWIFT

build() {
  if [ ! -x "$out/fuzzer" ] || [ -n "$(find Sources/InspectionPlan Tests/Fuzz -newer "$out/fuzzer" -name '*.swift' | head -1)" ]; then
    echo "building $out/fuzzer (swiftc -O -sanitize=fuzzer; overflow and bounds checks stay on)…" >&2
    swiftc -sanitize=fuzzer -O -parse-as-library -module-name InspectionPlan -package-name kiemtra \
      $sources "$out/BundleModule.swift" Tests/Fuzz/Fuzzer.swift -o "$out/fuzzer" 2> "$out/build.log" \
      || { cat "$out/build.log" >&2; exit 1; }
  fi
}

run() {  # target, corpus seeds...
  local name=$1; shift
  local corpus="$out/corpus-$name"
  mkdir -p "$corpus"
  for seed in "$@"; do cp -n "$seed" "$corpus/" 2>/dev/null || true; done
  KIEMTRA_FUZZ=$name "$out/fuzzer" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "${EXTRA[@]}" > "$out/$name.log" 2>&1 || true
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$out/$name.log" | grep -o '[0-9]*$' || echo 0)
  if grep -q "ERROR: libFuzzer\|deadly signal\|Timeout\|Fatal error" "$out/$name.log"; then
    echo "fuzz $name: FAILED after $runs runs, see $out/$name.log" >&2
    return 1
  fi
  echo "fuzz $name: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$out/$name.log" || echo "$runs runs"), no crash, no hang"
}

build
EXTRA=("$@")
if [ "$which_targets" = plan ] || [ "$which_targets" = both ]; then
  run plan Plans/*.json Tests/KiemTraCLITests/Fixtures/*/plan.json
fi
if [ "$which_targets" = template ] || [ "$which_targets" = both ]; then
  run template Templates/*
fi
