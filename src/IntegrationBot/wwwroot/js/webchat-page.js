// IntegrationBot Web Chat page: loads the vendored Web Chat bundle from this site (never from a third party), asks the
// bot for a Direct Line token (POST api/directline/token, which also says whether the bot serves Direct Line itself or
// Azure does) and for the page settings (GET api/webchat/settings: example questions from the loaded synopsis, legal
// links), and renders Web Chat in German. The Direct Line secret never reaches this page.
(function () {
  'use strict';

  var BUNDLE_URL = 'lib/botframework-webchat/webchat.js';
  var NARROW = '(max-width: 40rem)';
  var MESSAGES = {
    bundle: 'Der Chat kann nicht angezeigt werden: Die Chat-Komponente (' + BUNDLE_URL + ') fehlt auf dem Server. ' +
      'Bitte wenden Sie sich an Ihre IT-Betreuung. Abhilfe: den Ordner src/IntegrationBot/wwwroot/lib aus dem Repository ' +
      'wiederherstellen (oder scripts/update-webchat.sh ausführen) und die Anwendung neu bauen.',
    token: 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.'
  };

  var embedded = new URLSearchParams(window.location.search).get('embed') === '1';
  var session = null;

  function UserFacingError(message) {
    this.message = message;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function setState(state) {
    document.body.setAttribute('data-webchat-state', state);
  }

  function showError(message) {
    var status = byId('chat-status');
    status.hidden = false;
    status.classList.add('chat__status--error');
    status.setAttribute('role', 'alert');
    byId('chat-status-text').textContent = message;
    byId('chat-retry').hidden = false;
    setState('error');
  }

  function loadWebChat() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = BUNDLE_URL;
      script.async = true;
      script.onload = function () {
        if (window.WebChat && typeof window.WebChat.renderWebChat === 'function') {
          document.body.setAttribute('data-webchat-bundle', 'local');
          resolve();
        } else {
          reject(new UserFacingError(MESSAGES.bundle));
        }
      };
      script.onerror = function () { reject(new UserFacingError(MESSAGES.bundle)); };
      document.head.appendChild(script);
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

  // Example questions and legal links; the chat works without them, so a failure only leaves them out.
  function fetchSettings() {
    return fetch('api/webchat/settings', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }

  function showLinks(settings) {
    var links = (settings && settings.links) || {};
    Array.prototype.forEach.call(document.querySelectorAll('[data-link]'), function (anchor) {
      var href = links[anchor.getAttribute('data-link')];
      if (!href) {
        anchor.parentElement.hidden = true;
        return;
      }
      anchor.href = href;
      anchor.hidden = false;
      anchor.parentElement.hidden = false;
      if (embedded) {
        // Inside the launcher's panel a legal page would replace the chat: open it in a new window and say so.
        anchor.target = '_blank';
        anchor.rel = 'noopener';
        var hint = document.createElement('span');
        hint.className = 'visually-hidden';
        hint.textContent = ' (öffnet ein neues Fenster)';
        anchor.appendChild(hint);
      }
    });
  }

  function showExamples(settings) {
    var examples = (settings && settings.examples) || [];
    var list = byId('examples-list');
    examples.forEach(function (example) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'examples__question';
      button.textContent = example.title;
      button.setAttribute('data-question', example.question);
      button.disabled = true;
      button.addEventListener('click', function () {
        if (session) {
          session.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: example.question } });
        }
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    list.parentElement.hidden = examples.length === 0;
  }

  function enableControls(enabled) {
    Array.prototype.forEach.call(document.querySelectorAll('.examples__question, #chat-new'), function (button) {
      button.disabled = !enabled;
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
  // Screen readers lose nothing: the card's own "speak" (the whole plain-text answer) is what Web Chat announces.
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

  // The Adaptive Cards host config: Web Chat's own (actions stacked, wrapping fact titles, heading level 2) with colours
  // that reach 4.5:1 on every card background used here (white, the bubble #f3f5f8, emphasis #eef3f8, accent #c7def9).
  // Web Chat's defaults fail there: subtle #767676 (4.15:1 on the bubble) and accent-subtle #0078d4 (4.14:1).
  function foreground() {
    return {
      default: { default: '#1b2733', subtle: '#4d5b6a' },
      dark: { default: '#000000', subtle: '#3b3b3b' },
      light: { default: '#ffffff', subtle: '#ffffff' },
      accent: { default: '#005a9c', subtle: '#004b82' },
      good: { default: '#0b6a0b', subtle: '#095409' },
      warning: { default: '#8a4b00', subtle: '#7a4300' },
      attention: { default: '#a4262c', subtle: '#8e1f25' }
    };
  }

  function hostConfig() {
    return {
      supportsInteractivity: true,
      fontFamily: '"Segoe UI", "Helvetica Neue", Arial, sans-serif',
      containerStyles: {
        default: { foregroundColors: foreground() },
        emphasis: { backgroundColor: '#eef3f8', foregroundColors: foreground() },
        accent: { backgroundColor: '#c7def9', foregroundColors: foreground() },
        good: { backgroundColor: '#dff6dd', foregroundColors: foreground() },
        attention: { backgroundColor: '#fde7e9', foregroundColors: foreground() },
        warning: { backgroundColor: '#fff4ce', foregroundColors: foreground() }
      },
      imageSizes: { small: 40, medium: 80, large: 160 },
      actions: {
        actionAlignment: 'stretch',
        actionsOrientation: 'vertical',
        buttonSpacing: 8,
        maxActions: 100,
        showCard: { actionMode: 'inline', inlineTopMargin: 8 },
        spacing: 'default'
      },
      adaptiveCard: { allowCustomStyle: false },
      imageSet: { imageSize: 'medium', maxImageHeight: 100 },
      factSet: {
        title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
        value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
        spacing: 8
      },
      textBlock: { headingLevel: 2 }
    };
  }

  function styleOptions() {
    var narrow = window.matchMedia(NARROW).matches;
    return {
      accent: '#005a9c',
      primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif',
      backgroundColor: '#ffffff',
      // "subtle" is the card host config's subtle text and Web Chat's timestamps: 6.4:1 on the bubble (#767676: 4.15:1).
      subtle: '#4d5b6a',
      timestampColor: '#4d5b6a',
      // Phones: no avatar column, so the answer gets the width.
      botAvatarInitials: narrow ? undefined : 'IB',
      botAvatarBackgroundColor: '#003b5c',
      avatarSize: 36,
      bubbleBackground: '#f3f5f8',
      bubbleBorderColor: '#8a96a3',
      bubbleBorderRadius: 8,
      bubbleFromUserBackground: '#e6f0f8',
      bubbleFromUserBorderColor: '#6f8fb0',
      bubbleFromUserBorderRadius: 8,
      bubbleMaxWidth: 720,
      bubbleMinWidth: narrow ? 0 : 250,
      hideUploadButton: true,
      sendBoxButtonColor: '#005a9c',
      sendBoxButtonColorOnHover: '#003b5c',
      sendBoxButtonColorOnFocus: '#003b5c',
      sendBoxPlaceholderColor: '#4d5b6a',
      suggestedActionLayout: 'flow',
      // A long new reply stops scrolling at its start, with 100 px of what came before (the user's question) still
      // above it: the reader starts at its title instead of its end.
      autoScrollSnapOnPage: true,
      autoScrollSnapOnPageOffset: -100,
      adaptiveCardsParserMaxVersion: '1.5',
      cardEmphasisBackgroundColor: '#eef3f8',
      richCardWrapTitle: true
    };
  }

  function renderInto(current) {
    window.WebChat.renderWebChat({
      directLine: current.directLine,
      store: current.store,
      userID: current.userId,
      locale: 'de-DE',
      cardActionMiddleware: teamsCardActions,
      adaptiveCardsHostConfig: hostConfig(),
      styleOptions: styleOptions()
    }, current.element);
  }

  function startConversation(token) {
    var WebChat = window.WebChat;
    var local = token.mode === 'local';
    var host = byId('webchat');
    // A fresh element per conversation: the previous Web Chat (and its transcript) goes with the old one.
    var element = document.createElement('div');
    element.className = 'chat__webchat-root';
    host.replaceChildren(element);
    var current = {
      userId: token.userId,
      element: element,
      directLine: WebChat.createDirectLine({
        token: token.token,
        // The bot serves Direct Line itself in local mode, next to this page; in Azure mode the bot names the (regional) service.
        domain: local ? new URL('v3/directline', document.baseURI).href : (token.domain || undefined),
        webSocket: !local
      }),
      store: WebChat.createStore({}, function () { return cardRepliesWithoutHeadlineEcho(); })
    };
    renderInto(current);
    session = current;
    byId('chat-status').hidden = true;
    enableControls(true);
    setState('ready');
    return current;
  }

  // The send box appears once Web Chat has rendered; wait for it (bounded), then focus it.
  function focusSendBox() {
    var find = function () { return document.querySelector('[data-id="webchat-sendbox-input"]'); };
    if (find()) {
      find().focus();
      return;
    }
    var observer = new MutationObserver(function () {
      if (find()) {
        observer.disconnect();
        find().focus();
      }
    });
    observer.observe(byId('webchat'), { subtree: true, childList: true });
    window.setTimeout(function () { observer.disconnect(); }, 30000);
  }

  // „Neues Gespräch“: end this conversation (the bot forgets it after its idle time) and start an empty one.
  function newConversation() {
    if (!session) {
      return;
    }
    var previous = session;
    session = null;
    enableControls(false);
    setState('loading');
    try { previous.directLine.end(); } catch (ignored) { /* already closed */ }
    fetchToken()
      .then(function (token) {
        startConversation(token);
        focusSendBox();
      })
      .catch(function (error) {
        showError(error instanceof UserFacingError ? error.message : MESSAGES.token);
      });
  }

  // Adaptive Cards' Action.ToggleVisibility ("Mehr/Weniger anzeigen") hides the pressed button itself and puts
  // aria-expanded on the shown/hidden containers, where it is not allowed. Keep the state on the buttons instead
  // and keep the focus on the toggle that is now visible, instead of losing it to <body>.
  function isShown(element) {
    return !!element && element.getClientRects().length > 0;
  }

  function toggleTargets(button) {
    return (button.getAttribute('aria-controls') || '').split(/\s+/).filter(Boolean)
      .map(function (id) { return document.getElementById(id); })
      .filter(Boolean);
  }

  function updateToggles(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.ac-adaptiveCard [aria-expanded]:not(button):not([role="button"])'), function (element) {
      element.removeAttribute('aria-expanded');
    });
    Array.prototype.forEach.call(root.querySelectorAll('.ac-pushButton[aria-controls]'), function (button) {
      var content = toggleTargets(button).filter(function (target) { return !target.querySelector('.ac-pushButton'); });
      if (content.length > 0) {
        var expanded = String(content.some(isShown));
        if (button.getAttribute('aria-expanded') !== expanded) {
          button.setAttribute('aria-expanded', expanded);
        }
      }
    });
  }

  function watchToggles(host) {
    var scheduled = false;
    new MutationObserver(function () {
      if (!scheduled) {
        scheduled = true;
        window.requestAnimationFrame(function () {
          scheduled = false;
          updateToggles(host);
          germanTimestamps(host);
        });
      }
    }).observe(host, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-expanded', 'style', 'aria-label'] });

    host.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('.ac-pushButton[aria-controls]');
      if (!button) {
        return;
      }
      var controls = button.getAttribute('aria-controls');
      var card = button.closest('.ac-adaptiveCard');
      // The card hides and shows its elements in its own click handler; look once it is done.
      window.setTimeout(function () {
        updateToggles(host);
        if (isShown(button) || !card) {
          return;
        }
        var counterpart = Array.prototype.filter.call(card.querySelectorAll('.ac-pushButton[aria-controls]'), function (other) {
          return other !== button && other.getAttribute('aria-controls') === controls && isShown(other);
        })[0];
        if (counterpart) {
          counterpart.focus();
        }
      }, 0);
    }, true); // capture: the card's own click handler stops the event from bubbling.
  }

  // Web Chat formats its timestamps with the 12-hour skeleton "MMMMdhm" whatever the locale, so a German screen reader
  // hears "1. Dezember um 7:29 PM". Write such times the German way ("19:29 Uhr") where Web Chat puts them: the
  // activity status (visible when absolute, and its screen-reader text).
  var TWELVE_HOUR = /\b(\d{1,2}):(\d{2})\s?(AM|PM)\b/g;

  function germanTime(text) {
    return text.replace(TWELVE_HOUR, function (match, hours, minutes, period) {
      var h = Number(hours) % 12 + (period === 'PM' ? 12 : 0);
      return (h < 10 ? '0' : '') + h + ':' + minutes + ' Uhr';
    });
  }

  function germanTimestamps(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.webchat__activity-status'), function (status) {
      var walker = document.createTreeWalker(status, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        TWELVE_HOUR.lastIndex = 0;
        if (TWELVE_HOUR.test(node.nodeValue)) {
          node.nodeValue = germanTime(node.nodeValue);
        }
      }
      Array.prototype.forEach.call(status.querySelectorAll('[aria-label], [title]'), function (element) {
        ['aria-label', 'title'].forEach(function (name) {
          var value = element.getAttribute(name);
          if (value && value !== germanTime(value)) {
            element.setAttribute(name, germanTime(value));
          }
        });
      });
    });
  }

  // Embedded by embed.js: Escape closes the panel (the key press happens inside this frame, so tell the host page),
  // and the host page asks for the focus to go to the send box when the panel opens.
  function connectToLauncher() {
    if (!embedded || window.parent === window) {
      return;
    }
    window.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented && !document.activeElement.closest('.ac-adaptiveCard')) {
        window.parent.postMessage({ type: 'integrationbot:close' }, '*');
      }
    });
    window.addEventListener('message', function (event) {
      if (event.source === window.parent && event.data && event.data.type === 'integrationbot:focus') {
        focusSendBox();
      }
    });
  }

  function start() {
    if (embedded) {
      document.body.classList.add('embed');
    }
    byId('chat-retry').addEventListener('click', function () { window.location.reload(); });
    byId('chat-new').addEventListener('click', newConversation);
    watchToggles(byId('webchat'));
    connectToLauncher();
    setState('loading');
    var settings = fetchSettings().then(function (value) {
      showLinks(value);
      showExamples(value);
    });
    Promise.all([loadWebChat(), fetchToken(), settings])
      .then(function (results) {
        startConversation(results[1]);
        window.matchMedia(NARROW).addEventListener('change', function () {
          if (session) {
            renderInto(session);
          }
        });
      })
      .catch(function (error) {
        showError(error instanceof UserFacingError ? error.message : MESSAGES.bundle);
        if (window.console) { console.error(error); }
      });
  }

  start();
}());
