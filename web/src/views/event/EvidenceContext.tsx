/**
 * The evidence sentence(s) of an event, highlighted inside the surrounding text of their document,
 * with the actor, place and date words marked inside them. Text nodes only, never HTML.
 */
import type { EventDetail } from '../../../../src/domain/index.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link } from '../../app/router.js';
import { findMentions, type Span, segmentText } from '../../lib/highlight.js';
import { ErrorNote, Loading } from '../../ui/Status.js';

const CONTEXT = 320;

export type MarkKind = 'evidence' | 'actor' | 'place' | 'date' | 'number';

/** The words of an event worth marking inside its evidence. */
export function mentionSpans(text: string, start: number, end: number, event: EventDetail): Span<MarkKind>[] {
  const groups: [MarkKind, string[]][] = [
    ['actor', event.actors.map((a) => a.mention)],
    ['place', event.place ? [event.place.text, event.place.name] : []],
    ['date', event.date ? [event.date.text] : []],
  ];
  const spans: Span<MarkKind>[] = [];
  for (const [mark, words] of groups) {
    for (const m of findMentions(text, start, end, words)) spans.push({ start: m.start, end: m.end, mark });
  }
  // Numbers (casualty figures) are marked unless they are part of a date already marked.
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(/\b\d[\d,]*\b/g)) {
    const s = start + (m.index ?? 0);
    const e = s + m[0].length;
    if (!spans.some((x) => x.mark === 'date' && x.start <= s && x.end >= e))
      spans.push({ start: s, end: e, mark: 'number' });
  }
  return spans;
}

export function EvidenceContext({ event }: { event: EventDetail }) {
  const docIds = [...new Set(event.evidence.map((e) => e.documentId))];
  if (docIds.length === 0) return <p className="muted">No evidence stored for this event.</p>;
  return (
    <div className="evidence-list">
      {docIds.map((id) => (
        <DocumentExcerpt key={id} documentId={id} event={event} />
      ))}
    </div>
  );
}

function DocumentExcerpt({ documentId, event }: { documentId: string; event: EventDetail }) {
  const doc = useApi(() => api.document(documentId), [documentId]);
  const evidence = event.evidence.filter((e) => e.documentId === documentId);
  const title = evidence[0]?.documentTitle ?? documentId;
  if (doc.error) return <ErrorNote error={doc.error} />;
  if (!doc.data) return <Loading what={`Loading ${title}`} />;
  const text = doc.data.text;
  const from = Math.max(0, Math.min(...evidence.map((e) => e.start)) - CONTEXT);
  const to = Math.min(text.length, Math.max(...evidence.map((e) => e.end)) + CONTEXT);
  const spans: Span<MarkKind>[] = evidence.flatMap((e) => [
    { start: e.start, end: e.end, mark: 'evidence' as const },
    ...mentionSpans(text, e.start, e.end, event),
  ]);
  const segments = segmentText(
    text.slice(from, to),
    spans.map((s) => ({ ...s, start: s.start - from, end: s.end - from })),
  );
  return (
    <figure className="evidence">
      <figcaption>
        <Link href={`/documents/${encodeURIComponent(documentId)}#event-${encodeURIComponent(event.id)}`}>{title}</Link>
        {doc.data.publisher && <span className="muted"> · {doc.data.publisher}</span>}
        {doc.data.published && <span className="muted"> · {doc.data.published}</span>}
      </figcaption>
      <blockquote className="doc-text">
        {from > 0 && '… '}
        {segments.map((s) =>
          s.marks.length === 0 ? (
            s.text
          ) : (
            <mark key={s.start} className={s.marks.map((m) => `hl-${m}`).join(' ')}>
              {s.text}
            </mark>
          ),
        )}
        {to < text.length && ' …'}
      </blockquote>
    </figure>
  );
}
