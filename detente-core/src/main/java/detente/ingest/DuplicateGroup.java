package detente.ingest;

/**
 * Where an article falls among duplicates.
 *
 * @param groupId        the same for an article and its exact and near duplicates: the id of the group's first
 *                       article in input order
 * @param contentHash    see {@link detente.dedup.ContentHash#group}
 * @param exactDuplicate whether an earlier article has the same content hash
 */
public record DuplicateGroup(String articleId, String groupId, String contentHash, boolean exactDuplicate) {
}
