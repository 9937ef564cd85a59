package detente.ingest;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Fetches pages and feeds over HTTP(S) with {@link HttpClient}: redirects followed, a descriptive User-Agent, a
 * deadline for the whole exchange (headers and body) and a cap on the body size, enforced while it streams in.
 * Redirects follow {@link HttpClient.Redirect#NORMAL}: never from https to http, at most five hops (the JDK
 * default).
 *
 * <p>Only http(s) URLs with a host are fetched. {@link #publicHostsOnly} is for URLs that others choose (the
 * server's "code this URL"), where a fetch must not be a way into the machine or its network: the host must resolve
 * to public addresses only (no loopback, private, link-local, unique-local, wildcard or multicast address), and
 * redirects are not followed, since their target would escape that check.
 */
final class PageFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final Predicate<InetAddress> allowed;

    public PageFetcher(Duration timeout, long maxBytes) {
        this(timeout, maxBytes, null);
    }

    /** A fetcher for URLs that others choose: public hosts only, no redirects. */
    static PageFetcher publicHostsOnly(Duration timeout, long maxBytes) {
        return new PageFetcher(timeout, maxBytes, PageFetcher::isPublic);
    }

    /** With {@code allowed}, only hosts whose every address it allows, and no redirects; without, any host. */
    PageFetcher(Duration timeout, long maxBytes, Predicate<InetAddress> allowed) {
        this.client = HttpClient.newBuilder()
                .followRedirects(allowed == null ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowed = allowed;
    }

    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Fetches {@code url}; any failure (unreachable, HTTP error, timeout, too large) is an {@link IngestException}. */
    public FetchedPage fetch(String url) throws IngestException {
        return page(send(url, java.util.Map.of()));
    }

    /**
     * Fetches {@code url} with a conditional GET: the validators of the last fetch ({@code If-None-Match},
     * {@code If-Modified-Since}, either may be null) are sent, and a 304 answer is a {@link Revalidated} without
     * a page.
     */
    Revalidated fetchIfChanged(String url, String etag, String lastModified) throws IngestException {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        HttpResponse<byte[]> response = send(url, headers);
        String newEtag = response.headers().firstValue("ETag").orElse(null);
        String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
        if (response.statusCode() == 304) {
            return new Revalidated(null, etag, lastModified);
        }
        return new Revalidated(page(response), newEtag, newLastModified);
    }

    /** A conditional fetch's answer: the page (null when unchanged) and the validators to send next time. */
    record Revalidated(FetchedPage page, String etag, String lastModified) {
    }

    private HttpResponse<byte[]> send(String url, java.util.Map<String, String> headers) throws IngestException {
        URI uri = checked(url);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", IngestOptions.USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        headers.forEach(builder::header);
        HttpRequest request = builder.GET().build();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::cappedBody);
        HttpResponse<byte[]> response;
        try {
            response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IngestException("timed out after " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while fetching");
        } catch (ExecutionException e) {
            if (System.nanoTime() - start >= timeout.minusMillis(100).toNanos()) {
                // the client's own deadline closed the connection mid-body (a server that trickles bytes)
                throw new IngestException("timed out after " + timeout.toMillis() + " ms");
            }
            throw describe(e.getCause());
        }
        return response;
    }

    private FetchedPage page(HttpResponse<byte[]> response) throws IngestException {
        if (response.statusCode() >= 400) {
            throw new IngestException("HTTP " + response.statusCode() + " from " + response.uri());
        }
        if (response.statusCode() >= 300) {
            throw new IngestException("HTTP " + response.statusCode() + " redirect not followed");
        }
        if (response.body() == null) {
            throw BoundedInput.tooLarge(maxBytes);
        }
        return new FetchedPage(response.uri().toString(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** The URL as a URI, refused unless it is http(s) with a host (and, if asked, a public one). */
    private URI checked(String url) throws IngestException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw IngestException.refused("not a valid URL (" + e.getMessage() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw IngestException.refused("not an http:// or https:// URL");
        }
        if (allowed != null) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (!allowed.test(address)) {
                        throw IngestException.refused(uri.getHost() + " is not a public host ("
                                + address.getHostAddress() + ")");
                    }
                }
            } catch (UnknownHostException e) {
                throw IngestException.refused("unknown host " + uri.getHost());
            }
        }
        return uri;
    }

    /** Whether an address is on the public internet rather than this machine or a private network. */
    static boolean isPublic(InetAddress address) {
        boolean uniqueLocal = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal);
    }

    private HttpResponse.BodySubscriber<byte[]> cappedBody(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return new CappedBody(maxBytes);
    }

    private IngestException describe(Throwable cause) {
        if (cause == null) {
            return new IngestException("unreachable");
        }
        if (cause instanceof TooLarge) {
            return BoundedInput.tooLarge(maxBytes);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new IngestException("unreachable (connect timed out after " + timeout.toMillis() + " ms)");
        }
        if (cause instanceof HttpTimeoutException) {
            return new IngestException("timed out after " + timeout.toMillis() + " ms");
        }
        if (cause instanceof java.net.ConnectException) {
            return new IngestException("unreachable (connection refused)");
        }
        if (cause instanceof IOException io && io.getCause() instanceof TooLarge) {
            return BoundedInput.tooLarge(maxBytes);
        }
        String message = cause.getMessage();
        return new IngestException("unreachable (" + cause.getClass().getSimpleName()
                + (message == null ? "" : ": " + message) + ")");
    }

    /** Signals a body past the cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body too large");
        }
    }

    /** Collects the body and cancels the stream as soon as it passes the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<byte[]> chunks = new ArrayList<>();
        private long size;
        private Flow.Subscription subscription;

        CappedBody(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                size += buffer.remaining();
                if (size > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                chunks.add(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            byte[] body = new byte[(int) size];
            int at = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, body, at, chunk.length);
                at += chunk.length;
            }
            result.complete(body);
        }
    }
}
