/**
 * The document reader: the clean text (as text nodes, never HTML) with every extracted event's
 * evidence highlighted and its actors, places, dates and numbers marked. Clicking a highlight shows
 * the event it became. "Re-extract" runs the extractor again; analysts' corrections are kept.
 */
import { useMemo, useState } from 'react';
import type { EventDetail } from '../../../../src/domain/index.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link } from '../../app/router.js';
import { eventHeadline } from '../../lib/format.js';
import { type Span, segmentText } from '../../lib/highlight.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';
import { EventFields } from '../event/EventFields.js';
import { type MarkKind, mentionSpans } from '../event/EvidenceContext.js';

type Mark = { kind: MarkKind; eventId: string };

export default function DocumentReader({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const loaded = useApi(async () => {
    const doc = await api.document(id);
    const events = await Promise.all(doc.eventIds.map((e) => api.event(e).catch(() => null)));
    return { doc, events: events.filter((e): e is EventDetail => e !== null) };
  }, [id]);
  const [selected, setSelected] = useState<string | null>(null);
  const [reextract, setReextract] = useState<string | null>(null);

  const segments = useMemo(() => {
    if (!loaded.data) return [];
    const { doc, events } = loaded.data;
    const spans: Span<Mark>[] = [];
    for (const event of events) {
      for (const ev of event.evidence.filter((x) => x.documentId === doc.id)) {
        spans.push({ start: ev.start, end: ev.end, mark: { kind: 'evidence', eventId: event.id } });
        for (const m of mentionSpans(doc.text, ev.start, ev.end, event))
          spans.push({ ...m, mark: { kind: m.mark, eventId: event.id } });
      }
    }
    return segmentText(doc.text, spans);
  }, [loaded.data]);

  const runReextract = async () => {
    setReextract('Re-extracting…');
    try {
      const r = await api.reextract(id);
      setReextract(`Re-extracted: ${r.eventIds.length} events. Analysts' corrections were kept.`);
      loaded.reload();
    } catch (err) {
      setReextract(`Re-extraction failed: ${(err as Error).message}`);
    }
  };

  if (loaded.error) return <ErrorNote error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading what="Loading the document" />;
  const { doc, events } = loaded.data;
  const chosen = events.find((e) => e.id === selected);
  return (
    <section className="view reader">
      <p className="crumbs">
        <Link href="/documents">← Documents</Link>
      </p>
      <div className="view-head">
        <h1>{doc.title || doc.origin}</h1>
        <div className="toolbar">
          <button type="button" onClick={runReextract}>
            Re-extract
          </button>
          {reextract && <span role="status">{reextract}</span>}
        </div>
      </div>
      <p className="muted">
        {[doc.publisher, doc.published, doc.author, doc.format, `version ${doc.version}`].filter(Boolean).join(' · ')}
        {doc.url && (
          <>
            {' · '}
            <a href={doc.url} rel="noreferrer noopener" target="_blank">
              original
            </a>
          </>
        )}
      </p>
      <Legend />
      <div className="reader-layout">
        <div className="doc-text reader-text" data-testid="document-text">
          {segments.map((s) => {
            if (s.marks.length === 0) return s.text;
            const eventId = s.marks[0]!.eventId;
            return (
              <mark
                key={s.start}
                className={[...new Set(s.marks.map((m) => `hl-${m.kind}`))].join(' ')}
                data-event={eventId}
              >
                <button type="button" className="mark-button" onClick={() => setSelected(eventId)}>
                  {s.text}
                </button>
              </mark>
            );
          })}
        </div>
        <aside className="reader-side" aria-live="polite">
          {events.length === 0 && <Empty>No events were extracted from this document.</Empty>}
          {chosen ? (
            <div className="panel">
              <h2>
                <Link href={`/events/${encodeURIComponent(chosen.id)}`}>{eventHeadline(chosen)}</Link>
              </h2>
              <EventFields event={chosen} />
            </div>
          ) : (
            events.length > 0 && <p className="muted">Click a highlighted passage to see the event it became.</p>
          )}
          <h2>Events in this document</h2>
          <ul className="plain">
            {events.map((e) => (
              <li key={e.id}>
                <button type="button" className="link" onClick={() => setSelected(e.id)}>
                  {eventHeadline(e)}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}

function Legend() {
  return (
    <p className="legend">
      <mark className="hl-evidence">evidence</mark> <mark className="hl-actor">actor</mark>{' '}
      <mark className="hl-place">place</mark> <mark className="hl-date">date</mark>{' '}
      <mark className="hl-number">number</mark>
    </p>
  );
}
