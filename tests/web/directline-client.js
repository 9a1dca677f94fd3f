// Holds one conversation with the official DirectLineJS client (unchanged), as Web Chat would: receives the welcome
// and the menu (with the exercises as suggested actions), starts "Plan amends" by name and answers its first question;
// each post is echoed (clientActivityID kept) and answered with replies carrying its id in replyToId.
// Usage: node directline-client.js <base-url> <websocket|polling>
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');
const { listen } = require('./activity-waiter');

const [base, mode] = process.argv.slice(2);
if (!base || !['websocket', 'polling'].includes(mode)) {
  console.error('usage: node directline-client.js <base-url> <websocket|polling>');
  process.exit(2);
}

const EXERCISES = ['Acknowledge harm', 'Plan amends', 'Set boundaries', 'Rebuild trust', 'Be your own friend', 'Find support', 'After a slip', 'Being with people'];
const deadline = setTimeout(() => fail('timed out'), 30000);
function fail(reason) {
  console.error(`FAIL (${mode}): ${reason}`);
  console.error(JSON.stringify(seen.map(a => ({ id: a.id, type: a.type, from: a.from && a.from.role, replyToId: a.replyToId })), null, 1));
  process.exit(1);
}

let seen = [];
let waitFor;

(async () => {
  const generated = await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' });
  if (generated.status !== 200) fail(`tokens/generate answered ${generated.status}`);
  const { token } = await generated.json();

  const directLine = new DirectLine({
    token,
    domain: `${base}/v3/directline`,
    webSocket: mode === 'websocket',
    pollingInterval: 300,
  });
  ({ seen, waitFor } = listen(directLine, error => fail(`activity$ error: ${error && error.message}`)));

  await waitFor(a => a.type === 'message' && a.from.role === 'bot' && /RecoveryBot/.test(a.text), 'welcome');
  const menu = await waitFor(a => a.type === 'message' && a.from.role === 'bot' && /What would you like to reflect on/.test(a.text), 'menu');
  const titles = ((menu.suggestedActions && menu.suggestedActions.actions) || []).map(action => action.title);
  if (titles.join('|') !== EXERCISES.join('|')) fail(`the menu offers ${JSON.stringify(titles)}`);
  const welcome = seen.filter(a => a.from.role === 'bot').length;
  if (welcome !== 4) fail(`the opening has ${welcome} bot messages, not the 3 welcome messages and the menu`);
  if (seen.some(a => a.type === 'conversationUpdate')) fail('a conversationUpdate reached the client');

  // Each turn: post, see the echo with our clientActivityID and the posted id, then wait for the expected reply.
  async function say(text, expected, what) {
    const clientActivityID = `node-${mode}-${Date.now()}-${seen.length}`;
    const id = await new Promise((resolve, reject) => directLine.postActivity({
      type: 'message',
      from: { id: 'someone-else', name: 'Tester' },
      text,
      channelData: { clientActivityID },
    }).subscribe(resolve, reject));
    if (typeof id !== 'string' || id === 'retry') fail(`postActivity returned ${id}`);

    const echo = await waitFor(a => a.channelData && a.channelData.clientActivityID === clientActivityID, `echo of ${what}`);
    if (echo.id !== id) fail(`echo id ${echo.id} differs from posted id ${id}`);
    if (!/^dl_/.test(echo.from.id)) fail(`echo from.id ${echo.from.id} is not the token's user`);
    if (echo.text !== text) fail(`echo text ${JSON.stringify(echo.text)} differs from ${JSON.stringify(text)}`);
    const reply = await waitFor(a => a.type === 'message' && a.replyToId === id && expected.test(a.text), what);
    const stray = seen.filter(a => a.replyToId === id && a.from.role !== 'bot');
    if (stray.length) fail(`${stray.length} non-bot activities claim to reply to ${id}`);
    return { id, reply };
  }

  const start = await say('plan amends', /^Who would you like to make amends with\?/, 'the first question of Plan amends');
  const intro = seen.find(a => a.replyToId === start.id && /^This exercise helps you plan amends/.test(a.text));
  if (!intro) fail('the exercise did not begin with its intro');
  if (seen.indexOf(intro) > seen.indexOf(start.reply)) fail('the intro came after the question');
  await say('Sam', /^As far as you know, is Sam open to hearing from you\?/, 'the contact question, about Sam');
  const answer = await say('yes', /^What do you want to acknowledge to Sam\?/, 'the reflected question');

  clearTimeout(deadline);
  console.log(JSON.stringify({ mode, ok: true, activities: seen.length, welcome, start: start.id, answer: answer.id, reply: answer.reply.id }));
  directLine.end();
  process.exit(0);
})().catch(error => fail(error && error.stack || String(error)));
