// Holds one conversation with the official DirectLineJS client (unchanged), as Web Chat would:
// receives the welcome, posts a message, sees its own echo (clientActivityID kept) and the bot's reply.
// Usage: node directline-client.js <base-url> <websocket|polling>
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');

const [base, mode] = process.argv.slice(2);
if (!base || !['websocket', 'polling'].includes(mode)) {
  console.error('usage: node directline-client.js <base-url> <websocket|polling>');
  process.exit(2);
}

const deadline = setTimeout(() => fail('timed out'), 30000);
function fail(reason) {
  console.error(`FAIL (${mode}): ${reason}`);
  console.error(JSON.stringify(seen.map(a => ({ id: a.id, type: a.type, from: a.from && a.from.role, replyToId: a.replyToId })), null, 1));
  process.exit(1);
}

const seen = [];
const waiters = [];
function waitFor(predicate, what) {
  return new Promise(resolve => {
    const found = seen.find(predicate);
    if (found) return resolve(found);
    waiters.push({ predicate, resolve, what });
  });
}

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
  directLine.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(activity)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(activity);
      }
    }
  }, error => fail(`activity$ error: ${error && error.message}`));

  await waitFor(a => a.type === 'message' && a.from.role === 'bot' && /RecoveryBot/.test(a.text), 'welcome');
  if (seen.some(a => a.type === 'conversationUpdate')) fail('a conversationUpdate reached the client');

  const clientActivityID = `node-${mode}-${Date.now()}`;
  const id = await new Promise((resolve, reject) => directLine.postActivity({
    type: 'message',
    from: { id: 'someone-else', name: 'Tester' },
    text: `hello over ${mode}`,
    channelData: { clientActivityID },
  }).subscribe(resolve, reject));
  if (typeof id !== 'string' || id === 'retry') fail(`postActivity returned ${id}`);

  const echo = await waitFor(a => a.channelData && a.channelData.clientActivityID === clientActivityID, 'echo');
  if (echo.id !== id) fail(`echo id ${echo.id} differs from posted id ${id}`);
  if (!/^dl_/.test(echo.from.id)) fail(`echo from.id ${echo.from.id} is not the token's user`);
  const reply = await waitFor(a => a.type === 'message' && a.replyToId === id, 'reply');

  clearTimeout(deadline);
  console.log(JSON.stringify({ mode, ok: true, activities: seen.length, echo: echo.id, reply: reply.id, welcome: seen.filter(a => a.from.role === 'bot').length }));
  directLine.end();
  process.exit(0);
})().catch(error => fail(error && error.stack || String(error)));
