/** The {@link detente.pipeline.Stage} contract and the {@link detente.pipeline.Pipeline} that runs stages in order. */
package detente.pipeline;
