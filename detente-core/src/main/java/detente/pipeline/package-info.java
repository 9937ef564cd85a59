/**
 * The {@link detente.pipeline.Stage} contract, the {@link detente.pipeline.Pipeline} that runs stages in order, and
 * the {@link detente.pipeline.OrderedRunner} that codes many articles in parallel and hands the documents on in
 * input order.
 */
package detente.pipeline;
