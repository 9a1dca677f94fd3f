// A group session for "Being with people" against the real app, each person in their own Direct Line conversation.
//
//   directline: a facilitator and two members, all three with the official DirectLineJS client over WebSockets. The
//   members join with the code; "next" brings both the step 1 question; one member shares an answer anonymously (after
//   its preview), the other keeps theirs private; the second "next" shows the share to both members and the facilitator,
//   and the private answer reaches no one else. No one receives another member's conversation id or user id.
//
//   browser: the facilitator over DirectLineJS, a member in Debian's chromium (playwright-core) on the real page opened
//   at the facilitator's join link (/?join=CODE). The page joins by itself, once (not again after a reload), drops the
//   parameter from the address, and the member answers the first question, sees the preview and shares it; the
//   facilitator's next "next" shows the share on the page. A second browser joins late with the code typed in lower
//   case with a dash in the link; pages opened with values that are not codes send nothing. Fails on axe-core WCAG 2.1
//   A/AA violations mid-session, console errors and requests to other hosts. Saves the member's chat mid-session as
//   group-session-member.png into the artifacts folder, and into docs/images when that folder is given.
//
// Usage: node group-session.js <base-url> directline
//        node group-session.js <base-url> browser <artifacts-dir> [<docs-images-dir>]
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const fs = require('fs');
const path = require('path');
const { DirectLine } = require('botframework-directlinejs');

const [base, mode, artifacts, docsImages] = process.argv.slice(2);
if (!base || !['directline', 'browser'].includes(mode) || (mode === 'browser' && !artifacts)) {
  console.error('usage: node group-session.js <base-url> directline | node group-session.js <base-url> browser <artifacts-dir> <docs-images-dir>');
  process.exit(2);
}

const EXERCISE = 'Being with people';
const WHICH_EXERCISE = /Which exercise would you like to run with the group\?/;
const READY = /Your group session for \*\*Being with people\*\* is ready\. The join code is \*\*([A-Z0-9]{6})\*\*/;
const JOINED = /^You've joined the group session for \*\*Being with people\*\*/;
const NOT_BEGUN = /^The facilitator will begin soon\./;
const OPENING = /relearning how to be with others/;
const STEP_1 = /^Step 1 of 5\. Which kind of social situation feels hard right now\?/;
const STEP_2 = /^Step 2 of 5\. What makes it hard\?/;
const SHARE_QUESTION = /^Would you like to share this answer anonymously with the group\?/;
const PREVIEW = /^This is exactly what the group would see, with no name:/;
const SHARED = /^Shared anonymously\. It will be shown with the others' shares/;
const KEPT_PRIVATE = /^I've kept it private\./;
const SHARES = /^Shared anonymously \(1\), in a mixed order, for "Which kind of social situation feels hard right now\?/;
const ENDED = /^The group session has ended\./;
const deadline = setTimeout(() => fail('timed out after 150 s'), 150000);
const everyone = [];
const started = Date.now();
const phases = {};
const mark = label => { phases[label] = Date.now() - started; };

function fail(reason) {
  console.error(`FAIL (${mode}): ${reason}`);
  for (const person of everyone) {
    console.error(`--- ${person.name} received:\n` + person.seen.map(a => `${a.from && a.from.role}: ${JSON.stringify(a.text)}`).join('\n'));
  }
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(message);
}

const quote = text => '> ' + text;

// The bot's messages whose replyToId names no activity in that conversation: Web Chat holds such a message for up to
// 5 s waiting for the activity it answers, so every group message would arrive late. There must be none.
function dangling(person) {
  const ids = new Set(person.seen.map(a => a.id));
  const found = person.seen.filter(a => a.from.role === 'bot' && a.replyToId && !ids.has(a.replyToId));
  return { who: person.name, count: found.length, first: found.slice(0, 3).map(a => ({ replyToId: a.replyToId, text: (a.text || '').slice(0, 40) })) };
}

function checkNoDanglingReplies(everyone) {
  const found = everyone.map(dangling).filter(d => d.count > 0);
  check(found.length === 0, `messages reply to activities their conversation never had: ${JSON.stringify(found)}`);
}

// One person in their own conversation through DirectLineJS (unchanged), as Web Chat holds it.
async function participant(name) {
  const generated = await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' });
  check(generated.status === 200, `${name}: tokens/generate answered ${generated.status}`);
  const { token } = await generated.json();
  const directLine = new DirectLine({ token, domain: `${base}/v3/directline`, webSocket: true });
  const person = { name, directLine, seen: [], waiters: [], sent: 0, userId: null };
  everyone.push(person);
  directLine.activity$.subscribe(activity => {
    person.seen.push(activity);
    for (const waiter of [...person.waiters]) {
      if (waiter.predicate(activity)) {
        person.waiters.splice(person.waiters.indexOf(waiter), 1);
        waiter.resolve(activity);
      }
    }
  }, error => fail(`${name}: activity$ error: ${error && error.message}`));

  // The first bot message that satisfies the predicate, already seen or still to come.
  person.waitFor = (predicate, what) => new Promise((resolve, reject) => {
    const found = person.seen.find(predicate);
    if (found) return resolve(found);
    const timer = setTimeout(() => reject(new Error(`${name} waited 20 s for ${what}`)), 20000);
    person.waiters.push({ predicate, what, resolve: activity => { clearTimeout(timer); resolve(activity); } });
  });
  person.fromBot = (pattern, what) => person.waitFor(a => a.type === 'message' && a.from.role === 'bot' && pattern.test(a.text || ''), what || String(pattern));
  person.botTexts = () => person.seen.filter(a => a.type === 'message' && a.from.role === 'bot').map(a => a.text || '');
  person.transcript = () => person.seen.map(a => JSON.stringify(a)).join('\n');

  // Posts, sees the echo (the token's user, our clientActivityID), waits for a reply to it that matches.
  person.say = async (text, expected, what) => {
    const clientActivityID = `${name}-${++person.sent}`;
    const id = await new Promise((resolve, reject) => directLine.postActivity({
      type: 'message', from: { id: name, name }, text, channelData: { clientActivityID },
    }).subscribe(resolve, reject));
    check(typeof id === 'string' && id !== 'retry', `${name}: postActivity returned ${id}`);
    const echo = await person.waitFor(a => a.channelData && a.channelData.clientActivityID === clientActivityID, `the echo of "${text}"`);
    person.userId = echo.from.id;
    person.conversationId = echo.conversation && echo.conversation.id;
    return person.waitFor(a => a.type === 'message' && a.from.role === 'bot' && a.replyToId === id && expected.test(a.text || ''),
      what || `a reply to "${text}" matching ${expected}`);
  };

  await person.fromBot(/What would you like to reflect on\?/, 'the menu');
  return person;
}

// The facilitator starts a session for the exercise; returns the code and the join link in the ready message.
async function startSession(facilitator) {
  const which = await facilitator.say('start group session', WHICH_EXERCISE);
  const titles = ((which.suggestedActions && which.suggestedActions.actions) || []).map(action => action.title);
  check(titles.includes(EXERCISE), `the exercise question offers ${JSON.stringify(titles)}`);
  const ready = await facilitator.say(EXERCISE, READY, 'the ready message with the join code');
  const code = READY.exec(ready.text)[1];
  check(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/.test(code), `the code ${code} has a character outside the alphabet`);
  const link = (/open (\S+\?join=[A-Z0-9]{6})/.exec(ready.text) || [])[1] || null;
  return { code, link };
}

async function directLineSession() {
  const [facilitator, sharer, keeper] = await Promise.all(['facilitator', 'sharer', 'keeper'].map(participant));
  mark('connected');
  const { code } = await startSession(facilitator);
  mark('started');

  for (const [member, typed] of [[sharer, `join ${code}`], [keeper, `join ${code.toLowerCase()}`]]) {
    await member.say(typed, JOINED, `${member.name}: joined`);
    await member.fromBot(NOT_BEGUN, `${member.name}: the session has not begun`);
  }
  await facilitator.fromBot(/^A member joined\. 2 members in the session\./, 'the second member joined');

  mark('joined');
  const first = await facilitator.say('next', /^Step 1 of 5 is with 2 members:/, 'step 1 sent');
  check(/Which kind of social situation feels hard right now\?/.test(first.text), `the facilitator's step 1: ${first.text}`);
  for (const member of [sharer, keeper]) {
    await member.fromBot(STEP_1, `${member.name}: the step 1 question`);
    check(member.botTexts().some(text => OPENING.test(text)), `${member.name}: the exercise's opening words did not come`);
  }

  mark('step1');
  // One shares, after the exact preview; the other keeps the answer private.
  const SHARED_ANSWER = 'crowded birthday parties where everyone drinks';
  const PRIVATE_ANSWER = 'dinners with my in-laws, marmalade-walrus-7741';
  const asked = await sharer.say(SHARED_ANSWER, SHARE_QUESTION);
  const choices = ((asked.suggestedActions && asked.suggestedActions.actions) || []).map(action => action.title);
  check(choices.join('|') === 'Share anonymously|Keep private', `the share question offers ${JSON.stringify(choices)}`);
  const preview = await sharer.say('Share anonymously', PREVIEW);
  check(preview.text.includes(quote(SHARED_ANSWER)), `the preview does not quote the answer: ${preview.text}`);
  await sharer.say('yes', SHARED);
  await keeper.say(PRIVATE_ANSWER, SHARE_QUESTION);
  await keeper.say('Keep private', KEPT_PRIVATE);

  mark('answered');
  // Nothing is shown before the facilitator moves the group on.
  await new Promise(resolve => setTimeout(resolve, 1000));
  for (const person of [facilitator, keeper]) {
    check(!person.transcript().includes(SHARED_ANSWER), `${person.name} received the share before "next"`);
  }

  const second = await facilitator.say('next', SHARES, 'the shares, for the facilitator');
  check(second.text.includes(quote(SHARED_ANSWER)), `the facilitator's shares: ${second.text}`);
  await facilitator.fromBot(/^Step 2 of 5 is with 2 members:/, 'step 2 sent');
  for (const member of [sharer, keeper]) {
    const shares = await member.fromBot(SHARES, `${member.name}: the shares`);
    check(shares.text.includes(quote(SHARED_ANSWER)), `${member.name}: the shares: ${shares.text}`);
    const step = await member.fromBot(STEP_2, `${member.name}: the step 2 question`);
    check(member.seen.indexOf(shares) < member.seen.indexOf(step), `${member.name}: the step 2 question came before the shares`);
  }

  mark('step2');
  // Let anything late arrive, then: the private answer is in the keeper's chat only, the share once in each chat, and
  // no one's conversation or user id in anyone else's.
  await new Promise(resolve => setTimeout(resolve, 1000));
  for (const person of [facilitator, sharer]) {
    check(!person.transcript().includes('marmalade-walrus'), `${person.name} received the private answer`);
  }
  check(keeper.seen.filter(a => (a.text || '').includes('marmalade-walrus')).every(a => a.from.role === 'user'),
    'the bot repeated the private answer to the keeper');
  for (const person of everyone) {
    const times = person.botTexts().filter(text => text.includes(quote(SHARED_ANSWER))).length;
    check(times === (person === sharer ? 2 : 1), `${person.name} received the share ${times} times`);
    for (const other of everyone.filter(o => o !== person)) {
      check(!person.transcript().includes(other.userId), `${person.name} received ${other.name}'s user id`);
      check(!person.transcript().includes(other.conversationId), `${person.name} received ${other.name}'s conversation id`);
    }
  }

  await facilitator.say('end session', /^The session has ended for everyone\. 1 anonymous share\(s\) were deleted\./);
  for (const member of [sharer, keeper]) {
    await member.fromBot(ENDED, `${member.name}: the session ended`);
  }

  checkNoDanglingReplies(everyone);
  return { code, activities: everyone.map(person => person.seen.length) };
}

// --- The member's Web Chat in chromium --------------------------------------------------------------------------

// A message as rendered in the transcript (Web Chat renders typographic apostrophes, so texts are matched loosely).
function bubble(page, text) {
  return page.locator('.webchat__bubble__content p', { hasText: text });
}

function userBubble(page, text) {
  return page.locator('.webchat__bubble--from-user .webchat__bubble__content', { hasText: text });
}

function button(page, title) {
  return page.locator('.webchat__suggested-action', { hasText: title });
}

async function send(page, text) {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

async function browserSession() {
  const { chromium } = require('playwright-core');
  const checks = require('./page-checks');
  const problems = [];
  const warnings = [];
  const delays = {};
  const origin = new URL(base);
  const SHOT = 'group-session-member.png';
  const ANSWER = 'Family dinners where everyone drinks wine';
  fs.mkdirSync(artifacts, { recursive: true });

  const facilitator = await participant('facilitator');
  mark('connected');
  const { code, link } = await startSession(facilitator);
  check(link === `${base}/?join=${code}`, `the ready message's link is ${link}, not ${base}/?join=${code}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  let failurePage = null;
  try {
    // Each browser context has its own localStorage: its own person with their own conversation.
    async function open(url, viewport) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      checks.watch(page, origin, problems);
      page.on('console', message => {
        if (message.type() === 'warning') warnings.push(message.text().slice(0, 200));
      });
      failurePage = page;
      await page.goto(url);
      await bubble(page, 'What would you like to reflect on?').first().waitFor({ timeout: 20000 });
      return page;
    }

    const accessibility = (page, when) => checks.accessibility(page, when, problems);

    // The member opens the link: the page joins by itself and takes the code out of the address.
    const member = await open(link, { width: 900, height: 1400 });
    await bubble(member, /joined the group session for/).first().waitFor({ timeout: 20000 });
    await bubble(member, 'The facilitator will begin soon.').first().waitFor({ timeout: 20000 });
    check(await userBubble(member, `join ${code}`).count() === 1, 'the page did not send "join CODE" exactly once');
    check(await member.evaluate(() => location.search) === '', `the address still has ${await member.evaluate(() => location.search)}`);
    await facilitator.fromBot(/^A member joined\. 1 member in the session\./, 'the member joined from the page');
    mark('joined');

    // The first question, the answer, the share question with its buttons, the preview.
    await facilitator.say('next', /^Step 1 of 5 is with 1 member:/, 'step 1 sent');
    let since = Date.now();
    await bubble(member, 'Step 1 of 5. Which kind of social situation feels hard right now?').first().waitFor({ timeout: 20000 });
    delays.step1 = Date.now() - since;
    check(await bubble(member, 'relearning how to be with others').count() === 1, 'the exercise did not open with its first words');
    await send(member, ANSWER);
    await bubble(member, 'Would you like to share this answer anonymously with the group?').first().waitFor({ timeout: 20000 });
    await button(member, 'Keep private').first().waitFor({ timeout: 20000 });
    await button(member, 'Share anonymously').first().click();
    await bubble(member, 'This is exactly what the group would see, with no name:').first().waitFor({ timeout: 20000 });
    const quoted = member.locator('.webchat__bubble__content blockquote', { hasText: ANSWER });
    await quoted.first().waitFor({ timeout: 20000 });
    await button(member, 'Yes').first().waitFor({ timeout: 20000 });
    await member.mouse.move(0, 0); // no hover on a button in the picture
    await member.waitForTimeout(500);
    check(await member.getByText('Send failed').count() === 0, 'a message shows "Send failed"');
    await member.screenshot({ path: path.join(artifacts, SHOT) });
    if (docsImages) {
      fs.mkdirSync(docsImages, { recursive: true });
      fs.copyFileSync(path.join(artifacts, SHOT), path.join(docsImages, SHOT));
    }
    await accessibility(member, 'the share preview mid-session at 900 px');

    await button(member, 'Yes').first().click();
    await bubble(member, /^Shared anonymously\. It will be shown/).first().waitFor({ timeout: 20000 });
    const shares = await facilitator.say('next', SHARES, 'the shares, for the facilitator');
    check(shares.text.includes(quote(ANSWER)), `the facilitator's shares: ${shares.text}`);
    since = Date.now();
    await bubble(member, /^Shared anonymously \(1\)/).first().waitFor({ timeout: 20000 });
    delays.shares = Date.now() - since;
    await bubble(member, 'Step 2 of 5. What makes it hard?').first().waitFor({ timeout: 20000 });
    delays.step2 = Date.now() - since;
    check(await quoted.count() === 2, `the answer is quoted ${await quoted.count()} times on the page, not in the preview and the shares`);
    await accessibility(member, 'the shares and step 2 at 900 px');
    mark('step2');

    // A reload finds the same conversation and does not join again.
    since = Date.now();
    await member.reload();
    await bubble(member, 'Step 2 of 5. What makes it hard?').first().waitFor({ timeout: 20000 });
    delays.reloadToStep2 = Date.now() - since;
    await member.waitForTimeout(1500);
    check(await userBubble(member, /^\s*join /).count() === 1, 'after the reload "join" was sent again');
    check(await bubble(member, /already in this group session/).count() === 0, 'after the reload the page joined again');
    check(await bubble(member, /joined the group session for/).count() === 1, 'the joined message is not shown once after the reload');

    mark('reloaded');
    // A late joiner whose link has the code in lower case with a dash: joined, with the opening and the group's step.
    const lowered = `${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase();
    const late = await open(`${base}/?join=${lowered}&from=group`, { width: 1000, height: 800 });
    await bubble(late, /joined the group session for/).first().waitFor({ timeout: 20000 });
    await bubble(late, 'Step 2 of 5. What makes it hard?').first().waitFor({ timeout: 20000 });
    check(await userBubble(late, `join ${code}`).count() === 1, `the late page did not send "join ${code}" once`);
    check(await bubble(late, 'relearning how to be with others').count() === 1, 'the late joiner did not get the opening words');
    check(await late.evaluate(() => location.search) === '?from=group', `the late page's address is left with ${await late.evaluate(() => location.search)}`);
    await facilitator.fromBot(/^A member joined\. 2 members in the session\./, 'the late member joined from the page');

    mark('late');
    // Not a code (0 is not in the alphabet; seven characters; no digit, as every code has): nothing is sent.
    for (const value of ['K0PQ2M', 'K7PQ2MX', 'MEETUP']) {
      const stranger = await open(`${base}/?join=${value}`, { width: 1000, height: 800 });
      await stranger.waitForTimeout(1500);
      check(await stranger.locator('.webchat__bubble--from-user').count() === 0, `the page sent a message for ?join=${value}`);
      await stranger.context().close();
    }

    check(facilitator.botTexts().filter(text => /^A member joined/.test(text)).length === 2, 'the facilitator heard of a join that should not have happened');
  } catch (error) {
    if (failurePage) await failurePage.screenshot({ path: path.join(artifacts, 'group-session-failure.png') }).catch(() => {});
    throw error;
  } finally {
    await browser.close();
  }

  if (problems.length) fail(problems.join('\n'));
  checkNoDanglingReplies(everyone);
  check(!warnings.some(w => w.includes('Timed out while waiting for activity')), `Web Chat waited for a missing activity: ${warnings.join(' | ')}`);
  // Observed: how long the page took to show what the facilitator's "next" sent.
  return { code, screenshot: path.join(artifacts, SHOT), delaysMs: delays };
}

(mode === 'directline' ? directLineSession() : browserSession())
  .then(result => {
    clearTimeout(deadline);
    for (const person of everyone) person.directLine.end();
    mark('done');
    console.log(JSON.stringify({ mode, ok: true, ...result, phasesMs: phases }));
    process.exit(0);
  })
  .catch(error => fail(error && error.stack || String(error)));
