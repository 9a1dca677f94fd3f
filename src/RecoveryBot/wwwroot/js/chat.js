// The page's own glue around the official Web Chat bundle: get a token from this server, keep the conversation in
// localStorage so a reload (or a return days later) finds it again, and offer "Start over / delete my data".
// A group session's join link (/?join=CODE) joins it: "join CODE" is sent for the person once the chat is connected.
(function () {
  'use strict';

  var STORAGE_KEY = 'recoverybot.webchat.v1';
  var DIRECT_LINE = location.origin + '/v3/directline';
  var statusLine = document.getElementById('status');

  function say(text) {
    statusLine.textContent = text;
  }

  function loadSession() {
    try {
      var session = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
      return session && session.conversationId && session.token ? session : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(session) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (e) {
      // Private mode or storage full: the chat still works, it just won't be resumed.
    }
  }

  // The token's middle part carries the user id (so Web Chat and the server agree on who the user is).
  function userIdOf(token) {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(part)).user || null;
    } catch (e) {
      return null;
    }
  }

  function call(method, path, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }

    return fetch(DIRECT_LINE + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }

      return response.status === 204 ? null : response.json();
    });
  }

  function sessionFrom(result, previous) {
    return {
      conversationId: result.conversationId,
      token: result.token,
      resumeToken: result.resumeToken || (previous && previous.resumeToken),
      userId: userIdOf(result.token)
    };
  }

  // A still-valid token is refreshed; an expired one is replaced using the resume credential; failing both, null.
  function resume(saved) {
    return call('POST', '/tokens/refresh', saved.token)
      .then(function (result) { return sessionFrom(result, saved); })
      .catch(function (error) {
        if (!error.status || error.status >= 500 || !saved.resumeToken) {
          throw error;
        }

        return call('POST', '/tokens/generate', null, { resumeToken: saved.resumeToken })
          .then(function (result) { return sessionFrom(result, saved); })
          .catch(function (resumeError) {
            if (!resumeError.status || resumeError.status >= 500) {
              throw resumeError;
            }

            return null;
          });
      });
  }

  function fresh() {
    return call('POST', '/tokens/generate', null, {}).then(function (result) { return sessionFrom(result, null); });
  }

  // A group session's join code from the address (?join=K7PQ2M): six characters of the codes' alphabet (no 0/O, no
  // 1/I/L), in any case, spaces and dashes ignored, with a digit and a letter as every code has (so no word, like
  // "meetup", is sent: in the middle of an exercise it would be taken as an answer). Anything else is null, and ignored.
  var JOIN_PARAMETER = 'join';
  var JOIN_CODE = /^(?=.*[2-9])(?=.*[A-Z])[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

  function joinCodeFromAddress() {
    var typed;
    try {
      typed = new URLSearchParams(location.search).get(JOIN_PARAMETER);
    } catch (e) {
      return null;
    }

    var code = (typed || '').replace(/[\s-]/g, '').toUpperCase();
    return JOIN_CODE.test(code) ? code : null;
  }

  // The join parameter leaves the address (the rest of it stays), so a reload or a bookmark does not join again.
  function forgetJoinParameter() {
    try {
      var url = new URL(location.href);
      url.searchParams.delete(JOIN_PARAMETER);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    } catch (e) {
      // An old browser keeps the address as it was; joining again only gets "you're already in this session".
    }
  }

  function obtainSession() {
    var saved = loadSession();
    return (saved ? resume(saved) : Promise.resolve(null)).then(function (session) {
      return session || fresh();
    });
  }

  var styleOptions = {
    backgroundColor: '#fbfaf7',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSizeSmall: '80%',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#c9d6d3',
    bubbleBorderRadius: 12,
    bubbleTextColor: '#1f2a30',
    bubbleFromUserBackground: '#2f5d62',
    bubbleFromUserBorderColor: '#2f5d62',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 560,
    // Timestamps and other quiet text: Web Chat's default grey is 4.35:1 on this page's background, under WCAG AA's
    // 4.5:1; this one is about 6.2:1.
    subtle: '#595f66',
    timestampColor: '#595f66',
    // Stacked: every exercise button is fully visible, even at 320 px, instead of a row that scrolls sideways.
    suggestedActionLayout: 'stacked',
    botAvatarInitials: 'RB',
    botAvatarBackgroundColor: '#2f5d62',
    hideUploadButton: true,
    sendBoxBackground: '#ffffff',
    sendBoxTextColor: '#1f2a30',
    sendBoxHeight: 56,
    sendBoxButtonColor: '#2f5d62',
    sendBoxBorderTop: '1px solid #c9d6d3',
    suggestedActionBorderRadius: 8,
    transitionDuration: '0s'
  };

  var directLine = null;
  var session = null;
  var joinCode = joinCodeFromAddress();

  // Web Chat's own store, with one addition: once the conversation is connected, a join link's "join CODE" is sent as
  // the person's message (shown in the transcript like one they typed), once.
  function createStore() {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (joinCode && action && action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            var text = 'join ' + joinCode;
            joinCode = null;
            store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
            forgetJoinParameter();
          }

          return result;
        };
      };
    });
  }

  function remember() {
    if (session && directLine && directLine.token) {
      session.token = directLine.token; // DirectLineJS refreshes its token; keep the newest.
      saveSession(session);
    }
  }

  function startOver() {
    var sure = window.confirm(
      'Start over and delete your data?\n\nThis erases this conversation and everything RecoveryBot keeps for you here ' +
      '(your saved reflections, any exercise in progress, planned check-ins), from the server and from this browser, ' +
      'and starts a new conversation. It can\'t be undone.');
    if (!sure) {
      return;
    }

    remember();
    var deletion = session ? call('DELETE', '/conversations/' + encodeURIComponent(session.conversationId), session.token) : Promise.resolve();
    deletion
      .catch(function (error) {
        if (error.status === 404) {
          return;
        }

        if (!window.confirm('The server could not be reached to delete the chat log. Clear this browser anyway?')) {
          throw error;
        }
      })
      .then(function () {
        session = null; // so the pagehide handler does not write the old conversation back
        localStorage.removeItem(STORAGE_KEY);
        location.reload();
      })
      .catch(function () {
        say('Nothing was deleted. Please try again in a moment.');
      });
  }

  document.getElementById('start-over').addEventListener('click', startOver);
  window.addEventListener('pagehide', remember);
  setInterval(remember, 60 * 1000);

  if (!window.WebChat) {
    say('The chat could not load. Please reload the page.');
    return;
  }

  obtainSession()
    .then(function (obtained) {
      session = obtained;
      saveSession(session);
      directLine = window.WebChat.createDirectLine({ token: session.token, domain: DIRECT_LINE, webSocket: true });
      window.WebChat.renderWebChat(
        { directLine: directLine, store: createStore(), locale: 'en-US', styleOptions: styleOptions },
        document.getElementById('webchat'));
      say('');
    })
    .catch(function () {
      say('RecoveryBot can\'t be reached right now. Please reload the page in a moment.');
    });
}());
