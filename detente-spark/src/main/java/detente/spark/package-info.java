/**
 * Batch coding on Apache Spark: {@link detente.spark.SparkCodingJob} reads files from any Hadoop file system,
 * codes each article with one pipeline per executor JVM, merges reports of the same real-world event with the
 * store's rule ({@link detente.dedup.EventMatch}) and writes Parquet tables with the store's columns, partitioned
 * by date, which {@code detente attach} turns into a queryable store. Reads files; writes Parquet.
 */
package detente.spark;
