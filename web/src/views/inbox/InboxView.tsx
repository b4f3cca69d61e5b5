/**
 * The inbox: paste a report, upload files (txt, md, html, pdf) or give a URL. Each submission is
 * listed with its progress, outcome and errors, and links to the document and its events.
 */
import { type FormEvent, useState } from 'react';
import { api, type IngestOutcome, type IngestResponse } from '../../api/client.js';
import { Link } from '../../app/router.js';

interface Job {
  key: number;
  label: string;
  state: 'working' | 'done' | 'failed';
  outcomes?: IngestOutcome[];
  error?: string;
}

let nextKey = 1;

export default function InboxView() {
  const [jobs, setJobs] = useState<Job[]>([]);
  const track = async (label: string, run: () => Promise<IngestResponse>) => {
    const key = nextKey++;
    setJobs((j) => [{ key, label, state: 'working' }, ...j]);
    const update = (patch: Partial<Job>) => setJobs((all) => all.map((x) => (x.key === key ? { ...x, ...patch } : x)));
    try {
      const out = await run();
      const failure = out.results.find((o) => o.kind === 'failed');
      const allFailed = out.results.length > 0 && out.failed === out.results.length;
      update({
        state: allFailed || out.results.length === 0 ? 'failed' : 'done',
        outcomes: out.results,
        error: failure?.kind === 'failed' ? failure.error : out.results.length === 0 ? 'nothing was read' : undefined,
      });
    } catch (err) {
      update({ state: 'failed', error: (err as Error).message });
    }
  };

  return (
    <section className="view inbox">
      <h1>Inbox</h1>
      <div className="inbox-grid">
        <PasteForm onSubmit={(doc, label) => track(label, () => api.addDocument(doc))} />
        <div>
          <UrlForm onSubmit={(url) => track(url, () => api.addDocument({ url }))} />
          <UploadForm
            onFiles={(files) => {
              for (const f of files) void track(f.name, () => api.uploadFiles([f]));
            }}
          />
        </div>
      </div>
      <h2>Submitted</h2>
      {jobs.length === 0 ? (
        <p className="muted">Nothing submitted in this session yet.</p>
      ) : (
        <ul className="jobs" aria-live="polite">
          {jobs.map((j) => (
            <li key={j.key} className={`job job-${j.state}`} data-testid="ingest-job">
              <strong>{j.label}</strong> —{' '}
              {j.state === 'working' && (
                <span role="status">
                  processing… <progress aria-label="processing" />
                </span>
              )}
              {j.state === 'failed' && <span className="error-text">failed: {j.error}</span>}
              {j.state === 'done' && j.outcomes?.map((o) => <OutcomeLine key={o.input} outcome={o} />)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutcomeLine({ outcome: o }: { outcome: IngestOutcome }) {
  if (o.kind === 'failed')
    return (
      <span className="error-text">
        {o.input}: {o.error}
      </span>
    );
  return (
    <span>
      {o.status === 'unchanged' ? 'already stored' : o.status}: {o.eventIds.length} events ·{' '}
      <Link href={`/documents/${encodeURIComponent(o.documentId)}`}>read</Link>
      {o.eventIds[0] && (
        <>
          {' · '}
          <Link href={`/review/${encodeURIComponent(o.eventIds[0])}`}>review</Link>
        </>
      )}
    </span>
  );
}

function PasteForm({ onSubmit }: { onSubmit: (doc: Parameters<typeof api.addDocument>[0], label: string) => void }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const get = (k: string) => form.get(k)?.toString().trim() || undefined;
    const text = get('text');
    if (!text) return;
    const title = get('title');
    onSubmit({ text, title, published: get('published'), publisher: get('publisher') }, title ?? text.slice(0, 60));
    e.currentTarget.reset();
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="paste-h">
      <h2 id="paste-h">Paste a report</h2>
      <label className="field">
        <span>Title</span>
        <input name="title" />
      </label>
      <div className="row">
        <label className="field">
          <span>Published</span>
          <input name="published" type="date" />
        </label>
        <label className="field">
          <span>Publisher</span>
          <input name="publisher" />
        </label>
      </div>
      <label className="field">
        <span>Text</span>
        <textarea name="text" rows={12} required />
      </label>
      <button type="submit" className="primary">
        Add report
      </button>
    </form>
  );
}

function UrlForm({ onSubmit }: { onSubmit: (url: string) => void }) {
  return (
    <form
      className="panel"
      aria-labelledby="url-h"
      onSubmit={(e) => {
        e.preventDefault();
        const url = new FormData(e.currentTarget).get('url')?.toString().trim();
        if (url) onSubmit(url);
        e.currentTarget.reset();
      }}
    >
      <h2 id="url-h">Add a URL</h2>
      <label className="field">
        <span>Address</span>
        <input name="url" type="url" placeholder="https://…" required />
      </label>
      <button type="submit">Fetch</button>
    </form>
  );
}

function UploadForm({ onFiles }: { onFiles: (files: File[]) => void }) {
  return (
    <form
      className="panel"
      aria-labelledby="upload-h"
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('files') as HTMLInputElement;
        if (input.files?.length) onFiles([...input.files]);
        e.currentTarget.reset();
      }}
    >
      <h2 id="upload-h">Upload files</h2>
      <label className="field">
        <span>Text, Markdown, HTML or PDF</span>
        <input name="files" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.pdf" />
      </label>
      <button type="submit">Upload</button>
    </form>
  );
}
