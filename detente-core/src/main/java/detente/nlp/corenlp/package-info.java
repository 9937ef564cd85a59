/**
 * The adapter to Stanford CoreNLP: the only package that imports {@code edu.stanford.nlp}. It converts CoreNLP's
 * annotations into detente's document model once. Writes layers TOKENS, SENTENCES, LEMMAS, POS, NER,
 * DEPENDENCIES.
 */
package detente.nlp.corenlp;
