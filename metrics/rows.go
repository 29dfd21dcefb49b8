package metrics

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/relate"
	"github.com/docpipe/docpipe/stages/resolve"
	"github.com/docpipe/docpipe/stages/text"
)

// table is one ClickHouse table the sink writes, with its explicit INSERT
// column list: clickhouse-go's PrepareBatch learns the block layout from it,
// and 18.16 answers a column-less INSERT with zero columns.
type table struct {
	name string
	cols string
}

// columns lists t's INSERT columns.
func (t table) columns() []string {
	var out []string
	for _, c := range strings.Split(t.cols, ",") {
		out = append(out, strings.TrimSpace(c))
	}
	return out
}

// Result tables are keyed by output key alone (migration 0003): identical
// content has one key, so N copies of a document store one set of rows,
// and each copy reaches them through its head rows (doc_heads, and
// document_heads for the text stage), written for skipped runs as for
// completed ones.
var (
	tRunRecords = table{"run_records", `record_id, partition, doc_id, stage, version, output_key, source, outcome,
		started, finished, started_us, finished_us, compute_us, queue_wait_us, lock_wait_us, input_from,
		bytes_in, bytes_out, compressed_out, attempt, consumer, error, time_saved_us, store_hits,
		fingerprint, tenant, parent_id, flagged_pages`}
	tStageOutputs  = table{"stage_outputs", `stage, output_key, doc_id, version, data, created`}
	tDocHeads      = table{"doc_heads", `doc_id, stage, output_key, version, updated, ver`}
	tDocumentHeads = table{"document_heads", `doc_id, version, source, text_key, updated, ver`}
	tParents       = table{"document_parents", `doc_id, parent_id, rel_id, output_key, version, updated, ver`}
	tTexts         = table{"result_texts", `output_key, content_type, category, category_confidence, pages, methods, chars`}
	tPages         = table{"result_pages", `output_key, number, method, confidence, chars`}
	tChunks        = table{"result_chunks", `output_key, chunk_id, idx, start, end, text`}
	tMentions      = table{"result_mentions", `output_key, mention_id, type, text, chunk_id, start, end, extractor`}
	tEntities      = table{"result_entities", `output_key, entity_id, type, name, aliases, mention_ids, mentions`}
	tRelationships = table{"result_relationships", `output_key, rel_id, type, from_id, to_id, weight, evidence`}
	tSamples       = table{"pipeline_samples", `time, stage, partition, stream, length, pending, lag, consumers, used_memory`}
)

// insertOrder puts the durable outputs first, then the results, then the
// heads that make results visible, and the run records last, so that a
// batch cut short leaves results findable before it leaves stats; a retry
// inserts everything again and the duplicates collapse.
var insertOrder = []table{tSamples, tStageOutputs, tTexts, tPages, tChunks, tMentions, tEntities, tRelationships,
	tDocumentHeads, tParents, tDocHeads, tRunRecords}

// rowSet collects the rows of one batch per table.
type rowSet map[string][][]any

func (rs rowSet) add(t table, row ...any) { rs[t.name] = append(rs[t.name], row) }

// RecordID is the stable identity of a records-stream entry: the partition
// and the entry id, which a redelivery or a claim by another sink keeps.
func RecordID(partition int, entryID string) string {
	return fmt.Sprintf("p%d-%s", partition, entryID)
}

func u32(n int) uint32 {
	if n < 0 {
		return 0
	}
	return uint32(n)
}

func u64(n int64) uint64 {
	if n < 0 {
		return 0
	}
	return uint64(n)
}

// dt clamps t to DateTime's range (1970..2105): a zero time would otherwise
// wrap around to an absurd date.
func dt(t time.Time) time.Time {
	if t.Unix() < 0 {
		return time.Unix(0, 0).UTC()
	}
	return t.UTC()
}

// RelPartOf is the type of the edge from a document found inside another
// (an attachment, an embedded file) to that parent document.
const RelPartOf = "PART_OF"

// addRun appends the run_records row (and head rows) of one record.
func (rs rowSet) addRun(partition int, entryID string, r *Record) {
	flagged := make([]uint32, len(r.FlaggedPages))
	for i, p := range r.FlaggedPages {
		flagged[i] = u32(p)
	}
	rs.add(tRunRecords,
		RecordID(partition, entryID), uint16(partition), r.Doc, r.Stage, r.Version, r.Key, r.Source, r.Outcome,
		dt(r.Started), dt(r.Finished), r.Started.UnixMicro(), r.Finished.UnixMicro(), r.ComputeUS, r.QueueWaitUS,
		r.LockWaitUS, r.InputFrom, r.BytesIn, r.BytesOut, r.CompressedOut, r.Attempt, r.Consumer, r.Error,
		r.TimeSavedUS, r.InputStoreHits, r.Fingerprint, r.Tenant, r.Parent, flagged)
	if r.Key != "" && (r.Outcome == OutcomeCompleted || r.Outcome == OutcomeSkipped) {
		// The finish time orders heads, so the latest run wins however late
		// or often its record arrives.
		ver := u64(r.Finished.UnixMicro())
		rs.add(tDocHeads, r.Doc, r.Stage, r.Key, r.Version, dt(r.Finished), ver)
		if r.Stage == events.StageText {
			// The document's own row of current_documents: its source and
			// the text key whose results (shared by every copy) it shows.
			rs.add(tDocumentHeads, r.Doc, r.Version, r.Source, r.Key, dt(r.Finished), ver)
		}
		if r.Parent != "" {
			// The child's PART_OF edge: the document's own, like its head,
			// never part of an output that byte-identical copies share.
			rs.add(tParents, r.Doc, r.Parent, relate.RelationshipID(RelPartOf, r.Doc, r.Parent), r.Key, r.Version,
				dt(r.Finished), ver)
		}
	}
}

// addOutput appends the stage_outputs row of a completed run and the result
// rows decoded from its envelope. A decode failure keeps the stored bytes
// (they are the durable copy the runtime may need) and reports the error.
func (rs rowSet) addOutput(r *Record, data []byte) error {
	rs.add(tStageOutputs, r.Stage, r.Key, r.Doc, r.Version, string(data), dt(r.Finished))
	env, err := cachelayer.DecodeEnvelope(data)
	if err != nil {
		return fmt.Errorf("decode %s output %s: %w", r.Stage, r.Key, err)
	}
	if err := rs.addResults(r, env); err != nil {
		return fmt.Errorf("decode %s output %s: %w", r.Stage, r.Key, err)
	}
	return nil
}

// addResults appends the result rows of one output, keyed by its output
// key only: which document computed it does not matter.
func (rs rowSet) addResults(r *Record, env *cachelayer.Envelope) error {
	key := r.Key
	switch r.Stage {
	case events.StageOCR:
		var res ocr.Result
		if err := json.Unmarshal(env.Data, &res); err != nil {
			return err
		}
		for _, p := range res.Pages {
			rs.add(tPages, key, u32(p.Number), p.Method, p.Confidence, uint64(utf8.RuneCountInString(p.Text)))
		}
	case events.StageText:
		var d text.Document
		if err := json.Unmarshal(env.Data, &d); err != nil {
			return err
		}
		seen := map[string]bool{}
		methods := []string{}
		for _, p := range d.Pages {
			if p.Method != "" && !seen[p.Method] {
				seen[p.Method] = true
				methods = append(methods, p.Method)
			}
		}
		sort.Strings(methods)
		rs.add(tTexts, key, d.ContentType, d.Category, d.CategoryConfidence,
			u32(len(d.Pages)), methods, uint64(utf8.RuneCountInString(d.Text)))
	case events.StageChunk:
		var res chunk.Result
		if err := json.Unmarshal(env.Data, &res); err != nil {
			return err
		}
		for _, c := range res.Chunks {
			rs.add(tChunks, key, c.ID, u32(c.Index), u32(c.Start), u32(c.End), c.Text)
		}
	case events.StageExtract:
		var res extract.Result
		if err := json.Unmarshal(env.Data, &res); err != nil {
			return err
		}
		for _, m := range res.Mentions {
			rs.add(tMentions, key, m.ID, m.Type, m.Text, m.ChunkID, u32(m.Start), u32(m.End), m.Source)
		}
	case events.StageResolve:
		var res resolve.Result
		if err := json.Unmarshal(env.Data, &res); err != nil {
			return err
		}
		for _, e := range res.Entities {
			aliases, ids := e.Aliases, e.MentionIDs
			if aliases == nil {
				aliases = []string{}
			}
			if ids == nil {
				ids = []string{}
			}
			rs.add(tEntities, key, e.ID, e.Type, e.Name, aliases, ids, u32(len(ids)))
		}
	case events.StageRelate:
		var res relate.Result
		if err := json.Unmarshal(env.Data, &res); err != nil {
			return err
		}
		for _, l := range res.Relationships {
			id, to := l.ID, l.To
			if l.Type == relate.BelongsTo {
				// A chunk's edge to the document the run was for: copies
				// that computed the same key in other partitions wrote their
				// own id here. Stored without it, the copies' rows are one;
				// current_relationships puts each document's id back.
				id, to = relate.RelationshipID(relate.BelongsTo, l.From, ""), ""
			}
			rs.add(tRelationships, key, id, l.Type, l.From, to, l.Weight, l.Evidence)
		}
	}
	return nil
}
