package detente.event;

import detente.doc.Plover;

/** One CAMEO event code with its Goldstein score, QuadClass and PLOVER reading. */
public record CameoCode(String code, String root, int quad, double goldstein, Plover plover, String name) {
}
