/**
 * An analyst's day in real Chromium against the real server on a temporary SQLite database with the
 * sample corpus: ingest two reports, review one, merge the other into it, correct its date and place,
 * confirm it, find it on the timeline, map and network, split an alias off an actor and undo it,
 * re-extract the document and find the corrections intact. Screenshots of every view go to
 * test-output/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail } from '../../src/domain/index.js';
import { hasChromium, launchBrowser, openPage, type RunningServer, shot, startServer } from './fixture.js';

const REPORT_A = `A roadside bomb killed four policemen in Jalalabad, the capital of Nangarhar province, on Monday, officials said. Seven other people were wounded in the blast, a provincial spokesman told reporters.`;
const REPORT_B = `Four police officers died when an improvised explosive device struck their vehicle in Jalalabad city on Monday, according to the governor. At least six people were injured.`;

const required = process.env.VIGIL_REQUIRE_CHROMIUM === '1';
describe.skipIf(!hasChromium && !required)("an analyst's day in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const ids = { a: '', b: '', docA: '' };

  beforeAll(async () => {
    server = await startServer({ synthetic: 300 });
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
  const statusText = (text: string) => page.getByRole('status').filter({ hasText: text }).first().waitFor();

  async function ingest(title: string, publisher: string, text: string): Promise<{ eventId: string; docId: string }> {
    await page.goto(`${server.url}/inbox`);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Published').fill('2023-03-14');
    await page.getByLabel('Publisher').fill(publisher);
    await page.getByLabel('Text', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Add report' }).click();
    const job = page.getByTestId('ingest-job').filter({ hasText: title });
    await job.getByRole('link', { name: 'review' }).waitFor();
    const review = await job.getByRole('link', { name: 'review' }).getAttribute('href');
    const read = await job.getByRole('link', { name: 'read' }).getAttribute('href');
    return {
      eventId: decodeURIComponent(review!.split('/').pop()!),
      docId: decodeURIComponent(read!.split('/').pop()!),
    };
  }

  it('ingests two reports of the same incident from the inbox', async () => {
    const a = await ingest('Blast in Jalalabad', 'Test Wire', REPORT_A);
    await shot(page, 'inbox');
    const b = await ingest('Police hit in Nangarhar', 'Other Wire', REPORT_B);
    ids.a = a.eventId;
    ids.docA = a.docId;
    ids.b = b.eventId;
    expect(ids.a).not.toBe(ids.b);
  });

  it('uploads a file and reports per-document status', async () => {
    await page.goto(`${server.url}/inbox`);
    await page.getByLabel('Text, Markdown, HTML or PDF').setInputFiles({
      name: 'kunduz-note.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Kunduz note\n\nGunmen shot dead two teachers in Kunduz on 3 May 2022, police said.\n'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    const job = page.getByTestId('ingest-job').filter({ hasText: 'kunduz-note.md' });
    await job.getByRole('link', { name: 'read' }).waitFor();
    expect(await job.textContent()).toMatch(/created: \d+ events/);
  });

  it('finds the first report’s event in the review queue with its evidence highlighted', async () => {
    await page.goto(`${server.url}/review/${ids.a}`);
    await page.locator(`[data-event-id="${ids.a}"]`).waitFor();
    await page.locator('mark.hl-evidence').first().waitFor();
    expect(await page.locator('mark.hl-evidence').first().textContent()).toContain('roadside bomb');
    await shot(page, 'review');
  });

  it('merges the duplicate report into it, from Vigil’s suggestion when it makes one', async () => {
    await page.getByRole('heading', { name: 'Possible duplicates' }).waitFor();
    const suggested = page
      .getByTestId('duplicate-candidate')
      .filter({ has: page.locator(`a[href="/events/${ids.b}"]`) });
    const found = await suggested
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (found) {
      expect(await suggested.locator('.reasons li').count()).toBeGreaterThan(0);
      await shot(page, 'review-duplicates');
      await suggested.getByRole('button', { name: 'Merge into this event' }).click();
    } else {
      await page.getByLabel('Merge another event by id').fill(ids.b);
      await page.getByRole('button', { name: 'Merge', exact: true }).click();
    }
    await statusText('Merged');
    const a = await api<EventDetail>(`/api/events/${ids.a}`);
    expect(a.documentIds).toHaveLength(2);
    expect((await api<EventDetail>(`/api/events/${ids.b}`)).status).toBe('merged');
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
  });

  it('corrects the date and the place with the edit form (key e)', async () => {
    await page.locator('#event-h').click();
    await page.keyboard.press('e');
    const form = page.getByRole('form', { name: 'Edit event' });
    await form.getByLabel('Start', { exact: true }).fill('2023-03-13');
    await form.getByLabel('End', { exact: true }).fill('2023-03-13');
    await form.getByLabel('Place', { exact: true }).fill('Surkh Rod');
    await form.getByLabel('Province', { exact: true }).fill('Nangarhar');
    await form.getByLabel('Country', { exact: true }).fill('AF');
    await form.getByLabel('Latitude', { exact: true }).fill('34.43');
    await form.getByLabel('Longitude', { exact: true }).fill('70.55');
    await shot(page, 'review-edit');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await statusText('Changes saved');
    const a = await api<EventDetail>(`/api/events/${ids.a}`);
    expect(a.date).toMatchObject({ start: '2023-03-13', end: '2023-03-13' });
    expect(a.place).toMatchObject({ name: 'Surkh Rod', admin1: 'Nangarhar', lat: 34.43 });
    expect(a.history.some((h) => h.action === 'edit')).toBe(true);
  });

  it('confirms it (key c) and shows who did what in the history', async () => {
    await page.locator('#event-h').click();
    await page.keyboard.press('c');
    await statusText('Confirmed');
    expect((await api<EventDetail>(`/api/events/${ids.a}`)).status).toBe('confirmed');
    await page.goto(`${server.url}/events/${ids.a}`);
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.locator('.history li').nth(2).waitFor();
    expect(await page.locator('.history li').count()).toBeGreaterThanOrEqual(3);
  });

  it('moves through the queue with j and k', async () => {
    await page.goto(`${server.url}/review`);
    await page.locator('.workbench').waitFor();
    const first = page.url();
    await page.keyboard.press('j');
    await page.waitForURL((u) => u.toString() !== first);
    await page.keyboard.press('k');
    await page.waitForURL((u) => u.pathname !== new URL(first).pathname || u.toString() === first);
  });

  it('shows the event in the events table and exports the selection', async () => {
    await page.goto(`${server.url}/events?place=Surkh%20Rod`);
    await page.getByTestId('events-total').waitFor();
    expect(await page.getByTestId('events-total').textContent()).toContain('1 events');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += chunk;
    expect(text.split('\r\n')[1]).toContain('Surkh Rod');
    await page.goto(`${server.url}/events`);
    await page.getByTestId('events-total').waitFor();
    await shot(page, 'events');
  });

  it('finds it on the timeline, the map and the network', async () => {
    await page.goto(`${server.url}/timeline?place=Surkh%20Rod`);
    await page.locator('.vis-item').first().waitFor();
    expect(await page.getByTestId('timeline-summary').textContent()).toContain('1 dated events');
    await page.locator('.vis-item').first().click();
    await page.waitForURL(`**/events/${ids.a}`);

    await page.goto(`${server.url}/map?place=Surkh%20Rod`);
    await page.locator('.leaflet-container').waitFor();
    expect(await page.getByTestId('map-summary').textContent()).toContain('1 events at a town or site');

    await page.goto(`${server.url}/network?place=Surkh%20Rod`);
    await page.getByRole('heading', { name: 'Network' }).waitFor();
    await page.locator('.status-empty, [data-testid=network-summary]').first().waitFor();

    await page.goto(`${server.url}/timeline`);
    await page.locator('.vis-item').first().waitFor();
    await shot(page, 'timeline');
    await page.goto(`${server.url}/map`);
    await page.locator('.leaflet-overlay-pane path, .leaflet-overlay-pane canvas').first().waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'map');
    await page.goto(`${server.url}/network`);
    await page.locator('[data-testid=network-graph] canvas').first().waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'network');
  });

  it('opens an actor profile from the network', async () => {
    await page.locator('.actor-list a').first().click();
    await page.waitForURL('**/actors/**');
    await page.getByRole('heading', { name: 'Also known as' }).waitFor();
    await page.getByLabel('New alias').fill('The Pass Front');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await statusText('added');
    await page.getByText('The Pass Front').first().waitFor();
    await shot(page, 'actor');
  });

  it('splits the new alias off into an actor of its own, then undoes it', async () => {
    const profile = page.url();
    const original = await page.locator('h1').textContent();
    await page.getByRole('button', { name: 'Split…' }).click();
    const form = page.getByRole('form', { name: 'Split actor' });
    await form.getByLabel('The Pass Front', { exact: true }).check();
    await form.getByLabel('New actor’s name (optional)').fill('Pass Front (split)');
    await form.getByRole('button', { name: 'Split', exact: true }).click();
    await shot(page, 'actor-split');
    await page.keyboard.press('Enter'); // focus is on "Confirm split"
    await page.waitForURL('**/actors/**?splitFrom=**');
    await page.getByRole('heading', { name: 'Pass Front (split)' }).waitFor();
    await page.getByRole('button', { name: 'Undo split' }).click();
    await statusText('Split undone');
    expect(page.url()).toBe(profile);
    await page.getByRole('heading', { name: original ?? '' }).waitFor();
    await page.getByRole('button', { name: 'Remove alias The Pass Front' }).waitFor();
  });

  it('re-extracts the document and keeps the corrections', async () => {
    await page.goto(`${server.url}/documents/${ids.docA}`);
    await page.locator('mark.hl-evidence').first().waitFor();
    await page.getByRole('button', { name: 'Re-extract' }).click();
    await statusText('Re-extracted');
    const a = await api<EventDetail>(`/api/events/${ids.a}`);
    expect(a.date).toMatchObject({ start: '2023-03-13' });
    expect(a.place).toMatchObject({ name: 'Surkh Rod' });
    expect(a.status).toBe('confirmed');
    await page.locator('mark.hl-evidence button').first().click();
    await page.locator('.reader-side .panel').getByText('Surkh Rod').first().waitFor();
    await shot(page, 'document');
  });

  it('searches documents, events and actors from one box', async () => {
    await page.getByRole('searchbox', { name: 'Search documents, events and actors' }).fill('Jalalabad');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=Jalalabad');
    await page.locator('.hits li').first().waitFor();
    await shot(page, 'search');
  });

  it('works at a narrow width', async () => {
    const narrow = await openPage(browser, 390, 844);
    await narrow.page.goto(`${server.url}/review/${ids.a}`);
    await narrow.page.locator('.workbench').waitFor();
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(narrow.page, 'review-narrow');
    await narrow.page.close();
    expect(narrow.errors).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
