package org.multivector.corridors;

import org.multivector.world.Source;

/** The volume a node exports in a year: a source of the flow problem. */
public record ExportSupply(int year, String node, String commodity, double volume, Source source, String note) {}
