/**
 * The app's routes as data: path pattern, navigation label (if shown in the menu) and the view,
 * loaded lazily so the map, timeline and graph libraries load only where they are used.
 */
import { type ComponentType, lazy } from 'react';

export interface Route {
  pattern: string;
  label?: string;
  view: ComponentType<{ params: Record<string, string> }>;
}

const ReviewView = lazy(() => import('../views/review/ReviewView.js'));

export const ROUTES: Route[] = [
  { pattern: '/events', label: 'Events', view: lazy(() => import('../views/events/EventsView.js')) },
  { pattern: '/events/:id', view: lazy(() => import('../views/event/EventView.js')) },
  { pattern: '/review', label: 'Review', view: ReviewView },
  { pattern: '/review/:id', view: ReviewView },
  { pattern: '/documents', label: 'Documents', view: lazy(() => import('../views/documents/DocumentsView.js')) },
  { pattern: '/documents/:id', view: lazy(() => import('../views/documents/DocumentReader.js')) },
  { pattern: '/inbox', label: 'Inbox', view: lazy(() => import('../views/inbox/InboxView.js')) },
  { pattern: '/map', label: 'Map', view: lazy(() => import('../views/map/MapView.js')) },
  { pattern: '/timeline', label: 'Timeline', view: lazy(() => import('../views/timeline/TimelineView.js')) },
  { pattern: '/network', label: 'Network', view: lazy(() => import('../views/network/NetworkView.js')) },
  { pattern: '/actors/:id', view: lazy(() => import('../views/actors/ActorView.js')) },
  { pattern: '/search', label: 'Search', view: lazy(() => import('../views/search/SearchView.js')) },
];
