/** The NLP stage: text preparation shared by any parser, and the CoreNLP adapter in {@code detente.nlp.corenlp}. */
package detente.nlp;
