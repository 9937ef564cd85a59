package detente.ingest;

/**
 * A fetched HTTP resource.
 *
 * @param url         the URL after redirects
 * @param contentType the Content-Type header, or null
 */
record FetchedPage(String url, String contentType, byte[] body) {
}
