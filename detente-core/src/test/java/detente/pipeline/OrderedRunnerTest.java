package detente.pipeline;

import detente.doc.Article;
import detente.doc.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedRunnerTest {

    private static List<Article> articles(int n) {
        return IntStream.range(0, n).mapToObj(i -> Article.of("a" + i, null, "text " + i)).toList();
    }

    private static int index(Article article) {
        return Integer.parseInt(article.id().substring(1));
    }

    /** Codes an article after a delay that makes early articles finish late, counting how many run at once. */
    private static final class SlowCoder implements Function<Article, Document> {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostRunning = new AtomicInteger();

        @Override
        public Document apply(Article article) {
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep((7 - index(article) % 7) * 3L);
                if (article.id().equals("a5")) {
                    throw new IllegalStateException("no parse");
                }
                return Document.of(article);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    /** Records what it hears, in order, and checks the window on every call. */
    private static final class Recording implements OrderedRunner.Sink<RuntimeException> {
        final List<String> heard = new ArrayList<>();
        final Pulled pulled;
        int mostInFlight;

        Recording(Pulled pulled) {
            this.pulled = pulled;
        }

        @Override
        public void accept(Article article, Document document) {
            assertThat(document.article()).isSameAs(article);
            hear(article.id());
        }

        @Override
        public void failed(Article article, Throwable cause) {
            hear(article.id() + " failed: " + OrderedRunner.reason(cause));
        }

        private void hear(String what) {
            heard.add(what);
            mostInFlight = Math.max(mostInFlight, pulled.count - (heard.size() - 1));
        }
    }

    /** An iterator that counts what has been pulled from it. */
    private static final class Pulled implements Iterator<Article> {
        private final Iterator<Article> articles;
        int count;

        Pulled(List<Article> articles) {
            this.articles = articles.iterator();
        }

        @Override
        public boolean hasNext() {
            return articles.hasNext();
        }

        @Override
        public Article next() {
            count++;
            return articles.next();
        }
    }

    @Test
    void handsDocumentsOnInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        SlowCoder coder = new SlowCoder();
        Pulled pulled = new Pulled(articles(40));
        Recording sink = new Recording(pulled);

        new OrderedRunner(4, "test").run(pulled, coder, sink);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add(i == 5 ? "a5 failed: IllegalStateException: no parse" : "a" + i);
        }
        assertThat(sink.heard).containsExactlyElementsOf(expected);
        assertThat(coder.mostRunning.get()).as("articles coded at once").isBetween(2, 4);
    }

    @Test
    void aFailedArticleIsHeardInItsPlaceAndTheOthersGoOn() throws Exception {
        Pulled pulled = new Pulled(articles(8));
        Recording sink = new Recording(pulled);

        new OrderedRunner(3, "test").run(pulled, new SlowCoder(), sink);

        assertThat(sink.heard).hasSize(8);
        assertThat(sink.heard.get(5)).isEqualTo("a5 failed: IllegalStateException: no parse");
        assertThat(sink.heard.stream().filter(h -> h.contains("failed"))).hasSize(1);
        assertThat(sink.heard.subList(6, 8)).containsExactly("a6", "a7");
    }

    @Test
    void pullsArticlesOnlyAsTheWindowFreesUp() throws Exception {
        OrderedRunner runner = new OrderedRunner(2, "test");
        Pulled pulled = new Pulled(articles(100));
        Recording sink = new Recording(pulled);

        runner.run(pulled, new SlowCoder(), sink);

        assertThat(runner.window()).isEqualTo(8);
        assertThat(sink.heard).hasSize(100);
        assertThat(sink.mostInFlight).as("articles pulled but not yet handed on").isEqualTo(8);
    }

    @Test
    void whatTheSinkThrowsEndsTheRun() {
        Pulled pulled = new Pulled(articles(50));
        OrderedRunner.Sink<IOException> sink = new OrderedRunner.Sink<>() {
            @Override
            public void accept(Article article, Document document) throws IOException {
                if (article.id().equals("a3")) {
                    throw new IOException("disk full");
                }
            }

            @Override
            public void failed(Article article, Throwable cause) {
            }
        };

        assertThatThrownBy(() -> new OrderedRunner(2, "test").run(pulled, Document::of, sink))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(pulled.count).isLessThanOrEqualTo(4 + 8);
    }

    @Test
    void runsOnOneThreadAtLeast() throws Exception {
        List<String> heard = new ArrayList<>();
        new OrderedRunner(0, "test").run(articles(3).iterator(), Document::of,
                new OrderedRunner.Sink<RuntimeException>() {
                    @Override
                    public void accept(Article article, Document document) {
                        heard.add(article.id());
                    }

                    @Override
                    public void failed(Article article, Throwable cause) {
                        heard.add("failed");
                    }
                });
        assertThat(heard).containsExactly("a0", "a1", "a2");
    }
}
