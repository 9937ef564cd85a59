package detente.actor;

/** CAMEO actor codes put together from a country, group or organisation code and role codes. */
final class ActorCodes {

    private ActorCodes() {
    }

    /**
     * An actor code with a role code added, without repeating a three-letter part it already has: USA + GOV =
     * USAGOV, USAGOV + GOV = USAGOV, HGWGOVMED + GOVMED = HGWGOVMED (as PETRARCH merges codes).
     */
    static String join(String code, String role) {
        StringBuilder out = new StringBuilder(code);
        for (int i = 0; i + 3 <= role.length(); i += 3) {
            String part = role.substring(i, i + 3);
            boolean present = false;
            for (int j = 0; j + 3 <= code.length(); j += 3) {
                present |= code.substring(j, j + 3).equals(part);
            }
            if (!present) {
                out.append(part);
            }
        }
        if (role.length() % 3 != 0) {
            out.append(role.substring(role.length() - role.length() % 3));
        }
        return out.toString();
    }
}
