// What one DirectLineJS client hears, kept in order, and a way to wait for an activity (already heard or still to
// come). Shared by the DirectLineJS scripts; `onError` gets the activity$ stream's error.
'use strict';

function listen(directLine, onError) {
  const seen = [];
  const waiters = [];
  directLine.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(activity)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(activity);
      }
    }
  }, onError);

  function waitFor(predicate) {
    return new Promise(resolve => {
      const found = seen.find(predicate);
      if (found) return resolve(found);
      waiters.push({ predicate, resolve });
    });
  }

  return { seen, waitFor };
}

module.exports = { listen };
