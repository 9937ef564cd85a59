/** The JSON output contract for events and annotated documents (see docs/output.md). */
package detente.output;
