/** One event's page: the same workbench as the review queue, reached from tables, maps and timelines. */
import { Link } from '../../app/router.js';
import { EventWorkbench } from './EventWorkbench.js';

export default function EventView({ params }: { params: Record<string, string> }) {
  return (
    <section className="view">
      <p className="crumbs">
        <Link href="/events">← Events</Link>
      </p>
      <EventWorkbench eventId={params.id ?? ''} />
    </section>
  );
}
