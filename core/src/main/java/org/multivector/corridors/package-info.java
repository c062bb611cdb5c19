/**
 * Export corridors as a network: nodes (fields, hubs, borders, ports, markets) and links (pipelines,
 * rail, sea and ferry legs) with capacities, unit costs and the jurisdictions they cross; min-cost-flow
 * allocation of each commodity's exports; disruptions within a year; exposure per jurisdiction;
 * criticality of links with the min-cut behind each loss; and capacity what-ifs.
 * The model is written down in {@code docs/corridors.md}. Solvers live in {@code corridors.flow}.
 */
package org.multivector.corridors;
