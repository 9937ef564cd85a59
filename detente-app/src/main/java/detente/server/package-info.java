/**
 * The HTTP server of {@code detente serve}: a JSON REST API under {@code /api} (documented by an OpenAPI 3 document
 * at {@code /api/openapi.json}), the dashboard's static pages, and readers' replies with moderation. Reads the
 * store and analysis; writes only replies and, for an admin, ingested articles.
 */
package detente.server;
