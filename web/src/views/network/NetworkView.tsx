/**
 * The actor network (cytoscape): actors linked through the events they share, the line's width by
 * how many. Clicking (or Enter on) an actor opens its profile. Same URL filters as the table.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Network } from '../../../../src/server/features/analysis/schema.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link, navigate } from '../../app/router.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';
import { FilterBar } from '../events/FilterBar.js';
import { useEventFilters } from '../events/useEventFilters.js';

const MAX_NODES = 150;

/** The busiest actors and the links among them; a graph of thousands of nodes tells nothing. */
export function topOfNetwork(net: Network, max = MAX_NODES): Network {
  const nodes = [...net.nodes].sort((a, b) => b.eventCount - a.eventCount).slice(0, max);
  const ids = new Set(nodes.map((n) => n.id));
  return { ...net, nodes, edges: net.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

export default function NetworkView() {
  const { filters, setFilters, search } = useEventFilters();
  const loaded = useApi(() => api.network(filters), [search]);
  const net = useMemo(() => (loaded.data ? topOfNetwork(loaded.data) : null), [loaded.data]);
  return (
    <section className="view">
      <h1>Network</h1>
      <FilterBar filters={filters} onApply={(f) => setFilters(f)} />
      {loaded.error && <ErrorNote error={loaded.error} retry={loaded.reload} />}
      {!net && loaded.loading && <Loading what="Building the network" />}
      {net && net.nodes.length === 0 && <Empty>No named actors in the events matching these filters.</Empty>}
      {net && net.nodes.length > 0 && (
        <>
          <p className="count" data-testid="network-summary">
            {net.nodes.length} actors · {net.edges.length} links · from {net.events.toLocaleString()} events
          </p>
          <div className="network-layout">
            <Graph net={net} />
            <nav aria-label="Actors in the network" className="actor-list">
              <h2>Actors</h2>
              <ol>
                {net.nodes.map((n) => (
                  <li key={n.id}>
                    <Link href={`/actors/${encodeURIComponent(n.id)}`}>{n.name}</Link>{' '}
                    <span className="muted">{n.eventCount}</span>
                  </li>
                ))}
              </ol>
            </nav>
          </div>
        </>
      )}
    </section>
  );
}

function Graph({ net }: { net: Network }) {
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let destroy = () => {};
    let live = true;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (!live) return;
      const maxCount = Math.max(...net.nodes.map((n) => n.eventCount));
      const maxWeight = Math.max(1, ...net.edges.map((e) => e.weight));
      const cy = cytoscape({
        container: box,
        elements: [
          ...net.nodes.map((n) => ({
            data: { id: n.id, label: n.name, size: 18 + 42 * Math.sqrt(n.eventCount / maxCount), kind: n.type },
          })),
          ...net.edges.map((e) => ({
            data: {
              id: `${e.source}|${e.target}`,
              source: e.source,
              target: e.target,
              width: 1 + 9 * (e.weight / maxWeight),
              weight: e.weight,
            },
          })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              width: 'data(size)',
              height: 'data(size)',
              'background-color': '#2f4a73',
              color: '#1c1f23',
              'font-size': 11,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.8,
            },
          },
          { selector: 'node[kind = "person"]', style: { 'background-color': '#b45309' } },
          {
            selector: 'edge',
            style: { width: 'data(width)', 'line-color': '#9aa8bb', opacity: 0.8, 'curve-style': 'haystack' },
          },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
        ],
        layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
      });
      cy.on('tap', 'node', (e) => navigate(`/actors/${encodeURIComponent(e.target.id())}`));
      destroy = () => cy.destroy();
    });
    return () => {
      live = false;
      destroy();
    };
  }, [net]);
  return (
    <div
      ref={boxRef}
      className="graph-box"
      role="img"
      aria-label="Graph of actors linked by shared events; the list beside it has the same actors as links"
      data-testid="network-graph"
    />
  );
}
