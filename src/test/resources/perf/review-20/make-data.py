#!/usr/bin/env python3
"""Writes data/effects.csv: the synthetic 20-analysis review of the performance measurements (docs/performance.md).

129 effect sizes (SMD-like yi with sampling variances vi) in 30 studies of 1-8 effects each, from a three-level model
(sigma2 = 0.04 between, 0.02 within studies) with a moderator effect of dose (0.08 per unit) and of type, so that
every model family has something to find. Deterministic: the same file on every run (seed 20261205).
Run: python3 make-data.py > data/effects.csv
"""
import random

rng = random.Random(20261205)
sizes = [1, 2, 3, 4, 5, 6, 7, 8, 2, 3, 4, 5, 6, 3, 4, 5, 2, 3, 4, 5, 6, 7, 3, 4, 5, 2, 3, 4, 8, 5]   # 129 in all
types = ["CBT", "mindfulness", "psychoeducation"]
regions = ["Europe", "North America", "Asia"]
print("study,es_id,year,yi,vi,type,region,dose,universal,outcome")
es = 0
for s, n in enumerate(sizes, start=1):
    year = 1995 + (s * 7) % 27
    region = regions[s % 3]
    universal = s % 2
    u = rng.gauss(0, 0.2)
    for j in range(n):
        es += 1
        kind = types[(s + j) % 3]
        dose = round(rng.uniform(4, 16), 1)
        outcome = "depression" if (s + j) % 2 == 0 else "anxiety"
        nt = rng.randint(20, 200)
        vi = 4.0 / nt + rng.uniform(0.0, 0.02)
        theta = 0.15 + 0.08 * (dose - 10) / 4 + {"CBT": 0.15, "mindfulness": 0.0, "psychoeducation": -0.05}[kind]
        yi = theta + u + rng.gauss(0, 0.14) + rng.gauss(0, vi ** 0.5)
        print(f"Study {s:02d} ({year}),{es},{year},{yi:.6f},{vi:.6f},{kind},{region},{dose},{universal},{outcome}")
