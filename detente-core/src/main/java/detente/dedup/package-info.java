/**
 * How copies are recognised, as pure rules shared by the store ({@code detente-app}) and the Spark job
 * ({@code detente-spark}): the content hashes of article text, the outlet that published an article, the place
 * phrase of a report, and {@link detente.dedup.EventMatch}, which decides whether two coded reports describe the
 * same real-world event. Reads documents (SENTENCES, TOKENS with NER); writes nothing.
 */
package detente.dedup;
