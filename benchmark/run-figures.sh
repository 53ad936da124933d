#!/usr/bin/env bash
# Re-makes every figure in benchmark/README.md: two streams of single-solver runs side by side
# (this machine has 2 cores), outputs in target/benchmark/figures. About 30 minutes.
# Usage: benchmark/run-figures.sh   (after mvn -q -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/alliance-planner-0.1.0-SNAPSHOT.jar}
OUT=target/benchmark/figures
mkdir -p "$OUT"
run() { local name=$1; shift; echo "[$(date +%T)] $name: $*"; java "$@" > "$OUT/$name.txt" 2>&1; }

# Stream 1: the city, 60 s and 10 min. Simulated annealing cools to its time limit, so a short run
# is its own run, not the first minute of a long one.
(
  run city-60s -jar "$JAR" benchmark convergence city --time 60s \
      --checkpoints 1s,2s,5s,10s,20s,30s,60s --trace "$OUT/city-60s.csv"
  run city-600s -jar "$JAR" benchmark convergence city --time 600s \
      --checkpoints 5s,10s,20s,30s,60s,120s,300s,600s --trace "$OUT/city-600s.csv"
) &
# Stream 2: dianjiang 30 s, 60 s (the calendar's figure) and 5 min, baseline, weights, algorithms.
(
  run dianjiang-30s -jar "$JAR" benchmark convergence datasets/dianjiang.json --time 30s \
      --checkpoints 1s,2s,5s,10s,20s,30s --trace "$OUT/dianjiang-30s.csv"
  run dianjiang-60s -jar "$JAR" benchmark convergence datasets/dianjiang.json --time 60s \
      --checkpoints 1s,2s,5s,10s,30s,60s --trace "$OUT/dianjiang-60s.csv"
  run dianjiang-300s -jar "$JAR" benchmark convergence datasets/dianjiang.json --time 300s \
      --checkpoints 1s,2s,5s,10s,30s,60s,120s,300s --trace "$OUT/dianjiang-300s.csv"
  run baseline-counties -jar "$JAR" benchmark baseline --time 30s --out-dir "$OUT/baseline-counties"
  run baseline-city -jar "$JAR" benchmark baseline --time 60s --out-dir "$OUT/baseline-city" city
  run current-dianjiang -jar "$JAR" solve datasets/dianjiang.json --time-limit 30s --out "$OUT/dianjiang-current.json"
  run weights-dianjiang -jar "$JAR" benchmark weights --dataset datasets/dianjiang.json --time 30s \
      --current "$OUT/dianjiang-current.json" --out-dir "$OUT/weights" benchmark/weights/*.json
  run algorithms-counties -jar "$JAR" benchmark algorithms --time 20s --out-dir "$OUT/algorithms" \
      datasets/dianjiang.json datasets/jintang-zhaozhen.json datasets/hejiang.json
) &
wait
# The province last, alone: its parts run in parallel, and it must fit a 4 GB heap.
run province-180s -Xmx4g -jar "$JAR" benchmark convergence province --time 180s \
    --checkpoints 30s,60s,90s,120s,150s,180s --trace "$OUT/province-180s.csv"
run baseline-province -Xmx4g -jar "$JAR" benchmark baseline --time 150s --out-dir "$OUT/baseline-province" province
echo "[$(date +%T)] done: $OUT"
