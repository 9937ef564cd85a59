package detente.server;

import io.javalin.http.Context;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Notices when the client of a long request hangs up, so that work done only for it can stop. Jetty hears of a
 * closed connection only when it reads, so this asks to be told when the connection becomes readable once the
 * request body has been read: end of stream means the client is gone. The response then closes the connection
 * ({@code Connection: close}), since the watch holds the connection's one read interest; a request pipelined
 * behind this one is dropped with it and the client sends it again on a new connection.
 */
final class ClientWatch {

    private ClientWatch() {
    }

    /** Starts watching the request's connection; the supplier answers whether the client has gone. */
    static BooleanSupplier start(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        if (base == null || base.getHttpChannel() == null) {
            return () -> false;
        }
        EndPoint endPoint = base.getHttpChannel().getEndPoint();
        AtomicBoolean gone = new AtomicBoolean();
        ctx.header("Connection", "close");
        Callback readable = new Callback() {
            @Override
            public void succeeded() {
                try {
                    int n = endPoint.fill(BufferUtil.allocate(1));
                    if (n < 0) {
                        gone.set(true);
                    } else if (n == 0) {
                        endPoint.tryFillInterested(this);
                    }
                } catch (IOException e) {
                    gone.set(true);
                }
            }

            @Override
            public void failed(Throwable cause) {
                gone.set(true);
            }
        };
        endPoint.tryFillInterested(readable);
        return () -> gone.get() || !endPoint.isOpen();
    }
}
