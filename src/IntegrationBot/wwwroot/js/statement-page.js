// Fills the accessibility statement template's feedback contact from the bot's configuration
// (WebChat:AccessibilityFeedbackContact): an e-mail address becomes a mailto link, an http(s) address a link,
// anything else is shown as text. Without configuration the template's placeholder stays.
(function () {
  'use strict';

  fetch('api/webchat/settings', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (settings) {
      var contact = settings && settings.accessibilityFeedbackContact;
      if (!contact) {
        return;
      }
      var target = document.getElementById('feedback-contact');
      var link = document.createElement('a');
      if (/^[^@\s]+@[^@\s]+$/.test(contact)) {
        link.href = 'mailto:' + contact;
      } else if (/^https?:\/\//i.test(contact)) {
        link.href = contact;
      } else {
        target.textContent = contact;
        return;
      }
      link.textContent = contact;
      target.replaceChildren(link);
    })
    .catch(function () { /* the placeholder stays */ });
}());
