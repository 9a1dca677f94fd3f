// Two app instances on one shared store, as behind a load balancer with no sticky routing: the official DirectLineJS
// client (unchanged) holds its WebSocket on the first instance, while a second DirectLineJS client, resuming the same
// conversation with the same token, posts through the second instance. The socket on the first must hear each post's
// echo and the bot's replies to it.
// Usage: node directline-two-instances.js <socket-instance-url> <post-instance-url>
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');
const { listen } = require('./activity-waiter');

const [socketBase, postBase] = process.argv.slice(2);
if (!socketBase || !postBase) {
  console.error('usage: node directline-two-instances.js <socket-instance-url> <post-instance-url>');
  process.exit(2);
}

const deadline = setTimeout(() => fail('timed out'), 60000);
let heard = [];
function fail(reason) {
  console.error(`FAIL: ${reason}`);
  console.error(JSON.stringify(heard.map(a => ({ id: a.id, type: a.type, from: a.from && a.from.role, replyToId: a.replyToId })), null, 1));
  process.exit(1);
}

(async () => {
  const generated = await fetch(`${socketBase}/v3/directline/tokens/generate`, { method: 'POST' });
  if (generated.status !== 200) fail(`tokens/generate answered ${generated.status}`);
  const { token } = await generated.json();

  const listener = new DirectLine({ token, domain: `${socketBase}/v3/directline`, webSocket: true });
  const socket = listen(listener, error => fail(`activity$ error: ${error && error.message}`));
  heard = socket.seen;
  const waitFor = socket.waitFor;
  await waitFor(a => a.type === 'message' && a.from.role === 'bot' && /What would you like to reflect on/.test(a.text));

  // The same conversation, resumed through the other instance (polling rarely: it only posts).
  const poster = new DirectLine({
    token: listener.token,
    conversationId: listener.conversationId,
    domain: `${postBase}/v3/directline`,
    webSocket: false,
    pollingInterval: 60000,
  });
  poster.activity$.subscribe(() => {}, error => fail(`poster activity$ error: ${error && error.message}`));

  async function say(text, expected) {
    const clientActivityID = `two-instances-${Date.now()}-${heard.length}`;
    const id = await new Promise((resolve, reject) => poster.postActivity({
      type: 'message',
      from: { id: 'someone', name: 'Tester' },
      text,
      channelData: { clientActivityID },
    }).subscribe(resolve, reject));
    if (typeof id !== 'string' || id === 'retry') fail(`postActivity through the second instance returned ${id}`);
    const echo = await waitFor(a => a.channelData && a.channelData.clientActivityID === clientActivityID);
    if (echo.id !== id) fail(`the socket's echo id ${echo.id} differs from the posted id ${id}`);
    return waitFor(a => a.type === 'message' && a.replyToId === id && expected.test(a.text));
  }

  await say('plan amends', /^Who would you like to make amends with\?/);
  await say('Sam', /^As far as you know, is Sam open to hearing from you\?/);
  const repeated = heard.filter(a => a.id && heard.filter(b => b.id === a.id).length > 1);
  if (repeated.length) fail(`${repeated.length} activities reached the socket twice`);

  clearTimeout(deadline);
  console.log(JSON.stringify({ ok: true, heard: heard.length, conversation: listener.conversationId }));
  listener.end();
  poster.end();
  process.exit(0);
})().catch(error => fail(error && error.stack || String(error)));
