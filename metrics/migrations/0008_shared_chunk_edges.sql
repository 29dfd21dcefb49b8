-- 0008: a chunk's BELONGS_TO edge is stored without its document.
--
-- Byte-identical copies in different partitions compute the same output
-- keys, and the relate stage writes the id of the document it ran for into
-- each chunk's BELONGS_TO edge. Every computing copy added its own edge
-- under the shared output key, and current_relationships, which puts each
-- document's id back into the edge (0007), showed every copy one edge per
-- computing copy for each chunk. The sink now stores the edge with an empty
-- to_id, under the id relate.RelationshipID gives it for an empty document
-- ("rel\0BELONGS_TO\0" from "\0"), so the copies' rows are one. This moves
-- the rows written before into that form: the copy first, then the delete
-- (a mutation: the old rows go once ClickHouse has run it), so a crash
-- between the two re-runs both and loses no edge.
INSERT INTO {{db}}.result_relationships (output_key, rel_id, type, from_id, to_id, weight, evidence)
SELECT output_key, lower(hex(substring(SHA256(concat('rel\0', type, '\0', from_id, '\0')), 1, 16))),
    type, from_id, '', weight, evidence
FROM {{db}}.result_relationships FINAL
WHERE type = 'BELONGS_TO' AND to_id != '';
ALTER TABLE {{db}}.result_relationships DELETE WHERE type = 'BELONGS_TO' AND to_id != '';
