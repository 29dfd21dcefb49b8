-- 0007: a document's BELONGS_TO edges name that document.
--
-- The relate stage links every chunk to its document (BELONGS_TO, chunk ->
-- document id). Its output is stored once per output key (0003), and a
-- byte-identical copy shares the output of the document that computed it:
-- through current_relationships the copy's graph pointed its chunks at the
-- other document's id. The view now puts each document's own id in the
-- edge, and derives the edge's id as the relate stage would for that
-- document: hex of the first 16 bytes of
-- SHA-256("rel\0" type "\0" from "\0" to) (relate.RelationshipID).
DROP TABLE IF EXISTS {{db}}.current_relationships;
CREATE VIEW IF NOT EXISTS {{db}}.current_relationships AS
SELECT doc_id, output_key, version,
    if(type = 'BELONGS_TO', lower(hex(substring(SHA256(concat('rel\0', type, '\0', from_id, '\0', doc_id)), 1, 16))), rel_id) AS rel_id,
    type, from_id,
    if(type = 'BELONGS_TO', doc_id, to_id) AS to_id,
    weight, evidence
FROM {{db}}.result_relationships FINAL
ALL INNER JOIN (SELECT output_key, doc_id, version FROM {{db}}.doc_heads FINAL WHERE stage = 'relate') USING output_key
WHERE output_key IN (SELECT output_key FROM {{db}}.doc_heads FINAL WHERE stage = 'relate')
UNION ALL
SELECT doc_id, output_key, version, rel_id, 'PART_OF' AS type, doc_id AS from_id, parent_id AS to_id,
    toFloat64(1) AS weight, '' AS evidence
FROM {{db}}.document_parents FINAL;
