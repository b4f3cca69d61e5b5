/**
 * The app shell: skip link, header with navigation and the quick search box, and the routed view.
 * Views share the filter query string, so moving between table, map and timeline keeps the filters.
 */
import { type FormEvent, Suspense, useEffect, useRef } from 'react';
import { Loading } from '../ui/Status.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { Link, matchPath, navigate, useLocation } from './router.js';
import { ROUTES } from './routes.js';

/** Views that read the events filters from the URL; links between them carry the filters along. */
const FILTERED = new Set(['/events', '/map', '/timeline', '/network']);

export function App() {
  const { path, search } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const current = path === '/' ? '/events' : path;
  const found = ROUTES.map((r) => ({ route: r, params: matchPath(r.pattern, current) })).find((m) => m.params);

  useEffect(() => {
    const label = found?.route.label ?? found?.route.pattern.split('/')[1] ?? 'Not found';
    document.title = `${label[0]?.toUpperCase()}${label.slice(1)} · Vigil`;
  }, [found]);

  const carry = FILTERED.has(current) ? search : '';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/events" className="brand">
          Vigil
        </Link>
        <nav aria-label="Main">
          <ul>
            {ROUTES.filter((r) => r.label).map((r) => {
              const active = current === r.pattern || current.startsWith(`${r.pattern}/`);
              return (
                <li key={r.pattern}>
                  <Link
                    href={FILTERED.has(r.pattern) ? r.pattern + carry : r.pattern}
                    aria-current={active ? 'page' : undefined}
                  >
                    {r.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <QuickSearch />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <ErrorBoundary key={current.split('/')[1]}>
          <Suspense fallback={<Loading />}>
            {found ? (
              <found.route.view params={found.params ?? {}} />
            ) : (
              <section>
                <h1>Page not found</h1>
                <p>
                  There is nothing at <code>{path}</code>. <Link href="/events">Go to the events</Link>.
                </p>
              </section>
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}

function QuickSearch() {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget).get('q')?.toString().trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <search className="quick-search">
      <form onSubmit={submit}>
        <label htmlFor="quick-q" className="visually-hidden">
          Search documents, events and actors
        </label>
        <input id="quick-q" name="q" type="search" placeholder="Search…" />
      </form>
    </search>
  );
}
