// IntegrationBot launcher for intranet pages: <script src="https://BOT-HOST/embed.js" defer></script>
// Adds a "Fragen zur Integrationsarbeit" button that opens the bot's Web Chat page (?embed=1) in a panel.
// Everything else (bundle, token, Direct Line) stays on the bot's own page, so the host page needs no configuration.
// Keyboard: opening moves the focus into the chat's send box; Escape (in the panel or the chat) closes the panel and
// returns the focus to the launcher; the panel has its own close button. The panel is a non-modal dialog: the rest of
// the intranet page stays usable, and Tab leaves the chat towards the launcher, right after it in the page.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || document.getElementById('integrationbot-launcher')) {
    return;
  }

  var chatUrl = new URL('./?embed=1', script.src);
  var botOrigin = chatUrl.origin;
  var label = script.getAttribute('data-label') || 'Fragen zur Integrationsarbeit';
  var accent = script.getAttribute('data-accent') || '#005a9c';
  var title = 'IntegrationBot – Synopse Integrationsarbeit';

  var style = document.createElement('style');
  style.textContent =
    '#integrationbot-launcher{position:fixed;right:1.25rem;bottom:1.25rem;z-index:2147483000;border:2px solid #fff;border-radius:999px;' +
    'padding:.75rem 1.25rem;background:' + accent + ';color:#fff;font:600 1rem/1.2 "Segoe UI",Arial,sans-serif;' +
    'box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer;max-width:calc(100vw - 2.5rem)}' +
    '#integrationbot-launcher:focus-visible,#integrationbot-close:focus-visible{outline:3px solid #1b2733;outline-offset:2px}' +
    '#integrationbot-panel{position:fixed;right:1.25rem;bottom:5.5rem;z-index:2147483000;width:min(28rem,calc(100vw - 2.5rem));' +
    'height:min(42rem,calc(100vh - 7rem));min-height:12rem;display:flex;flex-direction:column;border:1px solid #8a96a3;' +
    'border-radius:.5rem;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden;font:1rem/1.4 "Segoe UI",Arial,sans-serif}' +
    '#integrationbot-panel[hidden]{display:none}' +
    '#integrationbot-panel-header{flex:none;display:flex;align-items:center;justify-content:space-between;gap:.5rem;' +
    'padding:.4rem .5rem .4rem .9rem;background:#003b5c;color:#fff}' +
    '#integrationbot-panel-title{margin:0;font-size:1rem;font-weight:600}' +
    '#integrationbot-close{flex:none;border:1px solid #fff;border-radius:.25rem;background:transparent;color:#fff;' +
    'font:inherit;padding:.2rem .6rem;cursor:pointer}' +
    '#integrationbot-close:focus-visible{outline-color:#fff}' +
    '#integrationbot-panel iframe{flex:1 1 auto;width:100%;min-height:0;border:0}' +
    '@media (max-width:30rem),(max-height:30rem){#integrationbot-panel{right:0;bottom:0;width:100vw;height:100vh;border-radius:0}}';
  document.head.appendChild(style);

  var panel = document.createElement('div');
  panel.id = 'integrationbot-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'integrationbot-panel-title');

  var header = document.createElement('div');
  header.id = 'integrationbot-panel-header';
  var heading = document.createElement('h2');
  heading.id = 'integrationbot-panel-title';
  heading.textContent = label;
  var close = document.createElement('button');
  close.id = 'integrationbot-close';
  close.type = 'button';
  close.textContent = 'Schließen';
  close.setAttribute('aria-label', 'Chat schließen');
  header.appendChild(heading);
  header.appendChild(close);
  panel.appendChild(header);

  var button = document.createElement('button');
  button.id = 'integrationbot-launcher';
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);

  var frame = null;
  var frameReady = false;

  function focusChat() {
    if (frame && frameReady) {
      frame.focus();
      frame.contentWindow.postMessage({ type: 'integrationbot:focus' }, botOrigin);
    }
  }

  function open() {
    if (!frame) {
      // Load the chat only when asked for: no conversation is started for visitors who never open it.
      frame = document.createElement('iframe');
      frame.src = chatUrl.href;
      frame.title = title;
      frame.addEventListener('load', function () {
        frameReady = true;
        if (!panel.hidden) {
          focusChat();
        }
      });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    if (frameReady) {
      focusChat();
    } else {
      // Until the chat has loaded, the focus waits in the panel (its close button), not on the launcher.
      close.focus();
    }
  }

  function hide() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () {
    if (panel.hidden) {
      open();
    } else {
      hide();
    }
  });
  close.addEventListener('click', hide);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) {
      hide();
    }
  });
  // Escape pressed inside the chat's frame: the chat page tells us (only messages from the bot's own frame count).
  window.addEventListener('message', function (event) {
    if (frame && event.source === frame.contentWindow && event.origin === botOrigin &&
        event.data && event.data.type === 'integrationbot:close' && !panel.hidden) {
      hide();
    }
  });

  document.body.appendChild(panel);
  document.body.appendChild(button);
}());
