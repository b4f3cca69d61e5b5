/**
 * Leaders, members and affiliations the reports state ("ISKP leader Abdullah Orakzai"), grouped by
 * relation and direction, each linking to the other actor and to the document that says so.
 */
import type { EntityRelation } from '../../../../src/domain/api.js';
import { RELATION_TYPES } from '../../../../src/domain/vocabularies.js';
import { Link } from '../../app/router.js';

/** `groupRelations(rels)` → [["Leaders", [...]], ["Member of", [...]]] in vocabulary order. */
export function groupRelations(relations: EntityRelation[]): [string, EntityRelation[]][] {
  const groups: [string, EntityRelation[]][] = [];
  for (const t of RELATION_TYPES) {
    for (const direction of ['outgoing', 'incoming'] as const) {
      const rows = relations.filter((r) => r.type === t.code && r.direction === direction);
      if (rows.length) groups.push([direction === 'outgoing' ? t.label : t.reverseLabel, rows]);
    }
  }
  return groups;
}

export function RelationsPanel({ relations }: { relations: EntityRelation[] }) {
  const groups = groupRelations(relations);
  return (
    <section aria-labelledby="relations-h" className="panel">
      <h2 id="relations-h">Leaders, members, affiliations</h2>
      {groups.length === 0 && <p className="muted">No relation stated in the reports yet.</p>}
      {groups.map(([label, rows]) => (
        <div key={label}>
          <h3>{label}</h3>
          <ul className="plain">
            {rows.map((r) => (
              <li key={`${r.entityId}-${r.documentId}`}>
                <Link href={`/actors/${r.entityId}`}>{r.name}</Link>{' '}
                <Link href={`/documents/${r.documentId}`} className="muted" title={r.text}>
                  (source)
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
