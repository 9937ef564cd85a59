package detente.ingest;

import detente.doc.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The ingest entry point: turns inputs (file paths, directories, http(s) URLs, {@code -} for stdin) into articles
 * in a deterministic order. Files are read by kind (plain text, HTML, gzipped HTML, RSS/Atom, JSON Lines);
 * directories are walked recursively in sorted order; each feed item's link is fetched, falling back to the
 * feed's own summary when the fetch fails. A bad input becomes one {@link IngestFailure} and the batch goes on.
 */
public final class ArticleReader {

    private final IngestOptions options;
    private final PageFetcher fetcher;
    private final Supplier<InputStream> stdin;
    private final TextDecoder decoder = new TextDecoder();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final PlainTextParser textParser = new PlainTextParser();
    private final HtmlArticleParser htmlParser = new HtmlArticleParser();
    private final FeedParser feedParser = new FeedParser();
    private final JsonLinesParser jsonLinesParser = new JsonLinesParser();

    public ArticleReader(IngestOptions options) {
        this(options, () -> System.in);
    }

    /** A reader whose {@code -} input comes from {@code stdin}. */
    public ArticleReader(IngestOptions options, Supplier<InputStream> stdin) {
        this.options = options;
        this.fetcher = options.publicHostsOnly()
                ? PageFetcher.publicHostsOnly(options.fetchTimeout(), options.maxBytes())
                : new PageFetcher(options.fetchTimeout(), options.maxBytes());
        this.stdin = stdin;
    }

    /** Reads every input, in order; never throws for a bad input. */
    public IngestResult read(List<String> inputs) {
        Batch batch = new Batch();
        for (String input : inputs) {
            try {
                readInput(input, batch);
            } catch (IngestException e) {
                batch.fail(input, e.getMessage());
            } catch (RuntimeException e) {
                batch.fail(input, "unexpected error (" + e + ")");
            }
        }
        LocalDate override = options.dateOverride();
        List<Article> articles = override == null ? batch.articles
                : batch.articles.stream().map(article -> article.withDate(override)).toList();
        return new IngestResult(articles, batch.failures, batch.warnings);
    }

    /**
     * The articles in one input's bytes, read by its file name ({@code .txt}, {@code .html}, {@code .jsonl},
     * {@code .gz}, ...), for engines that fetch the bytes themselves (the Spark job). Never throws for bad input.
     */
    public IngestResult readBytes(String id, String name, byte[] bytes) {
        Batch batch = new Batch();
        try {
            if (bytes.length > options.maxBytes()) {
                throw BoundedInput.tooLarge(options.maxBytes());
            }
            readBytes(id, name, bytes, null, null, batch);
        } catch (IngestException e) {
            batch.fail(id, e.getMessage());
        } catch (RuntimeException e) {
            batch.fail(id, "unexpected error (" + e + ")");
        }
        LocalDate override = options.dateOverride();
        List<Article> articles = override == null ? batch.articles
                : batch.articles.stream().map(article -> article.withDate(override)).toList();
        return new IngestResult(articles, batch.failures, batch.warnings);
    }

    /**
     * The one article at an http(s) URL, for callers that take URLs from others (the server, with {@link
     * IngestOptions#publicHostsOnly()}): never reads a file or stdin. A URL that is refused, cannot be fetched, or
     * holds no article or several (a feed) is an {@link IngestException}.
     */
    public Article readUrl(String url) throws IngestException {
        Batch batch = new Batch();
        try {
            readPage(url, batch);
        } catch (RuntimeException e) {
            throw new IngestException("unexpected error (" + e + ")", e);
        }
        if (!batch.failures.isEmpty()) {
            throw new IngestException(batch.failures.get(0).reason());
        }
        if (batch.articles.size() != 1) {
            throw new IngestException("holds " + batch.articles.size() + " articles, not one");
        }
        Article article = batch.articles.get(0);
        return options.dateOverride() == null ? article : article.withDate(options.dateOverride());
    }

    private void readInput(String input, Batch batch) throws IngestException {
        if (input.equals("-")) {
            readBytes(input, null, BoundedInput.readAll(stdin.get(), options.maxBytes()), null, null, batch);
        } else if (PageFetcher.isUrl(input)) {
            readPage(input, batch);
        } else {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                readDirectory(path, batch);
            } else {
                readFile(input, path, batch);
            }
        }
    }

    private void readPage(String url, Batch batch) throws IngestException {
        FetchedPage page = fetcher.fetch(url);
        readBytes(url, page.url(), page.body(), page.contentType(), page.url(), batch);
    }

    /**
     * The files of a directory tree that ingest reads (by extension, hidden files skipped), in sorted order: the
     * order every command reads a directory in.
     */
    public static List<Path> readableFiles(Path dir) throws IngestException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> InputKind.byName(file.getFileName().toString()) != null)
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException("cannot list directory (" + e.getMessage() + ")");
        }
    }

    private void readDirectory(Path dir, Batch batch) throws IngestException {
        List<Path> files = readableFiles(dir);
        for (Path file : files) {
            String id = file.toString();
            try {
                readFile(id, file, batch);
            } catch (IngestException e) {
                batch.fail(id, e.getMessage());
            } catch (RuntimeException e) {
                batch.fail(id, "unexpected error (" + e + ")");
            }
        }
    }

    private void readFile(String id, Path path, Batch batch) throws IngestException {
        if (!Files.exists(path)) {
            throw new IngestException("no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw new IngestException("not readable");
        }
        try {
            if (Files.size(path) > options.maxBytes()) {
                throw BoundedInput.tooLarge(options.maxBytes());
            }
            try (InputStream in = Files.newInputStream(path)) {
                readBytes(id, path.getFileName().toString(), BoundedInput.readAll(in, options.maxBytes()), null,
                        null, batch);
            }
        } catch (IOException e) {
            throw new IngestException("cannot read (" + e.getMessage() + ")");
        }
    }

    private void readBytes(String id, String name, byte[] raw, String contentType, String url, Batch batch)
            throws IngestException {
        byte[] bytes = BoundedInput.isGzip(raw) ? BoundedInput.gunzip(raw, options.maxBytes()) : raw;
        if (bytes.length == 0) {
            throw new IngestException("empty");
        }
        InputKind kind = name == null ? null : InputKind.byName(name);
        if (kind == null || url != null && InputKind.byContentType(contentType) != null) {
            kind = Optional.ofNullable(InputKind.byContentType(contentType)).orElse(kind);
        }
        if (kind == null) {
            kind = InputKind.sniff(bytes);
        }
        DecodedText decoded = decoder.decode(bytes, contentType);
        if (decoded.warning() != null) {
            batch.warn(id, decoded.warning());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            throw new IngestException("empty (only whitespace)");
        }
        switch (kind) {
            case TEXT -> batch.articles.add(textParser.parse(id, url == null ? name : null, text));
            case HTML -> batch.articles.add(htmlParser.parse(id, text, url));
            case FEED -> readFeed(id, feedParser.parse(text), url, batch);
            case JSON_LINES -> jsonLinesParser.parse(id, text, batch.articles, batch.failures);
        }
    }

    private void readFeed(String input, Feed feed, String feedUrl, Batch batch) {
        if (feed.items().isEmpty()) {
            batch.fail(input, "feed has no items");
            return;
        }
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = withAbsoluteLink(feed.items().get(i), feedUrl);
            String id = item.id();
            if (id == null) {
                batch.fail(input + " item " + (i + 1), "feed item has neither link nor guid");
                continue;
            }
            try {
                batch.articles.add(feedArticle(id, feed.title(), item, fetcher::fetch, batch));
            } catch (IngestException e) {
                batch.fail(id, e.getMessage());
            }
        }
    }

    /** Fetches one page (the plain fetcher, or a polite one that waits its turn for the host). */
    interface PageSource {
        FetchedPage fetch(String url) throws IngestException;
    }

    /**
     * The article behind one entry a watched source lists (a feed item, a sitemap URL, a listed page), read as
     * ingest reads a feed item: the linked page fetched through {@code pages} and extracted, the feed's summary
     * when the page cannot be had. Never throws for bad input.
     */
    IngestResult readEntry(SourceEntry entry, PageSource pages) {
        Batch batch = new Batch();
        FeedItem item = new FeedItem(entry.title(), entry.link(), entry.guid(), entry.date(), entry.author(),
                entry.summary());
        try {
            batch.articles.add(feedArticle(entry.id(), entry.sourceTitle(), item, pages, batch));
        } catch (IngestException e) {
            batch.fail(entry.id(), e.getMessage());
        } catch (RuntimeException e) {
            batch.fail(entry.id(), "unexpected error (" + e + ")");
        }
        LocalDate override = options.dateOverride();
        List<Article> articles = override == null ? batch.articles
                : batch.articles.stream().map(article -> article.withDate(override)).toList();
        return new IngestResult(articles, batch.failures, batch.warnings);
    }

    private Article feedArticle(String id, String feedTitle, FeedItem item, PageSource pages, Batch batch)
            throws IngestException {
        LocalDate itemDate = PublicationDateParser.parse(item.date()).orElse(null);
        if (item.date() != null && itemDate == null) {
            batch.warn(id, "unreadable date \"" + item.date() + "\" in the feed");
        }
        Article page = null;
        if (options.fetchFeedLinks() && item.link() != null && PageFetcher.isUrl(item.link())) {
            try {
                FetchedPage fetched = pages.fetch(item.link());
                DecodedText decoded = decoder.decode(fetched.body(), fetched.contentType());
                if (decoded.warning() != null) {
                    batch.warn(id, decoded.warning());
                }
                page = htmlParser.parse(id, decoded.text(), fetched.url(), feedTitle);
            } catch (IngestException e) {
                if (item.content() == null) {
                    throw new IngestException("could not fetch the article (" + e.getMessage()
                            + ") and the feed has no summary");
                }
                batch.warn(id, "could not fetch the article (" + e.getMessage() + "); used the feed's summary");
            }
        }
        LocalDate date = itemDate != null ? itemDate : page == null ? null : page.date();
        if (date == null && options.dateOverride() == null) {
            batch.warn(id, "no publication date");
        }
        if (page != null) {
            return new Article(id, item.title() != null ? item.title() : page.title(), date, page.url(),
                    page.source(),
                    item.author() != null ? item.author() : page.author(), page.language(), page.text());
        }
        String summary = item.content() == null ? ""
                : normalizer.normalize(BlockTextRenderer.text(Jsoup.parseBodyFragment(item.content()).body()))
                .text();
        if (summary.isBlank()) {
            throw new IngestException("feed item has no text");
        }
        return new Article(id, item.title(), date, item.link(), feedTitle, item.author(), null, summary);
    }

    /** Resolves a relative item link (common in Atom feeds) against the feed's own URL. */
    static FeedItem withAbsoluteLink(FeedItem item, String feedUrl) {
        if (feedUrl == null || item.link() == null || PageFetcher.isUrl(item.link())) {
            return item;
        }
        try {
            String link = URI.create(feedUrl).resolve(item.link().strip()).toString();
            return new FeedItem(item.title(), link, item.guid(), item.date(), item.author(), item.content());
        } catch (IllegalArgumentException e) {
            return item;
        }
    }

    /** What a batch has yielded so far. */
    private static final class Batch {
        private final List<Article> articles = new ArrayList<>();
        private final List<IngestFailure> failures = new ArrayList<>();
        private final List<IngestWarning> warnings = new ArrayList<>();

        void fail(String input, String reason) {
            failures.add(new IngestFailure(input, reason));
        }

        void warn(String input, String reason) {
            warnings.add(new IngestWarning(input, reason));
        }
    }
}
