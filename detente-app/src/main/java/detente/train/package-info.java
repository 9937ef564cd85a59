/**
 * Training the learned reading ({@code detente train}): labelled sentences are parsed and resolved by the pipeline,
 * turned into the features coding uses ({@link detente.event.reading.ReadingFeatures}), and three logistic heads are
 * fitted with Tribuo; cross-validation scores the combined coder on held-out folds and picks the threshold.
 */
package detente.train;
