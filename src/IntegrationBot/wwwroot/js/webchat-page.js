// IntegrationBot Web Chat page: loads the Web Chat bundle (local copy first, then the official CDN), asks the bot for a
// Direct Line token (POST api/directline/token, which also says whether the bot serves Direct Line itself or Azure does)
// and renders Web Chat in German. The Direct Line secret never reaches this page.
(function () {
  'use strict';

  var WEBCHAT_VERSION = '4.18.1';
  var BUNDLES = [
    { source: 'local', url: 'lib/webchat.js' },
    { source: 'cdn', url: 'https://cdn.botframework.com/botframework-webchat/' + WEBCHAT_VERSION + '/webchat.js' }
  ];
  var BUNDLE_TIMEOUT_MS = 20000;
  var MESSAGES = {
    bundle: 'Der Chat konnte nicht geladen werden. Bitte prüfen Sie Ihre Netzwerkverbindung oder wenden Sie sich an Ihre IT-Betreuung.',
    token: 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.'
  };

  function UserFacingError(message) {
    this.message = message;
  }

  function setState(state) {
    document.body.setAttribute('data-webchat-state', state);
  }

  function showError(message) {
    var status = document.getElementById('chat-status');
    status.hidden = false;
    status.classList.add('chat__status--error');
    status.setAttribute('role', 'alert');
    document.getElementById('chat-status-text').textContent = message;
    document.getElementById('chat-retry').hidden = false;
    setState('error');
  }

  function hideStatus() {
    document.getElementById('chat-status').hidden = true;
  }

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      var timer = setTimeout(function () { fail(new Error('timeout: ' + url)); }, BUNDLE_TIMEOUT_MS);
      function fail(error) {
        clearTimeout(timer);
        script.remove();
        reject(error);
      }
      script.src = url;
      script.async = true;
      script.onload = function () {
        clearTimeout(timer);
        if (window.WebChat && typeof window.WebChat.renderWebChat === 'function') {
          resolve();
        } else {
          fail(new Error('no WebChat global in ' + url));
        }
      };
      script.onerror = function () { fail(new Error('failed: ' + url)); };
      document.head.appendChild(script);
    });
  }

  // The local copy is fetched by scripts/fetch-webchat.sh; without it (or offline without it) try the CDN, then give up kindly.
  function loadWebChat(index) {
    var bundle = BUNDLES[index || 0];
    if (!bundle) {
      return Promise.reject(new UserFacingError(MESSAGES.bundle));
    }
    return loadScript(bundle.url).then(
      function () { document.body.setAttribute('data-webchat-bundle', bundle.source); },
      function (error) {
        if (window.console) { console.warn('Web Chat bundle not loaded:', error.message); }
        return loadWebChat((index || 0) + 1);
      });
  }

  function fetchToken() {
    return fetch('api/directline/token', {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        if (!response.ok || !body || !body.token) {
          var message = body && body.error && body.error.message;
          throw new UserFacingError(message || MESSAGES.token);
        }
        return body;
      });
    }, function () {
      throw new UserFacingError(MESSAGES.token);
    });
  }

  // Cards carry Teams' msteams messageBack/imBack data so a button click asks a follow-up question in Teams.
  // Web Chat would send such data as a silent postBack; translate it so the click behaves the same here:
  // the question appears in the transcript and the bot receives it as text.
  function teamsCardActions() {
    return function (next) {
      return function (context) {
        var action = context && context.cardAction;
        var data = action && action.type === 'postBack' && action.value && typeof action.value === 'object' ? action.value : null;
        var teams = data && data.msteams;
        if (teams && teams.type === 'messageBack' && (teams.text || teams.displayText)) {
          var rest = Object.assign({}, data);
          delete rest.msteams;
          return next(Object.assign({}, context, {
            cardAction: {
              type: 'messageBack',
              title: action.title,
              text: teams.text || teams.displayText,
              displayText: teams.displayText || teams.text,
              value: teams.value !== undefined ? teams.value : (Object.keys(rest).length ? rest : undefined)
            }
          }));
        }
        if (teams && teams.type === 'imBack' && typeof teams.value === 'string') {
          return next(Object.assign({}, context, { cardAction: { type: 'imBack', title: action.title, value: teams.value } }));
        }
        return next(context);
      };
    };
  }

  // A card reply's text is its headline, for channels and notifications that cannot show the card; Web Chat would
  // render it as a second bubble repeating the card's own title, so the page shows such a reply as the card alone.
  function cardRepliesWithoutHeadlineEcho() {
    return function (next) {
      return function (action) {
        var activity = action && action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload ? action.payload.activity : null;
        if (activity && activity.type === 'message' && typeof activity.text === 'string' && headlineRepeatsCard(activity)) {
          var shown = Object.assign({}, activity);
          delete shown.text;
          return next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: shown }) }));
        }
        return next(action);
      };
    };
  }

  function headlineRepeatsCard(activity) {
    var firstLine = activity.text.split('\n')[0].trim();
    return firstLine.length > 0 && (activity.attachments || []).some(function (attachment) {
      return attachment && attachment.contentType === 'application/vnd.microsoft.card.adaptive' &&
        JSON.stringify(attachment.content || {}).indexOf(JSON.stringify(firstLine).slice(1, -1)) >= 0;
    });
  }

  function enableExamples(store) {
    Array.prototype.forEach.call(document.querySelectorAll('.examples__question'), function (button) {
      button.disabled = false;
      button.addEventListener('click', function () {
        store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: button.textContent.trim() } });
      });
    });
  }

  function render(token) {
    var WebChat = window.WebChat;
    var local = token.mode === 'local';
    var directLine = WebChat.createDirectLine({
      token: token.token,
      // The bot serves Direct Line itself in local mode, next to this page; in Azure mode the bot names the (regional) service.
      domain: local ? new URL('v3/directline', document.baseURI).href : (token.domain || undefined),
      webSocket: !local
    });
    var store = WebChat.createStore({}, function () { return cardRepliesWithoutHeadlineEcho(); });
    WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: token.userId,
      locale: 'de-DE',
      cardActionMiddleware: teamsCardActions,
      styleOptions: {
        accent: '#005a9c',
        primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif',
        backgroundColor: '#ffffff',
        botAvatarInitials: 'IB',
        botAvatarBackgroundColor: '#003b5c',
        bubbleBackground: '#f3f5f8',
        bubbleBorderColor: '#d5dbe3',
        bubbleBorderRadius: 8,
        bubbleFromUserBackground: '#e6f0f8',
        bubbleFromUserBorderColor: '#b9d2e8',
        bubbleFromUserBorderRadius: 8,
        bubbleMaxWidth: 640,
        hideUploadButton: true,
        sendBoxButtonColor: '#005a9c',
        adaptiveCardsParserMaxVersion: '1.5',
        cardEmphasisBackgroundColor: '#eef3f8'
      }
    }, document.getElementById('webchat'));
    hideStatus();
    enableExamples(store);
    setState('ready');
  }

  function start() {
    if (new URLSearchParams(window.location.search).get('embed') === '1') {
      document.body.classList.add('embed');
    }
    document.getElementById('chat-retry').addEventListener('click', function () { window.location.reload(); });
    setState('loading');
    Promise.all([loadWebChat(0), fetchToken()])
      .then(function (results) { render(results[1]); })
      .catch(function (error) {
        showError(error instanceof UserFacingError ? error.message : MESSAGES.bundle);
        if (window.console) { console.error(error); }
      });
  }

  start();
}());
