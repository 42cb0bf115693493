/*
 * OwnMeet's password page: a host logs in to this server over its own BOSH endpoint with Strophe.js
 * (the distribution's libjs-strophe, served by this server) and changes the password in-band
 * (XEP-0077). The strength rule's figures come from the page, which OwnMeet makes from the engine's rule.
 */
(function () {
  'use strict';

  var TIMEOUT_MS = 20000;
  var form = document.getElementById('change');
  var data = form.dataset;
  var rule = {
    minimumLength: parseInt(data.minimumLength, 10),
    notContainingTheUserName: data.notContainingTheUserName === 'true',
    notTheCurrentPassword: data.notTheCurrentPassword === 'true'
  };
  var field = function (id) { return document.getElementById(id); };
  var button = field('submit');

  function show(id) {
    var messages = document.querySelectorAll('#messages .message');
    for (var i = 0; i < messages.length; i++) {
      messages[i].hidden = messages[i].id !== id;
    }
    /* on a phone the message is below the button: bring it into sight */
    field(id).scrollIntoView({ block: 'nearest' });
  }

  /* The same parts, in the same order, as PasswordStrengthRule.judge; length in characters, not UTF-16 units;
     a user name shorter than 3 characters is not looked for (it would refuse too much by chance). */
  function verdict(userName, current, proposed) {
    if (Array.from(proposed).length < rule.minimumLength) {
      return 'too-short';
    }
    if (rule.notContainingTheUserName && userName.length >= 3
        && proposed.toLowerCase().indexOf(userName.toLowerCase()) >= 0) {
      return 'same-as-user-name';
    }
    if (rule.notTheCurrentPassword && proposed === current) {
      return 'same-as-current-password';
    }
    return null;
  }

  function change(userName, current, proposed) {
    var connection = new Strophe.Connection(data.bosh);
    var finished = false;
    var timer;

    function finish(id) {
      if (finished) {
        return;
      }
      finished = true;
      window.clearTimeout(timer);
      show(id);
      button.disabled = false;
      if (id === 'success') {
        field('current').value = '';
        field('new').value = '';
        field('again').value = '';
      }
      if (connection.connected) {
        connection.disconnect();
      }
    }

    timer = window.setTimeout(function () { finish('unreachable'); connection.reset(); }, TIMEOUT_MS);
    connection.connect(userName + '@' + data.domain, current, function (status) {
      if (status === Strophe.Status.CONNECTED) {
        var request = $iq({ type: 'set', to: data.domain })
          .c('query', { xmlns: 'jabber:iq:register' })
          .c('username').t(Strophe.getNodeFromJid(connection.jid)).up()
          .c('password').t(proposed);
        connection.sendIQ(request, function () { finish('success'); }, function (answer) {
          finish(answer ? 'refused' : 'unreachable');
        }, TIMEOUT_MS);
      } else if (status === Strophe.Status.AUTHFAIL) {
        finish('wrong');
      } else if (status === Strophe.Status.CONNFAIL || status === Strophe.Status.DISCONNECTED
          || status === Strophe.Status.ERROR) {
        finish('unreachable');
      }
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var userName = field('username').value.trim();
    var current = field('current').value;
    var proposed = field('new').value;
    if (userName.indexOf('@') > 0) {
      userName = userName.substring(0, userName.indexOf('@'));
    }
    if (!userName || !current || !proposed || !field('again').value) {
      show('incomplete');
      return;
    }
    if (proposed !== field('again').value) {
      show('mismatch');
      return;
    }
    var weak = verdict(userName, current, proposed);
    if (weak) {
      show(weak);
      return;
    }
    button.disabled = true;
    show('working');
    change(userName.toLowerCase(), current, proposed);
  });
})();
