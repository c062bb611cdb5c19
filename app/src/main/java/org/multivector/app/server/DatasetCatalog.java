package org.multivector.app.server;

import org.multivector.world.World;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The datasets the dashboard serves, by name: usually the embedded default plus any folders the
 * user named with {@code --dataset}. Each is loaded and validated once, at start-up, so a request
 * never sees a half-loaded dataset.
 */
public final class DatasetCatalog {

    /** The most datasets uploaded through the API that one server keeps (each is held in memory). */
    public static final int MAX_UPLOADED = 16;

    private final Map<String, World> worldMap;
    private final Map<String, Map<Class<?>, Object>> attachmentMap = new LinkedHashMap<>();
    private final String defaultName;
    private int uploaded;
    /** Loads a dataset's world for one country, for datasets kept per country (the shipped world dataset). */
    private final Map<String, CountryLoader> lazyMap = new LinkedHashMap<>();
    /** The per-country worlds loaded so far, the least recently used first; at most {@link #MAX_COUNTRIES}. */
    private final Map<String, World> countryWorldMap = new LinkedHashMap<>(16, 0.75f, true);

    /** How many per-country worlds a server keeps in memory at once. */
    public static final int MAX_COUNTRIES = 8;

    /** Loads what a per-country dataset knows about one country. */
    @FunctionalInterface
    public interface CountryLoader {
        /** The world for {@code country} (an actor code of the dataset). */
        World load(String country) throws org.multivector.world.io.InvalidDatasetException;
    }

    private DatasetCatalog(Map<String, World> worldMap, String defaultName) {
        this.worldMap = worldMap;
        this.defaultName = defaultName;
    }

    /**
     * A catalog of the given worlds, the first being the default.
     *
     * @throws IllegalArgumentException when there is none or two share a name
     */
    public static DatasetCatalog of(List<World> worlds) {
        if (worlds.isEmpty()) {
            throw new IllegalArgumentException("no dataset to serve");
        }
        Map<String, World> map = new LinkedHashMap<>();
        for (World world : worlds) {
            Objects.requireNonNull(world, "world");
            if (map.putIfAbsent(world.info().name(), world) != null) {
                throw new IllegalArgumentException("two datasets are named '"
                        + world.info().name() + "'\nMaybe give one of them another name in its manifest.yaml.");
            }
        }
        return new DatasetCatalog(map, worlds.getFirst().info().name());
    }

    /** The name of the dataset pages open first. */
    public String defaultName() {
        return defaultName;
    }

    /** Every dataset, default first. */
    public synchronized List<World> worlds() {
        return new ArrayList<>(worldMap.values());
    }

    /**
     * Adds a dataset a user uploaded; it lives as long as the server.
     *
     * @throws ApiProblem 409 when the name is taken, 429 when {@link #MAX_UPLOADED} were already added
     */
    public synchronized void add(World world) {
        String name = world.info().name();
        if (worldMap.containsKey(name)) {
            throw new ApiProblem(
                    409,
                    "Conflict",
                    "a dataset named '" + Params.printable(name) + "' is already served",
                    List.of(new ApiProblem.FieldError(
                            "manifest.yaml", "name '" + Params.printable(name) + "' is taken; choose another name")));
        }
        if (uploaded >= MAX_UPLOADED) {
            throw new ApiProblem(
                    429,
                    "Too many datasets",
                    "this server already holds " + MAX_UPLOADED + " uploaded datasets; restart it to clear them",
                    List.of());
        }
        uploaded++;
        worldMap.put(name, world);
    }

    /**
     * Attaches data an analysis needs beside the world (a corridor network, bargaining issues) to the
     * dataset {@code name}; one value per type.
     */
    public synchronized <T> void attach(String name, Class<T> type, T value) {
        if (!worldMap.containsKey(name)) {
            throw new IllegalArgumentException("no dataset named " + name);
        }
        attachmentMap.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(type, type.cast(value));
    }

    /** What is attached to dataset {@code name} under {@code type}, if anything. */
    public synchronized <T> java.util.Optional<T> attachment(String name, Class<T> type) {
        Map<Class<?>, Object> attached = attachmentMap.get(name);
        return attached == null
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(type.cast(attached.get(type)));
    }

    /**
     * Serves dataset {@code name} (already in the catalog with its common figures) one country at a
     * time: {@link #get(String, String)} loads each country's figures when first asked for.
     */
    public synchronized void perCountry(String name, CountryLoader loader) {
        if (!worldMap.containsKey(name)) {
            throw new IllegalArgumentException("no dataset named " + name);
        }
        lazyMap.put(name, loader);
    }

    /**
     * The dataset named {@code name} as it stands for {@code country}: for a dataset kept per country,
     * its common figures plus that country's, loaded on first use; for any other, the whole dataset.
     */
    public World get(String name, String country) {
        World base = get(name);
        CountryLoader loader;
        String key = name + "/" + country;
        synchronized (this) {
            loader = lazyMap.get(name);
            if (loader == null || base.actor(country).isEmpty()) {
                return base;
            }
            World loaded = countryWorldMap.get(key);
            if (loaded != null) {
                return loaded;
            }
        }
        World loaded;
        try {
            loaded = loader.load(country);
        } catch (org.multivector.world.io.InvalidDatasetException e) {
            throw new IllegalStateException(
                    "the shipped dataset " + name + " does not load for " + country + ": " + e.getMessage(), e);
        }
        synchronized (this) {
            countryWorldMap.put(key, loaded);
            while (countryWorldMap.size() > MAX_COUNTRIES) {
                countryWorldMap.remove(countryWorldMap.keySet().iterator().next());
            }
        }
        return loaded;
    }

    /** The dataset named {@code name}, or a 404 problem naming the {@code dataset} parameter. */
    public synchronized World get(String name) {
        World world = worldMap.get(name);
        if (world == null) {
            throw ApiProblem.notFound(
                    "dataset",
                    "no dataset named '" + Params.printable(name) + "'; the server has: "
                            + String.join(", ", worldMap.keySet()));
        }
        return world;
    }
}
