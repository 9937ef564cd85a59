package detente.spark;

import org.apache.spark.sql.SparkSession;

/** Small local sessions for tests and the benchmark: loopback driver, no UI, few shuffle partitions. */
final class Sessions {

    private Sessions() {
    }

    static SparkSession local(int cores) {
        return SparkSession.builder().master("local[" + cores + "]").appName("detente-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(cores * 2))
                .getOrCreate();
    }
}
