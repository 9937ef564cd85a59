package detente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/** The OpenAPI 3 document of the registered endpoints, built from {@link Api}'s list. */
final class OpenApi {

    private OpenApi() {
    }

    static ObjectNode document(List<Api.Endpoint> endpoints, String version) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode doc = m.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "detente API").put("version", version)
                .put("description", "Political events coded from news, their analysis, and readers' replies."
                        + " Errors are {\"status\": N, \"error\": \"message\"}. Unsafe methods need the CSRF"
                        + " header X-CSRF-Token equal to the detente_csrf cookie (GET /api/session); admin routes need"
                        + " the admin bearer token instead.");
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("admin").put("type", "http").put("scheme", "bearer");
        ObjectNode schemas = components.putObject("schemas");
        schemas.putObject("Error").put("type", "object").putObject("properties")
                .<ObjectNode>set("status", m.createObjectNode().put("type", "integer"))
                .set("error", m.createObjectNode().put("type", "string"));
        schemas.set("Reply", object(m, "text", "name", "email", "website", "verdict", "code", "source", "target",
                "nickname"));
        schemas.set("Text", object(m, "text", "title", "date", "url"));
        ObjectNode paths = doc.putObject("paths");
        for (Api.Endpoint e : endpoints) {
            String path = e.path().replace("{", "{").replaceAll("<([^>]+)>", "{$1}");
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            ObjectNode op = item.putObject(e.method().name().toLowerCase(Locale.ROOT));
            op.put("summary", e.summary());
            op.putArray("tags").add(e.tag());
            op.put("operationId", e.method().name().toLowerCase(Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]+", "_"));
            if (!e.params().isEmpty()) {
                ArrayNode params = op.putArray("parameters");
                for (Api.Param p : e.params()) {
                    params.addObject().put("name", p.name()).put("in", p.in()).put("required", p.required())
                            .put("description", p.description()).putObject("schema").put("type", "string");
                }
            }
            if (e.body() != null) {
                op.putObject("requestBody").put("required", true).putObject("content")
                        .putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/" + e.body());
            }
            if (e.admin()) {
                op.putArray("security").addObject().putArray("admin");
            }
            ObjectNode responses = op.putObject("responses");
            responses.putObject("200").put("description", "JSON").putObject("content")
                    .putObject("application/json");
            for (String code : e.admin() ? List.of("400", "401", "404") : List.of("400", "404")) {
                responses.putObject(code).put("description", "error").putObject("content")
                        .putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            }
        }
        return doc;
    }

    private static ObjectNode object(ObjectMapper m, String... fields) {
        ObjectNode s = m.createObjectNode().put("type", "object");
        ObjectNode props = s.putObject("properties");
        for (String f : fields) {
            props.putObject(f).put("type", "string");
        }
        return s;
    }
}
