// IntegrationBot launcher for intranet pages: <script src="https://BOT-HOST/embed.js" defer></script>
// Adds a "Fragen zur Integrationsarbeit" button that opens the bot's Web Chat page (?embed=1) in a panel.
// Everything else (bundle, token, Direct Line) stays on the bot's own page, so the host page needs no configuration.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || document.getElementById('integrationbot-launcher')) {
    return;
  }

  var chatUrl = new URL('./?embed=1', script.src).href;
  var label = script.getAttribute('data-label') || 'Fragen zur Integrationsarbeit';
  var accent = script.getAttribute('data-accent') || '#005a9c';

  var style = document.createElement('style');
  style.textContent =
    '#integrationbot-launcher{position:fixed;right:1.25rem;bottom:1.25rem;z-index:2147483000;border:0;border-radius:999px;' +
    'padding:.75rem 1.25rem;background:' + accent + ';color:#fff;font:600 1rem/1.2 "Segoe UI",Arial,sans-serif;' +
    'box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}' +
    '#integrationbot-launcher:focus-visible{outline:3px solid #f2a900;outline-offset:2px}' +
    '#integrationbot-panel{position:fixed;right:1.25rem;bottom:5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2.5rem));' +
    'height:min(40rem,calc(100vh - 7rem));border:1px solid #d5dbe3;border-radius:.5rem;background:#fff;' +
    'box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden}' +
    '#integrationbot-panel[hidden]{display:none}' +
    '#integrationbot-panel iframe{width:100%;height:100%;border:0}';
  document.head.appendChild(style);

  var panel = document.createElement('div');
  panel.id = 'integrationbot-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Chat mit dem IntegrationBot');

  var button = document.createElement('button');
  button.id = 'integrationbot-launcher';
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);

  function toggle(open) {
    if (open && !panel.firstChild) {
      // Load the chat only when asked for: no conversation is started for visitors who never open it.
      var frame = document.createElement('iframe');
      frame.src = chatUrl;
      frame.title = 'IntegrationBot – Synopse Integrationsarbeit';
      panel.appendChild(frame);
    }
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  }

  button.addEventListener('click', function () { toggle(panel.hidden); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) {
      toggle(false);
      button.focus();
    }
  });

  document.body.appendChild(panel);
  document.body.appendChild(button);
}());
