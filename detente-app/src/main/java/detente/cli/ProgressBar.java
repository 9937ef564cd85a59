package detente.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr: done/total, articles per second and the estimated time left. */
final class ProgressBar {

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long t0 = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - t0) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long eta = Math.round((total - done) / Math.max(rate, 1e-9));
        int width = 30;
        int filled = total == 0 ? width : (int) Math.round(width * (double) done / total);
        err.printf(java.util.Locale.ROOT, "\r[%s%s] %d/%d articles  %.1f/s  ETA %ds ", "#".repeat(filled),
                " ".repeat(width - filled), done, total, rate, eta);
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.println();
        }
    }
}
