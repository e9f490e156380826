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
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.PackProblem;

/**
 * The files of a pack, read into memory at once so that a pack is judged on one consistent snapshot:
 * a folder (walked, hidden files and spreadsheet lock files skipped), a {@code .jar}/{@code .zip}, or a
 * single workbook ({@code .xlsx}) standing for a pack that is all in {@code pack.xlsx}.
 *
 * <p>Nothing outside the pack is read: a symbolic link whose target lies outside the pack folder, and an
 * archive entry whose path is absolute or climbs out ({@code ../}), are refused as problems of the pack.
 *
 * @param location the pack as given, for messages
 * @param files    content by path relative to the pack, with {@code /} separators, in path order
 * @param problems files refused while reading
 */
record PackFiles(String location, Map<String, byte[]> files, List<PackProblem> problems) {
    /** Refuses absurd packs before they fill the heap. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    static PackFiles read(Path pack) {
        String location = pack.toString();
        Map<String, byte[]> files = new TreeMap<>();
        List<PackProblem> problems = new ArrayList<>();
        try {
            if (Files.isDirectory(pack)) {
                readFolder(pack, files, problems);
            } else if (Files.isRegularFile(pack)
                    && pack.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".xlsx")) {
                if (Files.size(pack) > MAX_BYTES) {
                    throw invalid(location, "the workbook is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                files.put(PackLoader.WORKBOOK, Files.readAllBytes(pack));
            } else if (Files.isRegularFile(pack)) {
                readArchive(location, pack, files, problems);
            } else {
                throw invalid(location, "no such folder or file");
            }
        } catch (IOException e) {
            throw invalid(location, "cannot read the pack: " + e);
        }
        return new PackFiles(location, files, problems);
    }

    private static void readFolder(Path pack, Map<String, byte[]> files, List<PackProblem> problems)
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
                                "symbolic link pointing outside the pack: a pack" + " may only hold its own files"));
                        continue;
                    }
                    source = target; // read what was checked, not the link again
                }
                if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    total += Files.size(source);
                    if (total > MAX_BYTES) {
                        throw invalid(pack.toString(), "the pack holds more than " + MAX_BYTES / (1024 * 1024) + " MB");
                    }
                    files.put(rel, Files.readAllBytes(source));
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                    problems.add(new PackProblem(rel, 0, null, "not a regular file"));
                }
            }
        }
    }

    private static void readArchive(String location, Path pack, Map<String, byte[]> files, List<PackProblem> problems)
            throws IOException {
        Map<String, byte[]> entries;
        try {
            entries = Zips.read(pack, name -> true, MAX_BYTES);
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
                        "archive entry with an unsafe path (absolute, or" + " leaving the pack with ..): refused"));
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
