package org.multivector.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every module's handlers may use.
 *
 * @param settings how the server listens
 * @param catalog  the datasets served
 * @param jobs     long-running work and its progress
 * @param mapper   the JSON mapper
 * @param compute  the deadline and client watch of every request that computes
 */
public record ServerContext(
        ServerSettings settings, DatasetCatalog catalog, JobRegistry jobs, ObjectMapper mapper, ComputeGuard compute) {}
