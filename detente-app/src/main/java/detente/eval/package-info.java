/** Measuring accuracy against gold data: actor mentions (and, as they come, events and extraction). */
package detente.eval;
