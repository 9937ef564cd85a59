package detente.server;

import io.javalin.http.Context;

import java.util.List;

/** {@code limit} and {@code offset} query parameters, checked: 1 ≤ limit ≤ max, offset ≥ 0. */
record Paging(int limit, int offset) {

    /** One page of results with the total count, as every list endpoint answers. */
    record Page<T>(long total, int limit, int offset, List<T> items) {
    }

    static Paging of(Context ctx, ServerConfig config) {
        int limit = Params.integer(ctx, "limit", config.defaultLimit);
        int offset = Params.integer(ctx, "offset", 0);
        if (limit < 1 || limit > config.maxLimit) {
            throw ApiException.badRequest("limit must be between 1 and " + config.maxLimit);
        }
        if (offset < 0) {
            throw ApiException.badRequest("offset must not be negative");
        }
        return new Paging(limit, offset);
    }

    <T> Page<T> page(long total, List<T> items) {
        return new Page<>(total, limit, offset, items);
    }
}
