package detente.ingest;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches pages and feeds over HTTP(S) with {@link HttpClient}: redirects followed, a descriptive User-Agent, a
 * deadline for the whole exchange (headers and body) and a cap on the body size, enforced while it streams in.
 * Redirects follow {@link HttpClient.Redirect#NORMAL}: never from https to http, at most five hops (the JDK
 * default).
 *
 * <p>Only http(s) URLs with a host are fetched. {@link #publicHostsOnly} is for URLs that others choose (the
 * server's "code this URL"), where a fetch must not be a way into the machine or its network: the host must resolve
 * to public addresses only (none in an IANA special-purpose range, see {@link #isPublic}), and redirects are not
 * followed, since their target would escape that check. Such a fetch goes through Apache HttpClient, whose
 * resolver hook makes it connect to exactly the addresses that were checked.
 */
final class PageFetcher {

    /** Looks up a host's addresses; the JDK's resolver unless a test gives another. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final Predicate<InetAddress> allowed;
    private final Resolver resolver;

    public PageFetcher(Duration timeout, long maxBytes) {
        this(timeout, maxBytes, null);
    }

    /** A fetcher for URLs that others choose: public hosts only, no redirects. */
    static PageFetcher publicHostsOnly(Duration timeout, long maxBytes) {
        return new PageFetcher(timeout, maxBytes, PageFetcher::isPublic);
    }

    /** With {@code allowed}, only hosts whose every address it allows, and no redirects; without, any host. */
    PageFetcher(Duration timeout, long maxBytes, Predicate<InetAddress> allowed) {
        this(timeout, maxBytes, allowed, InetAddress::getAllByName);
    }

    PageFetcher(Duration timeout, long maxBytes, Predicate<InetAddress> allowed, Resolver resolver) {
        this.resolver = resolver;
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
        if (allowed != null) {
            URI uri = checked(url);
            return fetchPinned(uri, checkedAddresses(uri));
        }
        return page(send(url, java.util.Map.of()));
    }

    /**
     * Fetches {@code url} with a conditional GET: the validators of the last fetch ({@code If-None-Match},
     * {@code If-Modified-Since}, either may be null) are sent, and a 304 answer is a {@link Revalidated} without
     * a page.
     */
    Revalidated fetchIfChanged(String url, String etag, String lastModified) throws IngestException {
        if (allowed != null) {
            // URLs others chose go through the pinned fetch, which sends no validators: always the whole page.
            return new Revalidated(fetch(url), null, null);
        }
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

    /** A fetch of a URL the user chose, with the JDK's client (the pinned fetch serves URLs others chose). */
    private HttpResponse<byte[]> send(String url, java.util.Map<String, String> headers) throws IngestException {
        URI uri = checked(url);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", IngestOptions.USER_AGENT)
                .header("Accept", ACCEPT);
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
        return uri;
    }

    /** The host's addresses, looked up once; refused unless {@link #allowed} allows every one. */
    private InetAddress[] checkedAddresses(URI uri) throws IngestException {
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw IngestException.refused("unknown host " + uri.getHost());
        }
        if (addresses.length == 0) {
            throw IngestException.refused("unknown host " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                throw IngestException.refused(uri.getHost() + " is not a public host (" + address.getHostAddress()
                        + ")");
            }
        }
        return addresses;
    }

    /**
     * Fetches a URL someone else chose, connecting only to {@code addresses}, the ones just checked: the client's
     * resolver answers with them instead of asking DNS again, so a name that changes its answer between the check
     * and the connection (DNS rebinding) cannot lead the fetch elsewhere. TLS still checks the certificate against
     * the URL's host name. No redirects, no retries, no cookies; the whole exchange has the fetcher's deadline.
     */
    private FetchedPage fetchPinned(URI uri, InetAddress[] addresses) throws IngestException {
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return addresses.clone();
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        Timeout limit = Timeout.ofMilliseconds(timeout.toMillis());
        RequestConfig config = RequestConfig.custom().setConnectTimeout(limit).setResponseTimeout(limit)
                .setRedirectsEnabled(false).build();
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", ACCEPT);
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(get::cancel,
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try (CloseableHttpClient pinnedClient = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(pinned)
                        .build())
                .setDefaultRequestConfig(config).disableRedirectHandling().disableAutomaticRetries()
                .disableCookieManagement().setUserAgent(IngestOptions.USER_AGENT).build()) {
            return pinnedClient.execute(get, response -> {
                int status = response.getCode();
                if (status >= 400) {
                    throw new Refusal(new IngestException("HTTP " + status + " from " + uri));
                }
                if (status >= 300) {
                    throw new Refusal(new IngestException("HTTP " + status + " redirect not followed"));
                }
                HttpEntity entity = response.getEntity();
                if (entity != null && entity.getContentLength() > maxBytes) {
                    throw new Refusal(BoundedInput.tooLarge(maxBytes));
                }
                byte[] body;
                try (InputStream in = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
                    body = BoundedInput.readAll(in, maxBytes);
                } catch (IngestException e) {
                    throw new Refusal(e);
                }
                Header type = response.getFirstHeader("Content-Type");
                return new FetchedPage(uri.toString(), type == null ? null : type.getValue(), body);
            });
        } catch (Refusal r) {
            throw r.reason;
        } catch (IOException | IllegalStateException e) {
            if (get.isCancelled()) { // the deadline cancelled the exchange, wherever it was
                throw new IngestException("timed out after " + timeout.toMillis() + " ms");
            }
            if (e instanceof IllegalStateException state) {
                throw state;
            }
            throw describe(e);
        } finally {
            deadline.cancel(false);
        }
    }

    /** Carries an {@link IngestException} out of a response handler, which may throw only IOException. */
    private static final class Refusal extends IOException {
        private final IngestException reason;

        Refusal(IngestException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    /**
     * Whether an address is on the public internet: in none of the IANA special-purpose ranges (loopback, private,
     * shared/CGNAT, link-local, NAT64, 6to4, IPv4-compatible, benchmarking, reserved, multicast …; see
     * {@code special-purpose-addresses.txt}).
     */
    static boolean isPublic(InetAddress address) {
        return AddressRanges.SPECIAL_PURPOSE.find(address) == null;
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
        if (cause instanceof java.net.SocketTimeoutException) {
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
