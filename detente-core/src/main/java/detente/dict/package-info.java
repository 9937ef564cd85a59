/** Finding and reading dictionary files: built-in resources, overridable per file by a user directory. */
package detente.dict;
