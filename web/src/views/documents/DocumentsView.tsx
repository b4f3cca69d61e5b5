/** The stored documents, newest first, each opening in the reader. */
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link, navigate, useLocation } from '../../app/router.js';
import { intParam } from '../../lib/query.js';
import { Pager } from '../../ui/Pager.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';

const PAGE = 50;

export default function DocumentsView() {
  const { search } = useLocation();
  const offset = intParam(search, 'offset', 0);
  const docs = useApi(() => api.documents(PAGE, offset), [offset]);
  return (
    <section className="view">
      <div className="view-head">
        <h1>Documents</h1>
        <Link href="/inbox">Add reports…</Link>
      </div>
      {docs.error && <ErrorNote error={docs.error} retry={docs.reload} />}
      {!docs.data && docs.loading && <Loading what="Loading documents" />}
      {docs.data?.total === 0 && (
        <Empty>
          No documents yet. Paste or upload a report in the <Link href="/inbox">Inbox</Link>.
        </Empty>
      )}
      {docs.data && docs.data.total > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Publisher</th>
                  <th scope="col">Published</th>
                  <th scope="col">Format</th>
                  <th scope="col">Ingested</th>
                </tr>
              </thead>
              <tbody>
                {docs.data.items.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <Link href={`/documents/${encodeURIComponent(d.id)}`}>{d.title || d.origin}</Link>
                    </td>
                    <td>{d.publisher ?? ''}</td>
                    <td className="nowrap">{d.published ?? ''}</td>
                    <td>{d.format}</td>
                    <td className="nowrap">{d.ingestedAt.slice(0, 16).replace('T', ' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            total={docs.data.total}
            limit={PAGE}
            offset={offset}
            onChange={(o) => navigate(`/documents?offset=${o}`, { replace: true })}
          />
        </>
      )}
    </section>
  );
}
