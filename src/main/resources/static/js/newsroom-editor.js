/*
 * The newsroom editor's progressive enhancement. Without it the form still works: the body is a
 * textarea of plain paragraphs (or HTML for an article with formatting) and every button posts.
 * With it: Quill, right-to-left, for the body; autosave of drafts; a local copy of a new article
 * until its first save; tag suggestions; a warning before leaving unsaved changes.
 */
(function () {
  'use strict';
  var form = document.querySelector('.editor-form');
  if (!form) return;
  var textarea = form.querySelector('#field-body');
  var format = form.querySelector('input[name="bodyFormat"]');
  var status = form.querySelector('.autosave-status');
  var dirty = false;
  var quill = null;

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function textToHtml(text) {
    return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map(function (p) { return p.trim(); })
      .filter(function (p) { return p.length > 0; })
      .map(function (p) { return '<p>' + p.split('\n').map(escapeHtml).join('<br>') + '</p>'; }).join('');
  }

  /** Puts the editor's HTML into the textarea the form posts. */
  function sync() {
    if (!quill) return;
    // Quill writes every space as &nbsp; in its semantic HTML; readers' browsers must be free to wrap.
    var html = quill.getSemanticHTML().replace(/&nbsp;/g, ' ').replace(/\u00a0/g, ' ');
    textarea.value = quill.getText().trim().length === 0 && html.indexOf('<img') < 0 ? '' : html;
    format.value = 'html';
  }

  function uploadImage() {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/jpeg,image/png,image/webp,image/gif';
    input.addEventListener('change', function () {
      if (!input.files || !input.files[0]) return;
      var alt = window.prompt(form.dataset.altPrompt || 'Alt');
      if (!alt || !alt.trim()) { say(form.dataset.altRequired || ''); return; }
      var data = new FormData();
      data.append('file', input.files[0]);
      data.append('alt', alt.trim());
      data.append(csrfName(), csrfValue());
      fetch('/newsroom/media.json', { method: 'POST', body: data, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
        .then(function (res) {
          if (!res.ok) { say(res.json.detail || ''); return; }
          var range = quill.getSelection(true);
          quill.insertEmbed(range.index, 'image', res.json.src, 'user');
          quill.formatText(range.index, 1, 'alt', res.json.alt, 'user');
          quill.setSelection(range.index + 1, 0);
        })
        .catch(function () { say(form.dataset.uploadFailed || ''); });
    });
    input.click();
  }

  function csrfInput() {
    return form.querySelector('input[type="hidden"]:not([name="version"]):not([name="bodyFormat"])');
  }
  function csrfName() { return csrfInput().name; }
  function csrfValue() { return csrfInput().value; }

  function say(message) {
    if (status) status.textContent = message;
  }

  /** Quill's toolbar buttons are icons: give each a Hebrew name for screen readers. */
  function labelToolbar(toolbar) {
    var names = JSON.parse(form.dataset.toolbarLabels || '{}');
    Object.keys(names).forEach(function (selector) {
      toolbar.querySelectorAll(selector).forEach(function (el) {
        el.setAttribute('aria-label', names[selector]);
        el.setAttribute('title', names[selector]);
      });
    });
  }

  if (window.Quill) {
    var holder = document.createElement('div');
    holder.className = 'quill-holder';
    holder.setAttribute('dir', 'rtl');
    textarea.hidden = true;
    textarea.insertAdjacentElement('afterend', holder);
    quill = new window.Quill(holder, {
      theme: 'snow',
      modules: {
        toolbar: {
          container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'link'],
            [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'image'], ['clean']],
          handlers: { image: uploadImage }
        }
      }
    });
    labelToolbar(holder.previousElementSibling);
    var initial = format.value === 'text' ? textToHtml(textarea.value) : textarea.value;
    quill.setContents(quill.clipboard.convert({ html: initial }), 'silent');
    var editable = holder.querySelector('.ql-editor');
    editable.setAttribute('aria-labelledby', 'label-body');
    editable.setAttribute('aria-describedby', 'hint-body');
    editable.setAttribute('role', 'textbox');
    editable.setAttribute('aria-multiline', 'true');
    document.getElementById('label-body').removeAttribute('for');
    document.getElementById('hint-body').textContent = form.dataset.richHint || '';
    quill.on('text-change', function () { dirty = true; });
  }

  form.addEventListener('input', function () { dirty = true; });
  form.addEventListener('submit', function () { sync(); dirty = false; if (form.dataset.localKey) localStorage.removeItem(form.dataset.localKey); });
  window.addEventListener('beforeunload', function (e) { if (dirty) { e.preventDefault(); e.returnValue = ''; } });
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') {
      e.preventDefault();
      var save = form.querySelector('button[value="save"]');
      if (save) save.click();
    }
  });

  // A draft saves itself every 20 seconds while it changes.
  var autosaveUrl = form.dataset.autosave;
  if (autosaveUrl) {
    setInterval(function () {
      if (!dirty) return;
      sync();
      dirty = false;
      fetch(autosaveUrl, { method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
        .then(function (res) {
          if (res.ok) { form.querySelector('input[name="version"]').value = res.json.version; } else { dirty = true; }
          say(res.json.detail || '');
        })
        .catch(function () { dirty = true; });
    }, 20000);
  }

  // A new article lives in this browser until its first save, so a closed tab loses nothing.
  var localKey = form.dataset.localKey;
  if (localKey && window.localStorage) {
    var kept = localStorage.getItem(localKey);
    if (kept && form.querySelector('#field-title').value === '') {
      try {
        var saved = JSON.parse(kept);
        ['title', 'subtitle', 'tags', 'slug', 'sponsorName'].forEach(function (name) {
          if (saved[name]) form.elements[name].value = saved[name];
        });
        if (saved.body && quill) quill.setContents(quill.clipboard.convert({ html: saved.body }), 'silent');
        say(form.dataset.restored || '');
      } catch (ignored) { localStorage.removeItem(localKey); }
    }
    setInterval(function () {
      if (!dirty) return;
      sync();
      var copy = {};
      ['title', 'subtitle', 'tags', 'slug', 'sponsorName'].forEach(function (name) { copy[name] = form.elements[name].value; });
      copy.body = textarea.value;
      localStorage.setItem(localKey, JSON.stringify(copy));
    }, 5000);
  }

  // Tag suggestions: existing tags that start like the tag being typed.
  var tags = form.querySelector('#field-tags');
  if (tags && window.fetch) {
    var list = document.createElement('datalist');
    list.id = 'tag-suggestions';
    tags.insertAdjacentElement('afterend', list);
    tags.setAttribute('list', list.id);
    var timer = null;
    tags.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var parts = tags.value.split(',');
        var last = parts.pop().trim();
        if (last.length < 1) return;
        var before = parts.map(function (p) { return p.trim(); }).filter(Boolean);
        fetch('/newsroom/tags.json?q=' + encodeURIComponent(last), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (found) {
            var items = Array.isArray(found) ? found : (found.items || []);
            list.innerHTML = '';
            items.forEach(function (tag) {
              var option = document.createElement('option');
              option.value = before.concat([tag.name]).join(', ');
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a convenience */ });
      }, 200);
    });
  }
})();
