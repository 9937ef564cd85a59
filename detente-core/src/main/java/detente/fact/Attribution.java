package detente.fact;

import detente.doc.Participant;

/** Who said something and with which verb (a lemma: {@code say}, {@code add}, {@code according to}). */
record Attribution(Participant speaker, String verb, int paragraph) {
}
