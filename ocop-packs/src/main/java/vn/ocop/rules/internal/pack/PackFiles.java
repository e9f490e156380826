package vn.ocop.rules.internal.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.ocop.Limit;
import vn.ocop.LimitExceededException;
import vn.ocop.Limits;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.PackProblem;

/**
 * The files of a pack: a folder (walked, hidden files and spreadsheet lock files skipped), a
 * {@code .jar}/{@code .zip}, or a single workbook ({@code .xlsx}) standing for a pack that is all in
 * {@code pack.xlsx}. Every file is listed, and bounded by the {@link Limits} before anything is read; a
 * folder's files are opened only when the loader asks for them, which it does for the files the manifest
 * names (the others are refused by name, unread), and each is read once and kept, so the pack is judged on one
 * snapshot of each file.
 *
 * <p>Nothing outside the pack is read: a symbolic link whose target lies outside the pack folder, and an
 * archive entry whose path is absolute or climbs out ({@code ../}), are refused as problems of the pack.
 */
final class PackFiles {
    private final String location;
    private final Map<String, Path> paths; // a folder's files, read on demand
    private final Map<String, byte[]> read = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.SortedSet<String> names = new java.util.TreeSet<>();
    private final List<PackProblem> problems;
    private final Limits limits;

    private PackFiles(
            String location,
            Map<String, Path> paths,
            Map<String, byte[]> contents,
            List<PackProblem> problems,
            Limits limits) {
        this.location = location;
        this.paths = paths;
        this.read.putAll(contents);
        this.names.addAll(paths.keySet());
        this.names.addAll(contents.keySet());
        this.problems = problems;
        this.limits = limits;
    }

    /** @return the pack as given, for messages */
    String location() {
        return location;
    }

    /** @return the files refused while listing the pack */
    List<PackProblem> problems() {
        return problems;
    }

    /** @return every file's path relative to the pack, with {@code /} separators, in path order */
    java.util.SortedSet<String> names() {
        return names;
    }

    /** @return whether the pack has that file */
    boolean has(String name) {
        return names.contains(name);
    }

    /**
     * @param name a file of the pack
     * @return its content, read now if not read before, or {@code null} when the pack has no such file
     * @throws InvalidPackException   when it cannot be read
     * @throws LimitExceededException when it grew beyond the limit since it was listed
     */
    byte[] bytes(String name) {
        byte[] bytes = read.get(name);
        if (bytes != null || !paths.containsKey(name)) {
            return bytes;
        }
        long max = limits.get(Limit.PACK_FILE_BYTES);
        try (java.io.InputStream in = Files.newInputStream(paths.get(name))) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw invalid(location, "cannot read " + name + ": " + e.getMessage());
        }
        limits.check(Limit.PACK_FILE_BYTES, bytes.length, location + " file " + name);
        byte[] first = read.putIfAbsent(name, bytes);
        return first == null ? bytes : first;
    }

    static PackFiles read(Path pack, Limits limits) {
        String location = pack.toString();
        Map<String, Path> paths = new TreeMap<>();
        Map<String, byte[]> contents = new TreeMap<>();
        List<PackProblem> problems = new ArrayList<>();
        try {
            if (Files.isDirectory(pack)) {
                listFolder(pack, paths, problems, limits);
            } else if (Files.isRegularFile(pack)
                    && pack.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".xlsx")) {
                // a lone workbook is bounded by the pack's size, not a file's
                limits.check(Limit.PACK_BYTES, Files.size(pack), location);
                contents.put(PackLoader.WORKBOOK, Files.readAllBytes(pack));
            } else if (Files.isRegularFile(pack)) {
                readArchive(location, pack, contents, problems, limits);
            } else {
                throw invalid(location, "no such folder or file");
            }
        } catch (IOException e) {
            throw invalid(location, "cannot read the pack: " + e);
        }
        return new PackFiles(location, paths, contents, problems, limits);
    }

    /** Lists a folder's files, checking their number and sizes; reads none of them. */
    private static void listFolder(Path pack, Map<String, Path> paths, List<PackProblem> problems, Limits limits)
            throws IOException {
        Path root = pack.toRealPath();
        long total = 0;
        try (Stream<Path> walk = Files.walk(pack)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = pack.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty() || skipped(rel)) {
                    continue;
                }
                Path source = p;
                if (Files.isSymbolicLink(p)) {
                    Path target;
                    try {
                        target = p.toRealPath();
                    } catch (IOException e) {
                        problems.add(new PackProblem(rel, 0, null, "symbolic link to a missing file"));
                        continue;
                    }
                    if (!target.startsWith(root)) {
                        problems.add(new PackProblem(
                                rel,
                                0,
                                null,
                                "symbolic link pointing outside the pack: a pack may only hold its own files"));
                        continue;
                    }
                    source = target; // read what was checked, not the link again
                }
                if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    limits.check(Limit.PACK_FILES, paths.size() + 1, pack.toString());
                    long size = Files.size(source);
                    limits.check(Limit.PACK_FILE_BYTES, size, pack + " file " + rel);
                    total += size;
                    limits.check(Limit.PACK_BYTES, total, pack.toString());
                    paths.put(rel, source);
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                    problems.add(new PackProblem(rel, 0, null, "not a regular file"));
                }
            }
        }
    }

    private static void readArchive(
            String location, Path pack, Map<String, byte[]> files, List<PackProblem> problems, Limits limits)
            throws IOException {
        Map<String, byte[]> entries;
        try {
            entries = Zips.read(pack, name -> true, limits, location);
        } catch (IOException e) {
            throw invalid(location, e.getMessage());
        }
        String prefix = topFolder(entries.keySet());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String rel = e.getKey().startsWith(prefix) ? e.getKey().substring(prefix.length()) : e.getKey();
            if (!safe(rel)) {
                problems.add(new PackProblem(
                        rel,
                        0,
                        null,
                        "archive entry with an unsafe path (absolute, or leaving the pack with ..): refused"));
            } else if (!skipped(rel) && !rel.startsWith("META-INF/")) {
                files.put(rel, e.getValue());
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            throw invalid(location, "not a pack folder, nor a .jar, .zip or .xlsx holding one");
        }
    }

    /**
     * The one folder an archive's pack sits in, as "compress this folder" makes it ({@code lam-dong/pack.csv}
     * …), or "" when the manifest is at the top or the entries do not all share one folder.
     */
    static String topFolder(java.util.Set<String> names) {
        if (names.contains(PackLoader.MANIFEST) || names.contains(PackLoader.WORKBOOK) || names.isEmpty()) {
            return "";
        }
        String first = names.iterator().next();
        int slash = first.indexOf('/');
        if (slash <= 0) {
            return "";
        }
        String prefix = first.substring(0, slash + 1);
        boolean shared = names.stream().allMatch(n -> n.startsWith(prefix));
        return shared && (names.contains(prefix + PackLoader.MANIFEST) || names.contains(prefix + PackLoader.WORKBOOK))
                ? prefix
                : "";
    }

    /** A path inside the pack: relative, no {@code ..} step, no backslash or drive letter. */
    static boolean safe(String rel) {
        if (rel.isEmpty() || rel.startsWith("/") || rel.contains("\\") || rel.contains(":") || rel.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : rel.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean skipped(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$") || part.startsWith(".~lock")) {
                return true;
            }
        }
        return false;
    }

    private static InvalidPackException invalid(String location, String message) {
        return new InvalidPackException(location, List.of(new PackProblem(location, 0, null, message)));
    }
}
