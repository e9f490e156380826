package vn.ocop.rules.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a zip archive (a pack's {@code .zip}/{@code .jar}, or the parts of a workbook) the way unzip tools
 * and spreadsheet programs do: through its central directory, so that what the library reads is what a
 * person who opens the archive sees. Local headers the directory does not list are never read, two entries
 * of one name are refused, and the uncompressed size is bounded.
 */
final class Zips {
    private Zips() {}

    /**
     * @param archive the archive
     * @param wanted  which entries to read (directories are never read)
     * @param max     the most bytes to read, uncompressed
     * @return the entries read, by name, in the directory's order
     * @throws IOException when the archive is damaged, holds two entries of one name, or is too large
     */
    static Map<String, byte[]> read(Path archive, Predicate<String> wanted, long max) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String name = e.getName();
                if (!names.add(name)) {
                    throw new IOException("the archive holds two entries named '" + name + "'; an unzip tool shows"
                            + " one of them, so the archive is refused");
                }
                if (e.isDirectory() || !wanted.test(name)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max - total + 1));
                    total += data.length;
                    if (total > max) {
                        throw new IOException("the archive holds more than " + max / (1024 * 1024) + " MB");
                    }
                    out.put(name, data);
                }
            }
        } catch (ZipException e) {
            throw new IOException("the archive is damaged or not a zip archive (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
