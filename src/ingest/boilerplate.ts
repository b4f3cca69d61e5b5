/**
 * Removes page furniture before readability looks for the article: navigation, footers, cookie
 * banners, subscription and share boxes. Readability drops most of it, but boxes inside the
 * article body (a newsletter sign-up between paragraphs) survive it, so we remove them first.
 */

/** Elements that are never article text, whatever they hold. */
const NEVER_TEXT = [
  'script:not([type="application/ld+json"])',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'button',
  'nav',
  'footer',
  'dialog',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
];

/** Elements that are usually furniture but sometimes wrap the whole page (ASP.NET puts all in a <form>). */
const USUALLY_FURNITURE = ['aside', 'form', '[role="banner"]', '[role="complementary"]'];

/** class/id words that name furniture; matched as whole words of "newsletter-box", "share_bar", etc. */
const FURNITURE_NAME =
  /(^|[\s_-])(newsletter|subscribe|subscription|signup|sign-up|cookies?|consent|gdpr|share|sharing|social|related|recommended|promo|advert|advertisement|ads?|sponsored|paywall|popup|modal|breadcrumbs?|comments?|menu|sidebar|footer|navbar|nav|masthead|toolbar)($|[\s_-])/i;

/** Short blocks whose words say they are furniture even without a telling class. */
const FURNITURE_TEXT =
  /\b(we use cookies|accept (all )?cookies|cookie (policy|settings)|subscribe to (our|the) newsletter|sign up for (our|the)|share (this|on) (article|story|facebook|twitter|x)|all rights reserved|follow us on)\b/i;

const PROTECTED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').length;
}

/**
 * Strips furniture in place. Apart from scripts, navigation and the like, an element holding more
 * than half of the page's text is kept whatever its name says ("main-nav-wrapper" around the whole page), so the article is never thrown away.
 * @example removeBoilerplate(document) // returns how many elements were removed
 */
export function removeBoilerplate(document: Document): number {
  const body = document.body;
  if (!body) return 0;
  const total = Math.max(textLength(body), 1);
  let removed = 0;
  const remove = (element: Element, guarded: boolean): void => {
    if (PROTECTED.has(element.tagName.toUpperCase()) || !element.parentNode) return;
    if (guarded && textLength(element) > total * 0.5) return;
    element.remove();
    removed++;
  };
  for (const element of body.querySelectorAll(NEVER_TEXT.join(','))) remove(element, false);
  for (const element of body.querySelectorAll(USUALLY_FURNITURE.join(','))) remove(element, true);
  for (const element of body.querySelectorAll('[class],[id]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(names)) remove(element, true);
  }
  for (const element of body.querySelectorAll('div,section,p,span,li')) {
    if (textLength(element) < 250 && FURNITURE_TEXT.test(element.textContent ?? '')) remove(element, true);
  }
  return removed;
}
