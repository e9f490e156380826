package vn.ocop.rules.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.PackProblem;

/**
 * The files of a pack, read into memory at once so that a pack is judged on one consistent snapshot:
 * a folder (walked, hidden files and spreadsheet lock files skipped) or a {@code .jar}/{@code .zip}.
 *
 * @param location the pack as given, for messages
 * @param files    content by path relative to the pack, with {@code /} separators, in path order
 */
record PackFiles(String location, Map<String, byte[]> files) {
    /** Refuses absurd packs before they fill the heap. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    static PackFiles read(Path pack) {
        String location = pack.toString();
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if (Files.isDirectory(pack)) {
                try (Stream<Path> walk = Files.walk(pack)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        String rel = pack.relativize(p).toString().replace('\\', '/');
                        if (Files.isRegularFile(p) && !skipped(rel)) {
                            files.put(rel, Files.readAllBytes(p));
                        }
                    }
                }
            } else if (Files.isRegularFile(pack)) {
                try (InputStream in = Files.newInputStream(pack); ZipInputStream zip = new ZipInputStream(in)) {
                    long total = 0;
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                        String rel = e.getName();
                        if (e.isDirectory() || skipped(rel) || rel.startsWith("META-INF/")) {
                            continue;
                        }
                        if (rel.startsWith("/") || rel.contains("../") || rel.contains("\\")) {
                            throw invalid(location, "entry '" + rel + "' has an unsafe path");
                        }
                        byte[] bytes = zip.readAllBytes();
                        total += bytes.length;
                        if (total > MAX_BYTES) {
                            throw invalid(location, "the pack holds more than " + MAX_BYTES / (1024 * 1024) + " MB");
                        }
                        files.put(rel, bytes);
                    }
                }
                if (files.isEmpty()) {
                    throw invalid(location, "not a pack folder, nor a .jar or .zip holding one");
                }
            } else {
                throw invalid(location, "no such folder or file");
            }
        } catch (IOException e) {
            throw invalid(location, "cannot read the pack: " + e);
        }
        return new PackFiles(location, files);
    }

    private static boolean skipped(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    private static InvalidPackException invalid(String location, String message) {
        return new InvalidPackException(location, java.util.List.of(new PackProblem(location, 0, null, message)));
    }
}
