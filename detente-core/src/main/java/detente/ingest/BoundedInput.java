package detente.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads inputs whole, but never more than a cap, and unpacks gzip (with the cap applied to the unpacked size). */
final class BoundedInput {

    private BoundedInput() {
    }

    /** All bytes of {@code in}, or an {@link IngestException} once more than {@code maxBytes} arrive. */
    static byte[] readAll(InputStream in, long maxBytes) throws IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (ZipException | EOFException e) {
            throw new IngestException("truncated or corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new IngestException("cannot read (" + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }

    /** Unpacks gzip data, within the cap. */
    static byte[] gunzip(byte[] compressed, long maxBytes) throws IngestException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return readAll(in, maxBytes);
        } catch (IOException e) {
            throw new IngestException("not valid gzip data (" + e.getMessage() + ")", e);
        }
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    static IngestException tooLarge(long maxBytes) {
        return new IngestException("too large: more than " + humanSize(maxBytes)
                + " (raise the limit with --max-bytes)");
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
