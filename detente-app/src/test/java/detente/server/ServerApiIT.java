package detente.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every API endpoint over a small real store: answers, paging, 4xx errors, limits, admin token, replies. */
class ServerApiIT {

    static final String TOKEN = "test-admin-token-0123456789";
    @TempDir
    static Path dir;
    static Server server;
    static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        Path data = TestStore.copyTo(dir.resolve("data"));
        server = Server.create(c -> {
            c.port = 0;
            c.dataDir = data;
            c.adminToken = TOKEN;
            c.pipeline = TestStore::pipeline;
            c.repliesPerMinute = 1000;
            c.maxRequestBytes = 200_000;
            c.maxTextChars = 50_000;
        }).start();
        client = new ApiClient(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String admin() {
        return "Bearer " + TOKEN;
    }

    static void assertError(ApiClient.Response r, int status, String containing) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).contains(containing);
    }

    @Test
    void openApiListsEveryEndpoint() {
        JsonNode doc = client.get("/api/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> listed = new ArrayList<>();
        doc.get("paths").properties().forEach(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> listed.add(m.toUpperCase() + " " + p.getKey())));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(server.endpoints());
        assertThat(listed).contains("GET /api/articles", "GET /api/articles/{seq}", "GET /api/events",
                "GET /api/dyads/{a}/{b}", "GET /api/dyads/{a}/{b}/tension", "GET /api/dyads/top", "GET /api/alerts",
                "GET /api/network", "GET /api/actors", "GET /api/actors/{actor}/profile", "POST /api/code",
                "POST /api/ingest", "POST /api/articles/{seq}/replies", "POST /api/reports/{id}/replies",
                "POST /api/replies/{id}/approve");
        assertThat(doc.at("/paths/~1api~1ingest/post/security").isArray()).isTrue();
    }

    @Test
    void placesCountTheEventsOfEachPlaceAndFilterLikeEvents() {
        JsonNode places = client.get("/api/places").json();
        assertThat(places.isArray()).isTrue();
        assertThat(places).isNotEmpty();
        int total = 0;
        for (JsonNode p : places) {
            int events = p.get("events").asInt();
            assertThat(events).isEqualTo(p.get("verbal_cooperation").asInt() + p.get("material_cooperation").asInt()
                    + p.get("verbal_conflict").asInt() + p.get("material_conflict").asInt());
            assertThat(p.get("ids")).hasSize(events);
            assertThat(p.get("lat").asDouble()).isBetween(-90.0, 90.0);
            assertThat(p.get("level").asText()).isIn("point", "city", "admin1", "region", "country", "sea");
            total += events;
        }
        assertThat(client.get("/api/places?a=IRN&b=PAK").json()).allSatisfy(p ->
                assertThat(p.get("events").asInt()).isPositive());
        assertThat(client.get("/api/places?code=04").json().size()).isLessThanOrEqualTo(places.size());
        assertThat(total).isPositive();
        assertError(client.get("/api/places?from=yesterday"), 400, "from");
    }

    @Test
    void articlesArePagedAndSearchable() {
        JsonNode all = client.get("/api/articles").json();
        assertThat(all.get("total").asInt()).isEqualTo(4);
        JsonNode page = client.get("/api/articles?limit=2&offset=1").json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("seq").asLong()).isEqualTo(all.get("items").get(1).get("seq").asLong());
        JsonNode found = client.get("/api/articles?q=ankara").json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("snippet").asText()).containsIgnoringCase("ankara");
        assertThat(client.get("/api/articles?q=zzzzqqq").json().get("total").asInt()).isZero();
    }

    @Test
    void pagingIsChecked() {
        assertError(client.get("/api/articles?limit=0"), 400, "limit");
        assertError(client.get("/api/articles?limit=501"), 400, "limit");
        assertError(client.get("/api/articles?limit=abc"), 400, "limit");
        assertError(client.get("/api/articles?offset=-1"), 400, "offset");
        assertError(client.get("/api/events?limit=100000"), 400, "limit");
    }

    @Test
    void oneArticleHasItsAnnotations() {
        long seq = seqOf("ankara");
        JsonNode doc = client.get("/api/articles/" + seq).json();
        assertThat(doc.get("seq").asLong()).isEqualTo(seq);
        assertThat(doc.get("text").asText()).contains("Raisi met Turkish President");
        assertThat(doc.get("mentions").size()).isGreaterThan(2);
        assertThat(doc.get("events").size()).isGreaterThan(0);
        assertThat(doc.has("quotes")).isTrue();
        assertThat(doc.has("quantities")).isTrue();
        JsonNode m = doc.get("mentions").get(0);
        assertThat(doc.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt()))
                .isEqualTo(m.get("text").asText());
        assertError(client.get("/api/articles/999999"), 404, "no article");
        assertError(client.get("/api/articles/abc"), 400, "seq");
    }

    @Test
    void eventsFilterAsTheCommandDoes() {
        JsonNode all = client.get("/api/events?limit=500").json();
        assertThat(all.get("total").asInt()).isGreaterThan(2);
        JsonNode dyad = client.get("/api/events?a=IRN&b=PAK").json();
        assertThat(dyad.get("total").asInt()).isGreaterThan(0);
        for (JsonNode e : dyad.get("items")) {
            assertThat(e.get("source_code").asText() + e.get("target_code").asText()).contains("IRN").contains("PAK");
        }
        JsonNode fights = client.get("/api/events?code=19").json();
        fights.get("items").forEach(e -> assertThat(e.get("cameo").asText()).startsWith("19"));
        JsonNode range = client.get("/api/events?from=2024-01-20&to=2024-01-31").json();
        range.get("items").forEach(e -> assertThat(e.get("date").asText()).isBetween("2024-01-20", "2024-01-31"));
        JsonNode byWords = client.get("/api/events?q=airstrikes").json();
        assertThat(byWords.get("total").asInt()).isGreaterThan(0);
        JsonNode paged = client.get("/api/events?limit=1&offset=1").json();
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("items").get(0).get("id").asText()).isEqualTo(all.get("items").get(1).get("id").asText());
        assertError(client.get("/api/events?from=yesterday"), 400, "from");
        assertError(client.get("/api/events?actor=IRN'%20OR%201=1"), 400, "actor");
    }

    @Test
    void oneEventHasItsReportsAndAnExplanation() {
        String id = client.get("/api/events?a=IRN&b=TUR").json().get("items").get(0).get("id").asText();
        JsonNode e = client.get("/api/events/" + id).json();
        assertThat(e.get("reports").size()).isGreaterThan(0);
        JsonNode report = e.get("reports").get(0);
        assertThat(report.get("sentence_text").asText()).contains(report.get("trigger_text").asText());
        assertThat(report.get("article_seq").asLong()).isPositive();
        JsonNode reports = client.get("/api/reports?events=" + id).json();
        assertThat(reports.get(0).get("event_id").asText()).isEqualTo(id);
        JsonNode why = client.get("/api/reports/" + report.get("id").asText() + "/explain").json();
        assertThat(why.get("explanation").asText()).contains("tokens:", "mentions:", "rules:", "events:");
        assertError(client.get("/api/events/nope"), 404, "no event");
        assertError(client.get("/api/reports/nope/explain"), 404, "no coded event");
        assertError(client.get("/api/reports"), 400, "events");
        JsonNode counts = client.get("/api/events/counts?by=day").json();
        assertThat(counts.size()).isGreaterThan(1);
        assertThat(counts.get(0).has("material_conflict")).isTrue();
        assertError(client.get("/api/events/counts?by=year"), 400, "by");
    }

    @Test
    void analysisEndpointsAnswer() {
        JsonNode t = client.get("/api/dyads/IRN/PAK?by=day").json();
        assertThat(t.get("points").size()).isGreaterThan(1);
        int events = 0;
        for (JsonNode p : t.get("points")) {
            events += p.get("events").asInt();
            assertThat(p.get("tension").asDouble()).isBetween(0.0, 100.0);
        }
        assertThat(events).isGreaterThan(0);
        JsonNode tension = client.get("/api/dyads/IRN/PAK/tension").json();
        assertThat(tension.get(0).has("tension")).isTrue();
        JsonNode top = client.get("/api/dyads/top?limit=3").json();
        assertThat(top.size()).isBetween(1, 3);
        assertThat(client.get("/api/dyads/top?order=change").status()).isEqualTo(200);
        assertError(client.get("/api/dyads/top?order=size"), 400, "order");
        assertError(client.get("/api/dyads/IRN/PAK?by=year"), 400, "by");
        assertError(client.get("/api/dyads/IRN/PAK?level=planet"), 400, "level");
        assertThat(client.get("/api/alerts").json().isArray()).isTrue();
        JsonNode net = client.get("/api/network").json();
        assertThat(net.get("nodes").size()).isGreaterThan(1);
        assertThat(net.has("brokers")).isTrue();
        JsonNode profile = client.get("/api/actors/IRN/profile").json();
        assertThat(profile.get("actor").asText()).isEqualTo("IRN");
        assertThat(profile.get("partners").size() + profile.get("adversaries").size()).isGreaterThan(0);
        assertError(client.get("/api/actors/XYZ/profile"), 404, "no events for actor XYZ at country level");
        JsonNode lookup = client.get("/api/actors?name=Ankara&date=2020-01-01").json();
        assertThat(lookup.get(0).get("code").asText()).isEqualTo("TUR");
        assertThat(lookup.get(0).get("kind").asText()).isEqualTo("seat");
        assertError(client.get("/api/actors"), 400, "name");
    }

    @Test
    void codeReturnsTheDocumentWithoutStoringIt() {
        long before = client.get("/api/articles").json().get("total").asLong();
        ApiClient.Response r = client.post("/api/code", Map.of("text",
                "Pakistan launched airstrikes on Iran.", "date", "2024-01-18"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.get("events").get(0).get("cameo").asText()).startsWith("19");
        assertThat(doc.get("mentions").size()).isGreaterThan(1);
        assertThat(client.get("/api/articles").json().get("total").asLong()).isEqualTo(before);
        assertError(client.post("/api/code", Map.of()), 400, "text or url");
        assertError(client.post("/api/code", Map.of("text", "x", "url", "https://example.org/")), 400, "text or url");
        assertError(client.post("/api/code", "{not json"), 400, "JSON");
        assertError(client.post("/api/code", "[1,2]"), 400, "object");
        assertError(client.post("/api/code", Map.of("text", "a".repeat(50_001))), 400, "longer than");
        assertError(client.post("/api/code", Map.of("text", "a".repeat(300_000))), 413, "");
        assertError(client.post("/api/code", Map.of("text", "x", "date", "soon")), 400, "date");
        assertError(client.post("/api/code", Map.of("url", "http://127.0.0.1:1/")), 400, "public host");
        assertError(client.post("/api/code", Map.of("url", "file:///etc/passwd")), 400, "http");
    }

    @Test
    void ingestNeedsTheAdminToken(@TempDir Path other) throws Exception {
        Path data = copy(other);
        try (Server own = Server.create(c -> {
            c.port = 0;
            c.dataDir = data;
            c.adminToken = TOKEN;
            c.pipeline = TestStore::pipeline;
        }).start()) {
            ingest(new ApiClient(own.url()), own);
        }
    }

    private static void ingest(ApiClient client, Server server) {
        Map<String, String> body = Map.of("text", "Turkey condemned Israel on Monday.", "title", "Ankara speaks",
                "date", "2024-01-30");
        assertError(client.post("/api/ingest", body), 401, "admin token");
        assertError(client.post("/api/ingest", body, "Authorization", "Bearer wrong-token-wrong-token"), 401, "admin");
        ApiClient.Response r = client.post("/api/ingest", body, "Authorization", admin());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("added").asInt()).isEqualTo(1);
        long seq = r.json().get("seq").asLong();
        assertThat(client.get("/api/articles/" + seq).json().get("title").asText()).isEqualTo("Ankara speaks");
        ApiClient.Response again = client.post("/api/ingest", body, "Authorization", admin());
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        // A bearer token is not CSRF-able, so an admin client needs no CSRF token.
        ApiClient.Response bare = new ApiClient(server.url()).raw("POST", "/api/ingest",
                ApiClient.json(Map.of("text", "Iran praised Turkey.", "date", "2024-01-30")),
                "Authorization", admin(), "Content-Type", "application/json");
        assertThat(bare.status()).as(bare.body()).isEqualTo(201);
        assertError(new ApiClient(server.url()).raw("POST", "/api/ingest", ApiClient.json(body),
                "Authorization", "Bearer not-the-token-at-all", "Content-Type", "application/json"), 401, "admin");
    }

    @Test
    void unknownEndpointsAndMethodsAnswerInJson() {
        assertError(client.get("/api/nothing-here"), 404, "no such endpoint");
        ApiClient.Response r = client.get("/api/articles");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void dashboardAndWebJarsAreServed() {
        ApiClient.Response page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("echarts.min.js").doesNotContain("<script>").doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        for (String p : List.of("dyad.html", "network.html", "actor.html", "article.html", "search.html",
                "code.html", "event.html")) {
            assertThat(client.get("/" + p).status()).as(p).isEqualTo(200);
        }
        assertThat(client.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
        assertThat(client.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").status()).isEqualTo(200);
    }

    @Test
    void csrfIsRequiredForUnsafeRequests() {
        ApiClient fresh = new ApiClient(server.url());
        String body = ApiClient.json(Map.of("text", "hello", "name", "A", "email", "a@example.org"));
        long seq = seqOf("ankara");
        assertError(fresh.raw("POST", "/api/articles/" + seq + "/replies", body, "Content-Type", "application/json"),
                403, "CSRF");
        String token = fresh.get("/api/session").json().get("csrf").asText();
        ApiClient other = new ApiClient(server.url());
        assertError(other.raw("POST", "/api/articles/" + seq + "/replies", body, "Content-Type", "application/json",
                "X-CSRF-Token", token), 403, "CSRF");
        assertError(fresh.raw("POST", "/api/articles/" + seq + "/replies", body, "Content-Type", "application/json",
                "X-CSRF-Token", token, "Origin", "https://evil.example"), 403, "cross-origin");
        assertError(fresh.raw("POST", "/api/articles/" + seq + "/replies", body, "Content-Type", "text/plain",
                "X-CSRF-Token", token), 415, "JSON");
        ApiClient.Response ok = fresh.raw("POST", "/api/articles/" + seq + "/replies", body,
                "Content-Type", "application/json", "X-CSRF-Token", token, "Origin", server.url());
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        ApiClient.Response session = new ApiClient(server.url()).get("/api/session");
        assertThat(session.headers().firstValue("Set-Cookie").orElse("")).contains("HttpOnly")
                .contains("SameSite=Strict");
    }

    @Test
    void repliesNeedTheirFieldsAndWaitForModerationTheFirstTime() {
        long seq = seqOf("ankara");
        String path = "/api/articles/" + seq + "/replies";
        ApiClient.Response missing = client.post(path, Map.of("text", "No name here", "email", "x@example.org"));
        assertError(missing, 400, "name is required");
        assertThat(missing.json().get("fields").has("name")).isTrue();
        assertError(client.post(path, Map.of("name", "N", "email", "x@example.org")), 400, "comment is required");
        assertError(client.post(path, Map.of("text", "t", "name", "N")), 400, "email is required");
        assertError(client.post(path, Map.of("text", "t", "name", "N", "email", "not-an-email")), 400, "email");
        assertError(client.post(path, Map.of("text", "t", "name", "N", "email", "n@example.org",
                "website", "javascript:alert(1)")), 400, "website");
        assertError(client.post(path, Map.of("text", "t".repeat(5001), "name", "N", "email", "n@example.org")),
                400, "longer than");
        assertError(client.post(path, Map.of("text", "t", "name", "N", "email", "n@example.org", "verdict",
                "correct")), 400, "only a reply to an event");
        assertError(client.post("/api/articles/999999/replies", Map.of("text", "t", "name", "N", "email",
                "n@example.org")), 404, "no article");

        String email = "first.timer@example.org";
        ApiClient.Response first = client.post(path, Map.of("text", "Good piece.", "name", "First Timer",
                "email", email, "website", "https://first.example.org/"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asText()).isEqualTo("received");
        long id = pendingId("Good piece.");
        assertThat(texts(client.get(path).json())).doesNotContain("Good piece.");
        assertError(client.get("/api/replies"), 401, "admin");
        assertError(client.post("/api/replies/" + id + "/approve", Map.of()), 401, "admin");
        assertThat(client.post("/api/replies/" + id + "/approve", Map.of(), "Authorization", admin()).json()
                .get("status").asText()).isEqualTo("approved");
        assertThat(texts(client.get(path).json())).contains("Good piece.");

        // The same browser (its signed commenter cookie) is published at once, whatever the email's case ...
        ApiClient.Response second = client.post(path, Map.of("text", "Me again.", "name", "First Timer",
                "email", "FIRST.TIMER@example.org"));
        assertThat(texts(client.get(path).json())).contains("Me again.");
        // ... but someone who only knows the email waits, and is told exactly what the commenter was told.
        ApiClient.Response impostor = new ApiClient(server.url()).post(path, Map.of("text", "Impostor here.",
                "name", "First Timer", "email", email));
        assertThat(impostor.status()).isEqualTo(second.status()).isEqualTo(first.status());
        assertThat(impostor.body()).isEqualTo(second.body()).isEqualTo(first.body());
        assertThat(texts(client.get(path).json())).doesNotContain("Impostor here.");
        assertThat(pendingTexts()).contains("Impostor here.");

        assertError(client.post("/api/replies/999999/approve", Map.of(), "Authorization", admin()), 404, "no reply");
        new ApiClient(server.url()).post(path, Map.of("text", "Spam spam.", "name", "S", "email", "spam@example.org"));
        long spam = pendingId("Spam spam.");
        client.post("/api/replies/" + spam + "/reject", Map.of(), "Authorization", admin());
        assertThat(texts(client.get(path).json())).doesNotContain("Spam spam.");
    }

    static java.util.List<String> pendingTexts() {
        return client.get("/api/replies?status=pending&limit=500", "Authorization", admin()).json().get("items")
                .findValuesAsText("text");
    }

    /** The id of the pending reply with {@code text}: the poster is never told it. */
    static long pendingId(String text) {
        return replyId("pending", text);
    }

    static long replyId(String status, String text) {
        for (JsonNode r : client.get("/api/replies?status=" + status + "&limit=500", "Authorization", admin()).json()
                .get("items")) {
            if (r.get("text").asText().equals(text)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no " + status + " reply " + text);
    }

    @Test
    void theHoneypotStoresNothing() {
        long seq = seqOf("ankara");
        ApiClient.Response r = client.post("/api/articles/" + seq + "/replies", Map.of("text", "Buy now", "name",
                "Bot", "email", "bot@example.org", "nickname", "gotcha"));
        ApiClient.Response real = new ApiClient(server.url()).post("/api/articles/" + seq + "/replies",
                Map.of("text", "A real reader's reply.", "name", "Reader", "email", "reader@example.org"));
        assertThat(r.status()).isEqualTo(real.status()).isEqualTo(201);
        assertThat(r.body()).as("the honeypot answers as a real reply is answered").isEqualTo(real.body());
        assertThat(pendingTexts()).doesNotContain("Buy now").contains("A real reader's reply.");
    }

    @Test
    void verdictsOnEventsGiveTheLiveAccuracy() {
        JsonNode doc = client.get("/api/articles/" + seqOf("airstrikes")).json();
        String report = doc.get("events").get(0).get("id").asText();
        String path = "/api/reports/" + report + "/replies";
        String email = "reviewer@example.org";
        ApiClient reviewer = new ApiClient(server.url());
        reviewer.post(path, Map.of("text", "Right.", "name", "Rev", "email", email, "verdict", "correct"));
        client.post("/api/replies/" + pendingId("Right.") + "/approve", Map.of(), "Authorization", admin());
        JsonNode replies = client.get(path).json();
        assertThat(replies.get(0).at("/verdict/kind").asText()).isEqualTo("correct");
        JsonNode accuracy = client.get("/api/replies/accuracy").json();
        assertThat(accuracy.get("reviewed").asInt()).isGreaterThanOrEqualTo(1);
        // A returning reviewer's next verdict waits for a moderator before it moves the accuracy.
        ApiClient.Response fix = reviewer.post(path, Map.of("text", "It was a missile strike.", "name", "Rev",
                "email", email, "verdict", "fix", "code", "195", "source", "pak"));
        assertThat(fix.status()).as(fix.body()).isEqualTo(201);
        assertThat(client.get("/api/replies/accuracy").json()).isEqualTo(accuracy);
        long fixId = pendingId("It was a missile strike.");
        JsonNode approved = client.post("/api/replies/" + fixId + "/approve", Map.of(), "Authorization", admin())
                .json();
        assertThat(approved.at("/verdict/source").asText()).isEqualTo("PAK");
        assertThat(client.get("/api/replies/accuracy").json()).isNotEqualTo(accuracy);
        assertError(client.post(path, Map.of("text", "x", "name", "R", "email", email, "verdict", "maybe")), 400,
                "verdict");
        assertError(client.post(path, Map.of("text", "x", "name", "R", "email", email, "verdict", "fix")), 400,
                "fix verdict needs");
        assertError(client.post(path, Map.of("text", "x", "name", "R", "email", email, "verdict", "fix",
                "code", "<b>")), 400, "code");
        assertError(client.post("/api/reports/nope/replies", Map.of("text", "x", "name", "R", "email", email)),
                404, "no coded event");
    }

    @Test
    void noResponseEverContainsAnEmail() {
        long seq = seqOf("ankara");
        String email = "hidden.person@example.org";
        String articlePath = "/api/articles/" + seq + "/replies";
        String report = client.get("/api/articles/" + seq).json().get("events").get(0).get("id").asText();
        String eventPath = "/api/reports/" + report + "/replies";
        List<ApiClient.Response> responses = new ArrayList<>();
        ApiClient.Response a = client.post(articlePath, Map.of("text", "On the article.", "name", "Hidden",
                "email", email));
        ApiClient.Response e = client.post(eventPath, Map.of("text", "On the event.", "name", "Hidden",
                "email", email, "verdict", "wrong"));
        responses.add(a);
        responses.add(e);
        responses.add(client.get("/api/replies?status=pending&limit=500", "Authorization", admin()));
        responses.add(client.post("/api/replies/" + pendingId("On the article.") + "/approve", Map.of(),
                "Authorization", admin()));
        responses.add(client.post("/api/replies/" + pendingId("On the event.") + "/approve", Map.of(),
                "Authorization", admin()));
        responses.add(client.get(articlePath));
        responses.add(client.get(eventPath));
        responses.add(client.get("/api/replies?status=approved&limit=500", "Authorization", admin()));
        responses.add(client.post(articlePath, Map.of("text", "Again.", "name", "Hidden", "email", email)));
        assertThat(texts(client.get(articlePath).json())).as("a returning commenter").contains("Again.");
        long rejectMe = replyId("approved", "Again.");
        responses.add(client.post("/api/replies/" + rejectMe + "/reject", Map.of(), "Authorization", admin()));
        responses.add(client.get("/api/replies?status=rejected&limit=500", "Authorization", admin()));
        responses.add(client.get("/api/replies/accuracy"));
        responses.add(client.get("/api/articles/" + seq));
        for (ApiClient.Response r : responses) {
            assertThat(r.status()).as(r.body()).isLessThan(300);
            assertThat(r.body()).doesNotContainIgnoringCase(email).doesNotContain("\"email\"");
        }
        assertThat(texts(client.get(articlePath).json())).contains("On the article.");
    }

    @Test
    void repliesAreRateLimitedPerAddress(@TempDir Path other) throws Exception {
        Path data = copy(other);
        try (Server limited = Server.create(c -> {
            c.port = 0;
            c.dataDir = data;
            c.adminToken = TOKEN;
            c.repliesPerMinute = 2;
        }).start()) {
            ApiClient c = new ApiClient(limited.url());
            long seq = c.get("/api/articles").json().get("items").get(0).get("seq").asLong();
            Map<String, String> body = Map.of("text", "t", "name", "N", "email", "n@example.org");
            assertThat(c.post("/api/articles/" + seq + "/replies", body).status()).isEqualTo(201);
            assertThat(c.post("/api/articles/" + seq + "/replies", body).status()).isEqualTo(201);
            assertError(c.post("/api/articles/" + seq + "/replies", body), 429, "too many");
        }
    }

    static Path copy(Path other) throws Exception {
        return TestStore.copyTo(other.resolve("data"));
    }

    static long seqOf(String words) {
        return client.get("/api/articles?q=" + words).json().get("items").get(0).get("seq").asLong();
    }

    static List<String> texts(JsonNode replies) {
        List<String> out = new ArrayList<>();
        replies.forEach(r -> out.add(r.get("text").asText()));
        return out;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
