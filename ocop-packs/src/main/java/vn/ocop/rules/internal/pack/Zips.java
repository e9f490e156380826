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
import vn.ocop.Limit;
import vn.ocop.LimitExceededException;
import vn.ocop.Limits;

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
     * @param limits  entries, bytes per entry and in all (uncompressed, counted while inflating)
     * @param name    the archive's name, for messages
     * @return the entries read, by name, in the directory's order
     * @throws IOException            when the archive is damaged or holds two entries of one name
     * @throws LimitExceededException when it holds more than the limits allow
     */
    static Map<String, byte[]> read(Path archive, Predicate<String> wanted, Limits limits, String name)
            throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        long maxEntry = limits.get(Limit.PACK_FILE_BYTES);
        long max = limits.get(Limit.PACK_BYTES);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            limits.check(Limit.PACK_FILES, zip.size(), name);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String entry = e.getName();
                if (!names.add(entry)) {
                    throw new IOException("the archive holds two entries named '" + entry + "'; an unzip tool shows"
                            + " one of them, so the archive is refused");
                }
                if (e.isDirectory() || !wanted.test(entry)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    // bounded while inflating: a small entry that inflates to gigabytes stops at the limit
                    byte[] data =
                            in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.min(maxEntry, max - total) + 1));
                    if (data.length > maxEntry) {
                        throw new LimitExceededException(
                                Limit.PACK_FILE_BYTES, maxEntry + 1, maxEntry, name + " entry " + entry);
                    }
                    total += data.length;
                    if (total > max) {
                        throw new LimitExceededException(Limit.PACK_BYTES, max + 1, max, name);
                    }
                    out.put(entry, data);
                }
            }
        } catch (ZipException e) {
            throw new IOException("the archive is damaged or not a zip archive (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
