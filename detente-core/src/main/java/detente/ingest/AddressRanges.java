package detente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of address ranges (CIDR), read from a data file of one range a line; answers whether an address falls
 * in any. {@link #SPECIAL_PURPOSE} is the list a fetch for others must stay out of.
 */
final class AddressRanges {

    /** The IANA special-purpose ranges and their kin ({@code special-purpose-addresses.txt}). */
    static final AddressRanges SPECIAL_PURPOSE = read("/detente/ingest/special-purpose-addresses.txt");

    /** One range: the network's bytes, its prefix length and what it is. */
    record Range(byte[] network, int prefix, String name) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The range {@code address} falls in, or null. */
    Range find(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Range r : ranges) {
            if (r.contains(bytes)) {
                return r;
            }
        }
        return null;
    }

    static AddressRanges read(String resource) {
        try (InputStream in = AddressRanges.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Range> out = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+", 2);
                out.add(range(parts[0], parts.length > 1 ? parts[1] : "", resource + ":" + number));
            }
            return new AddressRanges(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Range range(String cidr, String name, String where) {
        int slash = cidr.indexOf('/');
        if (slash < 0 || !cidr.matches("[0-9a-fA-F:.]+/[0-9]{1,3}")) {
            throw new IllegalArgumentException(where + ": not a CIDR range: " + cidr);
        }
        byte[] network;
        try {
            // A literal is parsed without any lookup; IPv4-mapped forms come back as IPv4, so keep 16 bytes.
            String literal = cidr.substring(0, slash);
            InetAddress parsed = InetAddress.getByName(literal);
            network = literal.contains(":") && parsed instanceof Inet4Address v4 ? mapped(v4) : parsed.getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(where + ": not an address: " + cidr, e);
        }
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        if (prefix > network.length * 8) {
            throw new IllegalArgumentException(where + ": prefix too long: " + cidr);
        }
        return new Range(network, prefix, name);
    }

    private static byte[] mapped(Inet4Address v4) {
        byte[] out = new byte[16];
        out[10] = (byte) 0xff;
        out[11] = (byte) 0xff;
        System.arraycopy(v4.getAddress(), 0, out, 12, 4);
        return out;
    }
}
