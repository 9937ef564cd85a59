/* "Leave a Reply": lists approved replies and posts new ones. Reply text, names and websites are shown as text;
   a website becomes a link only when it is an http(s) address. The email is never shown (the API never returns it). */
'use strict';
const Replies = (() => {
  const { api, post, el, clear } = D;

  function replyItem(r) {
    const who = el('span', { class: 'who' }, r.name || 'anonymous');
    let site = null;
    if (r.website && /^https?:\/\//i.test(r.website)) {
      site = el('a', { href: r.website, rel: 'nofollow ugc noopener noreferrer', target: '_blank' }, 'website');
    }
    return el('div', { class: 'reply', 'data-reply': String(r.id) },
      who, ' ', el('span', { class: 'muted' }, new Date(r.created).toISOString().slice(0, 16).replace('T', ' ')), ' ', site,
      r.verdict ? el('span', { class: 'pill' }, 'verdict: ' + verdictText(r.verdict)) : null,
      el('div', { class: 'text' }, r.text));
  }

  function verdictText(v) {
    if (v.kind !== 'fix') return v.kind;
    return 'should be' + (v.code ? ' code ' + v.code : '') + (v.source ? ' source ' + v.source : '') + (v.target ? ' target ' + v.target : '');
  }

  function load(list, path) {
    return api(path).then(rs => {
      clear(list);
      if (!rs.length) list.append(el('p', { class: 'muted' }, 'No replies yet.'));
      rs.forEach(r => list.append(replyItem(r)));
    });
  }

  function input(name, label, required, type) {
    const id = 'f-' + name + '-' + Math.random().toString(36).slice(2, 8);
    return el('div', {}, el('label', { for: id }, label, required ? el('span', { class: 'required' }, ' *') : null),
      el('input', { id, name, type: type || 'text', autocomplete: 'off' }));
  }

  /** A reply section: list + form. {@code withVerdict} adds the reviewer's verdict fields (events only). */
  function section(path, withVerdict, title) {
    const list = el('div', { class: 'replies' });
    const message = el('div', { class: 'form-message' });
    const form = el('form', { class: 'reply-form', novalidate: 'novalidate' },
      el('h2', {}, title || 'Leave a Reply'),
      el('p', { class: 'muted' }, 'Your email address will not be published. Required fields are marked ', el('span', { class: 'required' }, '*')),
      el('label', {}, 'Comment', el('span', { class: 'required' }, ' *'), el('textarea', { name: 'text', maxlength: '5000' })),
      el('div', { class: 'row' }, input('name', 'Name', true), input('email', 'Email', true, 'email'), input('website', 'Website', false, 'url')),
      el('div', { class: 'hp', 'aria-hidden': 'true' }, el('label', {}, 'Leave this empty', el('input', { name: 'nickname', tabindex: '-1', autocomplete: 'off' }))),
      withVerdict ? el('div', { class: 'row' },
        el('div', {}, el('label', {}, 'Verdict', el('select', { name: 'verdict' },
          el('option', { value: '' }, '— none —'), el('option', { value: 'correct' }, 'correct'),
          el('option', { value: 'wrong' }, 'wrong: no such event'), el('option', { value: 'fix' }, 'should be…')))),
        input('code', 'should be code'), el('div', {}, el('label', {}, 'should be actors', el('span', {},
          el('input', { name: 'source', size: '8', placeholder: 'source' }), ' ', el('input', { name: 'target', size: '8', placeholder: 'target' })))))
        : null,
      message,
      el('button', { type: 'submit' }, 'Post Comment'));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      clear(message);
      const data = {};
      for (const f of form.querySelectorAll('input, textarea, select')) if (f.name) data[f.name] = f.value;
      const missing = [];
      if (!data.text.trim()) missing.push('comment');
      if (!data.name.trim()) missing.push('name');
      if (!data.email.trim()) missing.push('email');
      if (missing.length) {
        message.append(el('div', { class: 'error', role: 'alert' }, 'Please fill in the required fields: ' + missing.join(', ') + '.'));
        return;
      }
      if (!data.verdict) { delete data.verdict; delete data.code; delete data.source; delete data.target; }
      post(path, data).then(r => {
        message.append(el('div', { class: 'notice', role: 'status' }, r.message));
        form.reset();
        return load(list, path);
      }).catch(e => message.append(el('div', { class: 'error', role: 'alert' }, e.message)));
    });
    const box = el('div', { class: 'reply-section' }, list, form);
    load(list, path).catch(e => D.showError(list, e));
    return box;
  }

  return { section };
})();
