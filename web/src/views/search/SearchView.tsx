/** One search box over documents, events and actors; results grouped by kind. */
import type { SearchHit } from '../../../../src/domain/index.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link, navigate, useLocation } from '../../app/router.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';

const KINDS: { kind: SearchHit['kind']; title: string; href: (id: string) => string }[] = [
  { kind: 'event', title: 'Events', href: (id) => `/events/${encodeURIComponent(id)}` },
  { kind: 'entity', title: 'Actors', href: (id) => `/actors/${encodeURIComponent(id)}` },
  { kind: 'document', title: 'Documents', href: (id) => `/documents/${encodeURIComponent(id)}` },
];

export default function SearchView() {
  const { search } = useLocation();
  const q = new URLSearchParams(search).get('q')?.trim() ?? '';
  const hits = useApi(() => (q ? api.search(q) : Promise.resolve([])), [q]);
  return (
    <section className="view">
      <h1>Search</h1>
      <search>
        <form
          className="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            const next = new FormData(e.currentTarget).get('q')?.toString().trim() ?? '';
            navigate(next ? `/search?q=${encodeURIComponent(next)}` : '/search', { replace: true });
          }}
        >
          <label htmlFor="search-q">Documents, events and actors</label>
          <input id="search-q" name="q" type="search" defaultValue={q} key={q} />
          <button type="submit" className="primary">
            Search
          </button>
        </form>
      </search>
      {hits.error && <ErrorNote error={hits.error} retry={hits.reload} />}
      {hits.loading && q && <Loading what="Searching" />}
      {q && hits.data?.length === 0 && <Empty>Nothing matches “{q}”.</Empty>}
      {KINDS.map(({ kind, title, href }) => {
        const group = hits.data?.filter((h) => h.kind === kind) ?? [];
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`hits-${kind}`}>
            <h2 id={`hits-${kind}`}>
              {title} <span className="muted">({group.length})</span>
            </h2>
            <ul className="hits">
              {group.map((h) => (
                <li key={h.id}>
                  <Link href={href(h.id)}>{h.title}</Link>
                  <p className="snippet">{h.snippet}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
