package org.multivector.world.io;

import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.BlocMember;
import org.multivector.world.DatasetInfo;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.FigureFlag;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * A compact binary copy of an embedded dataset's {@link World}, written at build time beside its text
 * files ({@code datasets/NAME/world.snapshot}) and read on start-up instead of parsing the YAML
 * manifest and the CSV files: the world of a short command such as {@code multivector profile KAZ}
 * in a few milliseconds, without loading Jackson, SnakeYAML or the validating reader
 * (docs/performance.md).
 *
 * <p>Trust: the snapshot records the CRC-32 and length of every text file the loader read to make it
 * (manifest, source table, figure files). {@link #readIfCurrent} recomputes them from the files on the
 * class path and uses the snapshot only when all match, so an edited dataset is never answered from a
 * stale snapshot: it falls back to the validating text loader. {@code WorldSnapshotTest} checks that
 * the snapshot's world equals the text loader's, figure for figure.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic, format version; the fingerprinted files;
 * a table of distinct strings; the dataset's info, actors, dimensions, distinct sources; then every
 * figure as indices into those tables, in the order given.
 */
public final class WorldSnapshot {

    /** The snapshot's file name inside an embedded dataset. */
    public static final String FILE = "world.snapshot";

    private static final int MAGIC = 0x4D565753; // "MVWS"
    private static final int FORMAT = 1;
    private static final int NONE = -1;

    private WorldSnapshot() {}

    /**
     * Writes snapshots of the embedded datasets named in {@code args[1..]} under the class-path folder
     * {@code args[0]} (the build's {@code target/classes}). A dataset that does not load is skipped with
     * a message: the text loader then reports its problems at run time, as without a snapshot.
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            DatasetFiles.Embedded files = new DatasetFiles.Embedded(name);
            if (!files.exists(DatasetFiles.MANIFEST)) {
                continue;
            }
            Path target = root.resolve("datasets").resolve(name).resolve(FILE);
            Files.deleteIfExists(target);
            World world;
            List<String> read;
            try {
                world = DatasetLoader.load(files);
                read = DatasetLoader.filesRead(files);
            } catch (InvalidDatasetException e) {
                System.err.println(
                        "world snapshot of " + name + " not written: the dataset does not load\n" + e.getMessage());
                continue;
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                write(world, files, read, out);
            } catch (IOException e) {
                Files.deleteIfExists(target);
                System.err.println("world snapshot of " + name + " not written: " + e);
            }
        }
    }

    /** Writes {@code world}, fingerprinting the files {@code read} of {@code files}. */
    static void write(World world, DatasetFiles files, List<String> read, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(read.size());
        for (String name : read) {
            out.writeUTF(name);
            long[] print = fingerprint(files, name);
            out.writeLong(print[0]);
            out.writeLong(print[1]);
        }
        Strings strings = new Strings();
        List<Source> sources = new ArrayList<>();
        Map<Source, Integer> sourceIndex = new HashMap<>();
        for (Tie tie : world.allTies()) {
            if (sourceIndex.putIfAbsent(tie.source(), sources.size()) == null) {
                sources.add(tie.source());
            }
        }
        // first pass collects the strings, second writes the body after the table
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        DatasetInfo info = world.info();
        b.writeInt(strings.of(info.name()));
        b.writeInt(strings.of(info.title()));
        b.writeInt(strings.of(info.version()));
        b.writeInt(strings.of(info.description()));
        b.writeInt(strings.of(info.focal()));
        b.writeInt(info.years().from());
        b.writeInt(info.years().to());
        b.writeInt(info.defaultBasis().ordinal());
        b.writeInt(info.sourcePreference().size());
        for (String publisher : info.sourcePreference()) {
            b.writeInt(strings.of(publisher));
        }
        b.writeInt(world.actors().size());
        for (Actor actor : world.actors()) {
            b.writeInt(strings.of(actor.code()));
            b.writeInt(strings.of(actor.name()));
            b.writeInt(actor.kind().ordinal());
            b.writeBoolean(actor.cowCode().isPresent());
            b.writeInt(actor.cowCode().orElse(0));
            b.writeInt(actor.members().size());
            for (BlocMember member : actor.members()) {
                b.writeInt(strings.of(member.code()));
                b.writeInt(member.from());
                b.writeInt(member.to());
            }
        }
        b.writeInt(world.dimensions().size());
        for (Dimension dimension : world.dimensions()) {
            b.writeInt(strings.of(dimension.id()));
            b.writeInt(strings.of(dimension.name()));
            b.writeInt(strings.of(dimension.unit()));
            b.writeInt(dimension.kind().ordinal());
            b.writeInt(strings.of(dimension.description()));
            b.writeBoolean(dimension.signed());
        }
        b.writeInt(sources.size());
        for (Source source : sources) {
            b.writeInt(strings.of(source.publisher()));
            b.writeInt(strings.of(source.title()));
            b.writeInt(source.year());
            b.writeInt(strings.of(source.url()));
            b.writeInt(source.basis().ordinal());
            b.writeBoolean(source.assumption());
            b.writeInt(strings.of(source.licence()));
            b.writeInt(strings.of(source.id()));
        }
        b.writeInt(world.allTies().size());
        for (Tie tie : world.allTies()) {
            b.writeInt(strings.of(tie.reporter()));
            b.writeInt(strings.of(tie.partner()));
            b.writeInt(strings.of(tie.dimension()));
            b.writeInt(tie.year());
            b.writeDouble(tie.value());
            b.writeInt(strings.of(tie.unit()));
            b.writeInt(sourceIndex.get(tie.source()));
            b.writeInt(strings.of(tie.note()));
            b.writeByte(tie.flag().ordinal());
        }
        b.flush();
        out.writeInt(strings.list.size());
        for (String s : strings.list) {
            out.writeUTF(s);
        }
        body.writeTo(out);
        out.flush();
    }

    /**
     * The embedded dataset's world from its snapshot, or null when it has none or the snapshot is not
     * current (a text file changed since it was written, or another format): the caller then loads
     * the text files.
     */
    public static World readIfCurrent(DatasetFiles.Embedded files) {
        if (!files.exists(FILE)) {
            return null;
        }
        try (InputStream stream = files.open(FILE)) {
            return read(files, new DataInputStream(new BufferedInputStream(stream, 1 << 16)));
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or inconsistent snapshot: the text files decide
        }
    }

    static World read(DatasetFiles files, DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            return null;
        }
        int fileCount = in.readInt();
        for (int i = 0; i < fileCount; i++) {
            String name = in.readUTF();
            long crc = in.readLong();
            long length = in.readLong();
            long[] print = fingerprint(files, name);
            if (print[0] != crc || print[1] != length) {
                return null;
            }
        }
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        String name = string(strings, in);
        String title = string(strings, in);
        String version = string(strings, in);
        String description = string(strings, in);
        String focal = string(strings, in);
        YearRange years = new YearRange(in.readInt(), in.readInt());
        BasisChoice defaultBasis = BasisChoice.values()[in.readInt()];
        List<String> preference = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            preference.add(string(strings, in));
        }
        DatasetInfo info = new DatasetInfo(name, title, version, description, focal, years, defaultBasis, preference);
        List<Actor> actors = new ArrayList<>();
        ActorKind[] kinds = ActorKind.values();
        for (int i = in.readInt(); i > 0; i--) {
            String code = string(strings, in);
            String actorName = string(strings, in);
            ActorKind kind = kinds[in.readInt()];
            boolean hasCow = in.readBoolean();
            int cow = in.readInt();
            List<BlocMember> members = new ArrayList<>();
            for (int m = in.readInt(); m > 0; m--) {
                members.add(new BlocMember(string(strings, in), in.readInt(), in.readInt()));
            }
            actors.add(new Actor(code, actorName, kind, hasCow ? OptionalInt.of(cow) : OptionalInt.empty(), members));
        }
        List<Dimension> dimensions = new ArrayList<>();
        DimensionKind[] dimensionKinds = DimensionKind.values();
        for (int i = in.readInt(); i > 0; i--) {
            dimensions.add(new Dimension(
                    string(strings, in),
                    string(strings, in),
                    string(strings, in),
                    dimensionKinds[in.readInt()],
                    string(strings, in),
                    in.readBoolean()));
        }
        Source[] sources = new Source[in.readInt()];
        Basis[] bases = Basis.values();
        for (int i = 0; i < sources.length; i++) {
            sources[i] = new Source(
                    string(strings, in),
                    string(strings, in),
                    in.readInt(),
                    string(strings, in),
                    bases[in.readInt()],
                    in.readBoolean(),
                    string(strings, in),
                    string(strings, in));
        }
        int tieCount = in.readInt();
        List<Tie> ties = new ArrayList<>(tieCount);
        FigureFlag[] flags = FigureFlag.values();
        for (int i = 0; i < tieCount; i++) {
            ties.add(new Tie(
                    string(strings, in),
                    string(strings, in),
                    string(strings, in),
                    in.readInt(),
                    in.readDouble(),
                    string(strings, in),
                    sources[in.readInt()],
                    string(strings, in),
                    flags[in.readByte()]));
        }
        if (in.read() != -1) {
            return null;
        }
        return World.of(info, actors, dimensions, ties);
    }

    private static String string(String[] strings, DataInputStream in) throws IOException {
        int index = in.readInt();
        return index == NONE ? null : strings[index];
    }

    /** CRC-32 and length of one file's bytes as stored; length −1 for a file that is absent. */
    private static long[] fingerprint(DatasetFiles files, String name) throws IOException {
        if (!files.exists(name)) {
            return new long[] {0, -1};
        }
        if (files instanceof DatasetFiles.Embedded embedded) {
            long[] stored = embedded.storedFingerprint(name);
            if (stored != null) {
                return stored; // the same CRC-32 of the same bytes, from the jar's directory
            }
        }
        CRC32 crc = new CRC32();
        long length = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = files.open(name)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                length += n;
            }
        }
        return new long[] {crc.getValue(), length};
    }

    /** Distinct strings in first-use order; null is {@link #NONE}. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int of(String s) {
            if (s == null) {
                return NONE;
            }
            Integer known = index.get(s);
            if (known != null) {
                return known;
            }
            index.put(s, list.size());
            list.add(s);
            return list.size() - 1;
        }
    }
}
