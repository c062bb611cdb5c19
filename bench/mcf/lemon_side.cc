// LEMON side of the multivector min-cost-flow comparison (bench/mcf/run.sh).
// Reads a DIMACS min-cost-flow file; solves it with NetworkSimplex and CostScaling (best of REPEATS);
// then re-solves from scratch with each of the first K arcs listed in ARCS_FILE closed (capacity 0),
// LEMON having no warm start, and prints the time per failure and the sum of the failure costs.
// usage: lemon_side FILE [REPEATS] [ARCS_FILE K]
#include <lemon/smart_graph.h>
#include <lemon/dimacs.h>
#include <lemon/network_simplex.h>
#include <lemon/cost_scaling.h>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <vector>

using namespace lemon;
typedef SmartDigraph G;
typedef std::chrono::steady_clock Clock;

static double ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

int main(int argc, char** argv) {
  if (argc < 2) { std::cerr << "usage: lemon_side FILE [REPEATS] [ARCS_FILE K]\n"; return 2; }
  int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
  G g;
  G::ArcMap<long long> lower(g), cap(g), cost(g);
  G::NodeMap<long long> supply(g);
  std::ifstream in(argv[1]);
  auto t0 = Clock::now();
  readDimacsMin(in, g, lower, cap, cost, supply);
  auto t1 = Clock::now();
  std::cout << "read_ms " << ms(t0, t1) << "\n";

  double bestNs = 1e300, bestCs = 1e300;
  long long nsCost = 0, csCost = 0;
  for (int r = 0; r < repeats; r++) {
    auto a = Clock::now();
    NetworkSimplex<G, long long, long long> ns(g);
    ns.lowerMap(lower).upperMap(cap).costMap(cost).supplyMap(supply);
    bool ok = ns.run() == NetworkSimplex<G, long long, long long>::OPTIMAL;
    auto b = Clock::now();
    bestNs = std::min(bestNs, ms(a, b));
    nsCost = ok ? ns.totalCost() : -1;
    CostScaling<G, long long, long long> cs(g);
    cs.lowerMap(lower).upperMap(cap).costMap(cost).supplyMap(supply);
    bool ok2 = cs.run() == CostScaling<G, long long, long long>::OPTIMAL;
    auto c = Clock::now();
    bestCs = std::min(bestCs, ms(b, c));
    csCost = ok2 ? cs.totalCost() : -1;
  }
  std::cout << "network_simplex_ms " << bestNs << " cost " << nsCost << "\n";
  std::cout << "cost_scaling_ms " << bestCs << " cost " << csCost << "\n";

  if (argc > 4) {
    std::ifstream arcsIn(argv[3]);
    int k = std::atoi(argv[4]);
    std::vector<int> arcs;
    int id;
    while ((int) arcs.size() < k && arcsIn >> id) arcs.push_back(id);
    long long sum = 0;
    auto a = Clock::now();
    for (int e : arcs) {
      G::Arc arc = g.arcFromId(e);
      long long saved = cap[arc];
      cap[arc] = 0;
      NetworkSimplex<G, long long, long long> ns(g);
      ns.lowerMap(lower).upperMap(cap).costMap(cost).supplyMap(supply);
      bool ok = ns.run() == NetworkSimplex<G, long long, long long>::OPTIMAL;
      sum += ok ? ns.totalCost() : -1;
      cap[arc] = saved;
    }
    auto b = Clock::now();
    std::cout << "criticality_links " << arcs.size() << "\n";
    std::cout << "criticality_ms " << ms(a, b) << "\n";
    std::cout << "criticality_cost_sum " << sum << "\n";
  }
  return 0;
}
