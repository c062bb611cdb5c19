#!/usr/bin/python3
"""networkx side of the multivector min-cost-flow comparison (bench/mcf/run.sh).

Reads a DIMACS min-cost-flow file into a MultiDiGraph (parallel arcs kept, so the optimum is the
same problem the other solvers see) and solves it with networkx.network_simplex; prints read and
solve times and the optimal cost. usage: nx_side.py FILE
"""
import sys
import time

import networkx as nx

t0 = time.perf_counter()
graph = nx.MultiDiGraph()
with open(sys.argv[1]) as dimacs:
    for line in dimacs:
        part = line.split()
        if not part:
            continue
        if part[0] == "p":
            graph.add_nodes_from(range(1, int(part[2]) + 1), demand=0)
        elif part[0] == "n":
            graph.nodes[int(part[1])]["demand"] = -int(part[2])
        elif part[0] == "a":
            graph.add_edge(int(part[1]), int(part[2]), capacity=int(part[4]), weight=int(part[5]))
t1 = time.perf_counter()
cost, _ = nx.network_simplex(graph)
t2 = time.perf_counter()
print("read_ms %.1f" % ((t1 - t0) * 1000))
print("network_simplex_ms %.1f cost %d" % ((t2 - t1) * 1000, cost))
