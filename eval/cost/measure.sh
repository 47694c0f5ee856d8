#!/usr/bin/env bash
# Measures the CeGenerators analyzers' share of a full build (docs/analyzers.md, Cost).
# Usage: eval/cost/measure.sh [RUNS]  (from the repository root; builds src/CeGenerators first)
set -euo pipefail
runs="${1:-3}"
root="$(pwd)"
out="$(mktemp -d)"
dotnet build "$root/src/CeGenerators" -c Release -v q -nologo > /dev/null
python3 "$root/eval/cost/generate.py" "$out" "$root/src/CeGenerators/bin/Release/netstandard2.0/CeGenerators.dll"
cd "$out"
dotnet restore -v q > /dev/null
printf 'run\tNumericStability s\tExpOverflow s\tbuild s\tshare %%\n'
for run in $(seq 1 "$runs"); do
  log="$out/build$run.log"
  dotnet build --no-incremental --no-restore -p:ReportAnalyzer=true -v:d -nologo > "$log"
  ns=$(grep -m1 'CeGenerators.Analyzers.NumericStabilityAnalyzer' "$log" | awk '{print $1}')
  ex=$(grep -m1 'CeGenerators.Analyzers.ExpOverflowAnalyzer' "$log" | awk '{print $1}')
  total=$(grep -m1 'Time Elapsed' "$log" | awk -F'[ :]+' '{print $(NF-2)*3600 + $(NF-1)*60 + $NF}')
  share=$(awk -v a="$ns" -v b="$ex" -v t="$total" 'BEGIN { gsub("<", "", a); gsub("<", "", b); printf "%.1f", 100 * (a + b) / t }')
  printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$ns" "$ex" "$total" "$share"
done
rm -rf "$out"
