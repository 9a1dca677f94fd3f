// What every browser test checks on the real page, shared by browser-check.js and group-session.js: errors in the
// console or the page, HTTP errors, requests to any other host, and axe-core's WCAG 2.1 A/AA rules.
'use strict';

const fs = require('fs');

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Records every problem the page shows from now on into `problems`; `origin` is the app's URL.
function watch(page, origin, problems) {
  page.on('console', message => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('response', response => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${new URL(response.url()).pathname}`);
  });
  page.on('request', request => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.host !== origin.host) problems.push(`request to another host: ${url.protocol}//${url.host}`);
  });
}

// axe-core's WCAG 2.1 A and AA rules on the page as it is; each violation becomes a problem naming the rule and where.
// Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern.
async function accessibility(page, when, problems) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const violation of result.violations) {
    const where = violation.nodes.slice(0, 3).map(node => node.target.join(' ')).join('; ');
    problems.push(`accessibility (${when}): ${violation.id}: ${violation.help} at ${where}`);
  }
}

module.exports = { watch, accessibility };
