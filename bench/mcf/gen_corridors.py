#!/usr/bin/env python3
"""Synthetic multi-commodity corridor network for the min-cost-flow benchmark.

One topology of N nodes and M links (a two-way high-cost backbone through every node keeps each
commodity feasible, plus local links of random capacity and cost, like regional networks); K
commodities share it, each with its own exporting and market nodes and its own capacity on every
link. Writes one DIMACS min-cost-flow file per commodity (the corridor engine solves commodities one
by one), so every solver reads the very same files.

usage: gen_corridors.py N M K SEED OUTPUT_PREFIX   ->  OUTPUT_PREFIX-c1.dimacs ... -cK.dimacs
"""
import random
import sys

n, m, k, seed, prefix = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)

tails, heads, costs, kinds = [], [], [], []
order = list(range(1, n + 1))
rng.shuffle(order)
for a, b in zip(order, order[1:]):
    for t, h in ((a, b), (b, a)):
        tails.append(t); heads.append(h); costs.append(1000); kinds.append(0)
while len(tails) < m:
    a = rng.randint(1, n)
    b = min(n, max(1, a + rng.randint(-200, 200)))
    if a != b:
        tails.append(a); heads.append(b); costs.append(rng.randint(1, 100)); kinds.append(1)

for c in range(1, k + 1):
    crng = random.Random(seed * 1000 + c)
    terminals = max(2, n // 1000)
    nodes = crng.sample(range(1, n + 1), 2 * terminals)
    supply = {v: crng.randint(100, 5000) for v in nodes[:terminals]}
    total = sum(supply.values())
    markets = nodes[terminals:]
    weights = [crng.random() for _ in markets]
    s = sum(weights)
    demand = {v: int(total * w / s) for v, w in zip(markets, weights)}
    demand[markets[0]] += total - sum(demand.values())
    with open("%s-c%d.dimacs" % (prefix, c), "w") as out:
        out.write("c corridor benchmark n=%d m=%d commodity %d of %d seed=%d\n" % (n, m, c, k, seed))
        out.write("p min %d %d\n" % (n, len(tails)))
        for v, x in supply.items():
            out.write("n %d %d\n" % (v, x))
        for v, x in demand.items():
            out.write("n %d %d\n" % (v, -x))
        for t, h, w, kind in zip(tails, heads, costs, kinds):
            cap = 10 ** 6 if kind == 0 else crng.randint(10, 1000)
            out.write("a %d %d 0 %d %d\n" % (t, h, cap, w))
