package detente.pipeline;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The most time one article may take to code. Work over budget is interrupted (CoreNLP's annotators stop at the
 * next sentence when their thread is interrupted) and ends in {@link BudgetExceededException}, so one bad input
 * holds a coding thread for a bounded time instead of forever. The alarm thread is a daemon and idles when no
 * work is timed.
 */
public final class TimeBudget {

    private final Duration limit;
    private final ScheduledThreadPoolExecutor alarms;

    public TimeBudget(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive, not " + limit);
        }
        this.limit = limit;
        this.alarms = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "detente-time-budget");
            t.setDaemon(true);
            return t;
        });
        alarms.setRemoveOnCancelPolicy(true);
    }

    public Duration limit() {
        return limit;
    }

    /** Runs {@code work} on the calling thread, interrupting it when the budget runs out. */
    public <T> T run(Supplier<T> work) {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> scheduled = alarms.schedule(alarm::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            T result = work.get();
            if (alarm.disarm()) {
                return result;
            }
            throw exceeded(null);
        } catch (RuntimeException e) {
            if (alarm.disarm()) {
                throw e;
            }
            throw exceeded(e);
        } finally {
            scheduled.cancel(false);
        }
    }

    private BudgetExceededException exceeded(Throwable cause) {
        return new BudgetExceededException("coding took longer than the " + limit.toSeconds()
                + " s budget for one article and was stopped; split the article to code it", cause);
    }

    /** Rings once unless disarmed first; the interrupt it sent is cleared when the work notices. */
    private static final class Alarm {
        private final Thread worker;
        private boolean rung;
        private boolean disarmed;

        Alarm(Thread worker) {
            this.worker = worker;
        }

        synchronized void ring() {
            if (!disarmed) {
                rung = true;
                worker.interrupt();
            }
        }

        /** True when the work finished in time; otherwise clears the alarm's interrupt from the worker. */
        synchronized boolean disarm() {
            disarmed = true;
            if (rung) {
                Thread.interrupted();
            }
            return !rung;
        }
    }

    /** Coding one article took longer than its budget. */
    public static final class BudgetExceededException extends RuntimeException {
        BudgetExceededException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
