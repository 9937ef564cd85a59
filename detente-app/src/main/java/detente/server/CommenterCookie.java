package detente.server;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * How the server knows a returning commenter: the browser that posted a reply gets a cookie naming that reply,
 * signed with a key only the server has ({@code commenter.key} in the data directory, made on first use). A later
 * reply is published at once only when it comes with the cookie of an approved reply written with the same email;
 * knowing someone's email is not enough.
 */
final class CommenterCookie {

    static final String NAME = "detente_commenter";
    private static final long ONE_YEAR_SECONDS = 365L * 24 * 3600;

    private final byte[] key;

    CommenterCookie(Path keyFile) {
        this.key = loadOrCreate(keyFile);
    }

    /** The cookie value for the author of reply {@code replyId}. */
    String issue(long replyId) {
        return replyId + "." + sign(replyId);
    }

    /** The reply a cookie value names, when its signature is ours. */
    OptionalLong verify(String value) {
        if (value == null || !value.matches("[0-9]{1,18}\\.[A-Za-z0-9_-]{43}")) {
            return OptionalLong.empty();
        }
        int dot = value.indexOf('.');
        long id = Long.parseLong(value.substring(0, dot));
        boolean ok = MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return ok ? OptionalLong.of(id) : OptionalLong.empty();
    }

    /** The Set-Cookie header value for {@code value}. */
    static String header(String value) {
        return NAME + "=" + value + "; Path=/api; Max-Age=" + ONE_YEAR_SECONDS + "; HttpOnly; SameSite=Strict";
    }

    private String sign(long replyId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal(("commenter:" + replyId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.createFile(file);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system; the data directory's own permissions guard it
                    }
                    Files.write(file, fresh);
                } catch (FileAlreadyExistsException e) {
                    // another server made it first; use theirs
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 32) {
                throw new IllegalStateException(file + " holds " + bytes.length + " bytes, not a 32-byte key;"
                        + " delete it to make a new one (returning commenters are then asked to wait once more)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
