// Drives Debian's chromium (headless, through playwright-core) against the real page: the welcome and the menu (its
// exercises as buttons) arrive, "plan amends" starts that exercise and its answers are reflected back, a reload finds
// the same conversation and it goes on one more turn, "Start over" begins a new one. Fails on console errors and on any
// request to a host other than the app, and on any axe-core WCAG 2.1 A/AA violation at desktop and phone widths, before
// and during an exercise. Saves screenshots into the artifacts folder.
// Usage: node browser-check.js <base-url> <artifacts-dir>
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const checks = require('./page-checks');

const [base, artifacts] = process.argv.slice(2);
if (!base || !artifacts) {
  console.error('usage: node browser-check.js <base-url> <artifacts-dir>');
  process.exit(2);
}

// Web Chat renders typographic apostrophes, so the texts are matched loosely.
const WELCOME = /Hi, I.m RecoveryBot/;
const MENU = 'What would you like to reflect on?';
const EXERCISES = ['Acknowledge harm', 'Plan amends', 'Set boundaries', 'Rebuild trust', 'Be your own friend', 'Find support', 'After a slip', 'Being with people'];
const INTRO = 'This exercise helps you plan amends';
const WHO = 'Who would you like to make amends with?';
const PERSON = /^\s*Sam\s*$/;
const CONTACT = 'As far as you know, is Sam open to hearing from you?';
const ACKNOWLEDGE = 'What do you want to acknowledge to Sam?';
const ACKNOWLEDGED = 'I missed his wedding and made it about me.';
const DRAFT = /Now try writing what you.d like to say to Sam/;
const problems = [];
let failureShot = async () => {};

function check(condition, message) {
  if (!condition) problems.push(message);
}

// A message as rendered in the transcript (a paragraph in its bubble; screen-reader labels are elsewhere).
function bubble(page, text) {
  return page.locator('.webchat__bubble__content p', { hasText: text });
}

// The suggested-action buttons Web Chat shows under the last message.
function menuButton(page, title) {
  return page.locator('.webchat__suggested-action', { hasText: title });
}

const accessibility = (page, when) => checks.accessibility(page, when, problems);

async function send(page, text) {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // playwright-core gives every launch a fresh, empty profile of its own (--user-data-dir is refused here).
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const origin = new URL(base);

  checks.watch(page, origin, problems);
  page.on('websocket', socket => {
    const url = new URL(socket.url());
    if (url.host !== origin.host) problems.push(`websocket to another host: ${url.host}`);
  });

  failureShot = () => page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
  await page.goto(base);
  await bubble(page, WELCOME).first().waitFor({ timeout: 20000 });
  await bubble(page, MENU).first().waitFor({ timeout: 20000 });
  for (const title of EXERCISES) {
    await menuButton(page, title).first().waitFor({ state: 'attached', timeout: 20000 }).catch(() => {});
    check(await menuButton(page, title).count() === 1, `the menu does not show the button "${title}" once`);
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, 'webchat-menu.png') });
  await accessibility(page, 'the menu at 1000 px');

  // A few real turns of an exercise: start it by name, answer, see the answer reflected in the next question.
  await send(page, 'plan amends');
  await bubble(page, WHO).first().waitFor({ timeout: 20000 });
  check(await bubble(page, INTRO).count() === 1, 'the exercise did not open with its intro');
  await send(page, 'Sam');
  await bubble(page, CONTACT).first().waitFor({ timeout: 20000 });
  await send(page, 'yes');
  await bubble(page, ACKNOWLEDGE).first().waitFor({ timeout: 20000 });
  await page.waitForTimeout(500);
  check(await menuButton(page, 'Plan amends').count() === 0, 'the menu buttons are still shown in the middle of the exercise');
  check(await page.getByText('Send failed').count() === 0, 'a message shows "Send failed"');
  await page.screenshot({ path: path.join(artifacts, 'webchat.png') });
  await accessibility(page, 'an exercise at 1000 px');

  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('recoverybot.webchat.v1')));
  await page.reload();
  await bubble(page, PERSON).first().waitFor({ timeout: 20000 });
  await bubble(page, ACKNOWLEDGE).first().waitFor({ timeout: 20000 });
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('recoverybot.webchat.v1')));
  check(before.conversationId === after.conversationId, 'the reload started a different conversation');
  check(await bubble(page, WELCOME).count() === 1, 'the welcome is not shown exactly once after the reload');
  check(await bubble(page, MENU).count() === 1, 'the menu is not shown exactly once after the reload');
  check(await bubble(page, WHO).count() === 1, 'the first question is not shown exactly once after the reload');
  // The exercise goes on where it was: the next answer gets the next step, still about Sam.
  await send(page, ACKNOWLEDGED);
  await bubble(page, DRAFT).first().waitFor({ timeout: 20000 });
  await page.waitForTimeout(1500);
  check(await bubble(page, ACKNOWLEDGE).count() === 1, 'the acknowledge question was asked again after the reload');
  check(await page.getByText('Connecting').count() === 0, 'after the reload Web Chat still says "Connecting"');
  await page.screenshot({ path: path.join(artifacts, 'webchat-after-reload.png') });

  // Keyboard only: Tab reaches the start-over button with a visible focus ring.
  await page.locator('body').focus();
  let focused = '';
  for (let i = 0; i < 4 && focused !== 'start-over'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  }
  check(focused === 'start-over', 'Tab does not reach the start-over button');

  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, `the page scrolls sideways at 320 px (${overflow} px)`);
  await page.screenshot({ path: path.join(artifacts, 'webchat-320.png') });
  await accessibility(page, 'an exercise at 320 px');
  await page.setViewportSize({ width: 1000, height: 800 });

  page.once('dialog', dialog => dialog.accept());
  await Promise.all([page.waitForEvent('load'), page.click('#start-over')]);
  await bubble(page, WELCOME).first().waitFor({ timeout: 20000 });
  await bubble(page, MENU).first().waitFor({ timeout: 20000 });
  const fresh = await page.evaluate(() => JSON.parse(localStorage.getItem('recoverybot.webchat.v1')));
  check(fresh.conversationId !== before.conversationId, 'start over kept the old conversation');
  check(await bubble(page, ACKNOWLEDGED).count() === 0, 'start over still shows the old messages');
  check(await bubble(page, ACKNOWLEDGE).count() === 0, 'start over still shows the old exercise');

  // The menu buttons at 320 px: no sideways scrolling of the page.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(300);
  const menuOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(menuOverflow <= 0, `the page with the menu scrolls sideways at 320 px (${menuOverflow} px)`);
  await page.screenshot({ path: path.join(artifacts, 'webchat-menu-320.png') });
  await accessibility(page, 'the menu at 320 px');
  // Asked from here, not from the page: the expected 404 is not a page error.
  const old = (await fetch(`${base}/v3/directline/conversations/${before.conversationId}/activities`, {
    headers: { Authorization: `Bearer ${before.token}` },
  })).status;
  check(old === 404 || old === 403, `the old conversation's log still answers ${old}`);

  await browser.close();
  if (problems.length) {
    console.error('FAIL:\n' + problems.join('\n'));
    process.exit(1);
  }

  console.log(JSON.stringify({ ok: true, conversation: before.conversationId, screenshots: fs.readdirSync(artifacts) }));
})().catch(async error => {
  await failureShot();
  console.error('FAIL: ' + (error && error.stack || error));
  if (problems.length) console.error(problems.join('\n'));
  process.exit(1);
});
