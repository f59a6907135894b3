// Knotenpunkt's embed builder: keeps the iframe snippet and the live preview in step with the
// chosen filters, language and height, without reloading the page.
(function () {
  'use strict';
  var form = document.getElementById('embed-form');
  var snippet = document.getElementById('embed-snippet');
  var preview = document.getElementById('embed-preview');
  if (!form || !snippet || !preview) return;
  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }
  function update(e) {
    if (e) e.preventDefault();
    var params = new URLSearchParams();
    var height = 480;
    new FormData(form).forEach(function (v, k) {
      v = String(v).trim();
      if (k === 'height') { height = Math.min(1200, Math.max(200, parseInt(v, 10) || 480)); return; }
      if (k === 'embed_lang') { params.set('lang', v); return; }
      if (v !== '') params.append(k, v);
    });
    var src = '/embed/map?' + params.toString();
    snippet.value = '<iframe src="' + escape(form.dataset.base + src) + '" title="' + escape(form.dataset.frameTitle) +
      '" width="100%" height="' + height + '" style="border:0" loading="lazy"></iframe>';
    preview.src = src;
    preview.height = String(height);
  }
  form.addEventListener('change', update);
  form.addEventListener('submit', update);
  snippet.addEventListener('focus', function () { snippet.select(); });
})();
