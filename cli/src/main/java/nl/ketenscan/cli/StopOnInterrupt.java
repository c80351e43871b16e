package nl.ketenscan.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into a clean stop: the JVM's shutdown waits until the work inside this block has
 * stored what it finished and written the (incomplete) report.
 */
final class StopOnInterrupt implements AutoCloseable {

    private static final long GRACE_SECONDS = 60;

    private final Thread hook;
    private final CountDownLatch done = new CountDownLatch(1);

    private StopOnInterrupt(Runnable stop, PrintStream err) {
        this.hook = new Thread(() -> {
            err.println();
            err.println("ketenscan: stopping; finished pages are kept and the report is marked incomplete");
            stop.run();
            try {
                done.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ketenscan-stop");
    }

    static StopOnInterrupt install(Runnable stop, PrintStream err) {
        StopOnInterrupt guard = new StopOnInterrupt(stop, err);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running and has just been released by the countDown above.
        }
    }
}
