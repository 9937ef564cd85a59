package detente.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The output tables: the columns and types of the store's tables of the same name ({@code docs/store.md}), so
 * that {@code detente attach} can put views over them. {@code events} has exactly the columns of
 * {@code detente export parquet}. DuckDB {@code VARCHAR}, {@code INTEGER}, {@code BIGINT}, {@code DOUBLE},
 * {@code DATE} and {@code TIMESTAMP} map to Spark string, int, long, double, date and timestamp without time zone.
 */
final class Tables {

    static final String PARTITION = "date";

    static final StructType ARTICLES = schema(
            "id", "string!", "seq", "long!", "title", "string", "date", "date", "url", "string", "source", "string",
            "author", "string", "language", "string", "text", "string!", "content_hash", "string!",
            "duplicate_group", "string!", "outlet", "string!", "ingested_at", "timestamp!", "extractor", "string",
            "extraction", "string");

    static final StructType EVENTS = schema(
            "id", "string!", "global_id", "long!", "origin", "string!", "date", "date",
            "source_code", "string", "source_country", "string", "source_group", "string", "source_name", "string",
            "target_code", "string", "target_country", "string", "target_group", "string", "target_name", "string",
            "cameo", "string!", "base_code", "string!", "root_code", "string!", "quad", "int!", "goldstein", "double!",
            "plover_event", "string", "plover_mode", "string", "plover_context", "string", "place", "string",
            "num_mentions", "int!", "num_sources", "int!", "num_articles", "int!", "avg_tone", "double",
            "first_article", "string", "source_url", "string", "added_at", "timestamp!");

    static final StructType EVENT_MENTIONS = schema(
            "id", "string!", "event_id", "string!", "article_id", "string!", "date", "date", "sentence", "int!",
            "sentence_text", "string!", "trigger_text", "string!", "trigger_start", "int!", "trigger_end", "int!",
            "rule", "string!", "confidence", "double!", "cameo", "string!", "root_code", "string!", "quad", "int!",
            "goldstein", "double!", "plover_event", "string", "plover_mode", "string", "plover_context", "string",
            "source_code", "string", "source_country", "string", "source_group", "string", "source_name", "string",
            "source_text", "string!", "source_start", "int!", "source_end", "int!",
            "target_code", "string", "target_country", "string", "target_group", "string", "target_name", "string",
            "target_text", "string", "target_start", "int", "target_end", "int", "place", "string");

    static final StructType QUOTES = schema(
            "article_id", "string!", "idx", "int!", "text", "string!", "start_char", "int!", "end_char", "int!",
            "speaker_code", "string", "speaker_name", "string", "speaker_text", "string", "verb", "string");

    static final StructType QUANTITIES = schema(
            "article_id", "string!", "idx", "int!", "kind", "string!", "low", "double!", "high", "double!",
            "unit", "string", "text", "string!", "start_char", "int!", "end_char", "int!", "event_id", "string");

    /** Not a store table: one row per input or article that failed, and why. */
    static final StructType ERRORS = schema("input", "string!", "reason", "string!");

    private Tables() {
    }

    /** Pairs of column name and type; a type ending in {@code !} is NOT NULL. */
    private static StructType schema(String... pairs) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String type = pairs[i + 1];
            boolean notNull = type.endsWith("!");
            fields.add(DataTypes.createStructField(pairs[i], type(notNull ? type.substring(0, type.length() - 1)
                    : type), !notNull));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String name) {
        return switch (name) {
            case "string" -> DataTypes.StringType;
            case "int" -> DataTypes.IntegerType;
            case "long" -> DataTypes.LongType;
            case "double" -> DataTypes.DoubleType;
            case "date" -> DataTypes.DateType;
            case "timestamp" -> DataTypes.TimestampNTZType;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
