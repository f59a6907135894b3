// Knotenpunkt's city map: enhances the server-rendered filters and list with a Leaflet map.
// Settings come from the page's JSON block #map-settings. Tiles load only after consent when
// the tile host is external; markers and the list work before that on a plain background.
(function () {
  'use strict';
  var block = document.getElementById('map-settings');
  if (!block || !window.L) return;
  var S = JSON.parse(block.textContent);
  var CONSENT_KEY = 'knotenpunkt-map-tiles';
  var LIST_LIMIT = 100;
  var $ = function (id) { return document.getElementById(id); };
  var embedded = S.mode === 'embed';
  var pin = S.mode === 'pin';
  var place = S.mode === 'place' || pin;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function link(text, href) {
    var a = el('a', null, text);
    a.href = href;
    if (embedded) { a.target = '_blank'; a.rel = 'noopener'; }
    return a;
  }
  function icon(classes, size) {
    return L.divIcon({ className: 'kp-marker ' + classes, html: '<span></span>', iconSize: [size, size], iconAnchor: [size / 2, size / 2], popupAnchor: [0, -size / 2] });
  }
  // A counted text: the server hands over each plural category's form (see Tr::plural_forms).
  var pluralRules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(S.lang) : null;
  function counted(forms, n, values) {
    var key = String(n) in forms ? String(n) : (pluralRules ? pluralRules.select(n) : 'other');
    var text = forms[key] || forms.other || forms.many || '';
    text = text.replace('{count}', n);
    Object.keys(values || {}).forEach(function (k) { text = text.replace('{' + k + '}', values[k]); });
    return text;
  }
  function styleOf(cat) {
    return S.categories[cat] ? S.categories[cat].classes : 'kp-c14 kp-s0';
  }

  $('map-pane').hidden = false;
  var map = L.map('map', {
    maxZoom: S.max_zoom, zoomControl: false, keyboard: !place, scrollWheelZoom: !place && !embedded,
    attributionControl: !place,
  }).setView(S.centre, S.zoom);
  // The map is a tab stop (arrow keys pan, + and - zoom): give it a role and a name.
  if (!place) {
    map.getContainer().setAttribute('role', 'region');
    map.getContainer().setAttribute('aria-label', S.t.map_label);
  }
  // What changes on the map without moving focus (a popup opening) is said here.
  var status = $('map-status');
  function announce(text) { if (status) { status.textContent = ''; setTimeout(function () { status.textContent = text; }, 50); } }
  if (!place) L.control.zoom({ zoomInTitle: S.t.zoom_in, zoomOutTitle: S.t.zoom_out }).addTo(map);

  // Districts as labels below the markers, so that the map can be read before any tile loads.
  map.createPane('districts').style.zIndex = 450;
  S.districts.forEach(function (d) {
    var label = el('span', null, d.name);
    L.marker([d.lat, d.lon], { icon: L.divIcon({ className: 'kp-district', html: label.outerHTML, iconSize: null }), interactive: false, keyboard: false, pane: 'districts' }).addTo(map);
  });

  // Tiles, with the two-click consent.
  var tiles = null;
  var consent = $('map-consent');
  var withdraw = $('map-consent-withdraw');
  function remembered() { try { return localStorage.getItem(CONSENT_KEY) === S.tiles.url; } catch (e) { return false; } }
  function loadTiles() {
    if (tiles) return;
    tiles = L.tileLayer(S.tiles.url, { maxZoom: S.max_zoom, attribution: el('span', null, S.tiles.attribution).innerHTML }).addTo(map);
    map.getContainer().classList.add('has-tiles');
    if (consent) consent.hidden = true;
    if (withdraw) withdraw.hidden = !S.consent;
  }
  function unloadTiles() {
    if (tiles) map.removeLayer(tiles);
    tiles = null;
    map.getContainer().classList.remove('has-tiles');
    try { localStorage.removeItem(CONSENT_KEY); } catch (e) { /* storage blocked */ }
    if (withdraw) withdraw.hidden = true;
    if (consent) { consent.hidden = false; $('map-consent-load').focus(); }
  }
  if (S.tiles) {
    if (!S.consent || remembered()) loadTiles();
    else if (consent) {
      consent.hidden = false;
      $('map-consent-load').addEventListener('click', function () {
        if ($('map-consent-remember').checked) { try { localStorage.setItem(CONSENT_KEY, S.tiles.url); } catch (e) { /* storage blocked */ } }
        loadTiles();
        // The button is gone with the panel: focus goes to the map it loaded.
        map.getContainer().focus({ preventScroll: true });
      });
    }
  }
  if (withdraw) withdraw.addEventListener('click', unloadTiles);

  if (pin) {
    // The edit form: drag the pin, or click the map, to fill in latitude and longitude.
    var lat = $('f-lat');
    var lon = $('f-lon');
    var marker = null;
    var write = function (ll) { lat.value = ll.lat.toFixed(6); lon.value = ll.lng.toFixed(6); };
    var put = function (ll) {
      if (marker) { marker.setLatLng(ll); return; }
      marker = L.marker(ll, { icon: icon(S.place ? S.place.classes : 'kp-c14 kp-s0', 26), draggable: true, keyboard: false }).addTo(map);
      marker.on('dragend', function () { write(marker.getLatLng()); });
    };
    if (S.place) put([S.place.lat, S.place.lon]);
    map.on('click', function (e) { put(e.latlng); write(e.latlng); });
    return;
  }

  if (place) {
    var p = S.place;
    L.marker([p.lat, p.lon], { icon: icon(p.classes, 26), interactive: false, keyboard: false }).addTo(map);
    return;
  }

  // Markers, clustered, and the list of what is in view.
  var clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true, chunkInterval: 100, chunkDelay: 20,
    iconCreateFunction: function (c) {
      var n = c.getChildCount();
      return L.divIcon({ className: 'kp-cluster', html: '<span aria-hidden="true">' + n + '</span><span class="visually-hidden">' + el('i', null, counted(S.t.cluster_count, n)).innerHTML + '</span>', iconSize: [40, 40] });
    },
  }).addTo(map);
  var markers = [];
  var list = $('map-items');
  var count = $('map-count');
  var more = $('map-more');

  // Server-rendered list items carry summary, fields and languages; reuse them by slug.
  var rendered = {};
  Array.prototype.forEach.call(list.querySelectorAll('.map-item'), function (li) { rendered[li.getAttribute('data-slug')] = li; });
  var details = {};
  function detailsOf(slug) {
    if (!details[slug]) {
      details[slug] = fetch('/api/v1/organisations/' + encodeURIComponent(slug)).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
    }
    return details[slug];
  }
  function languageNames(codes) {
    return (codes || []).map(function (c) { return S.languages[c] || c.toUpperCase(); }).join(S.lang === 'ar' || S.lang === 'fa' ? '، ' : ', ');
  }
  // With a filter on offers or needs, the fitting ones are named beside the association.
  function mentionsOf(p) {
    var ul = el('ul', 'map-mentions');
    (p.items || []).forEach(function (i) {
      var li = ul.appendChild(el('li', null, i.kind + ': '));
      var a = li.appendChild(link(i.title, i.url));
      a.dir = 'auto';
      a.lang = i.lang;
    });
    return ul;
  }
  function popupFor(f, m) {
    if (m.kpPopup) return m.kpPopup;
    var p = f.properties;
    var box = m.kpPopup = el('div', 'kp-popup');
    box.dir = 'auto';
    var h = el('h3');
    h.appendChild(link(p.name, '/organisations/' + p.slug));
    box.appendChild(h);
    var c = S.categories[p.cat];
    if (c) {
      var cat = box.appendChild(el('p', 'kp-category'));
      cat.appendChild(el('span', 'kp-symbol ' + c.classes)).setAttribute('aria-hidden', 'true');
      cat.appendChild(document.createTextNode(S.t.category + ': ' + c.label));
    }
    if (p.items && p.items.length) box.appendChild(mentionsOf(p));
    var summary = box.appendChild(el('p', 'kp-summary'));
    var languages = box.appendChild(el('p', 'kp-languages'));
    box.appendChild(el('p')).appendChild(link(S.t.profile, '/organisations/' + p.slug));
    detailsOf(p.slug).then(function (o) {
      if (!o) return;
      var lang = o.summary[S.lang] ? S.lang : (o.summary.de ? 'de' : Object.keys(o.summary)[0]);
      if (lang) { summary.textContent = o.summary[lang]; summary.lang = lang; }
      if (o.languages.length) languages.textContent = S.t.languages + ': ' + languageNames(o.languages);
      if (m.isPopupOpen()) refreshPopup(m.getPopup());
    });
    return box;
  }
  function highlight(m, on) {
    var shown = clusters.getVisibleParent(m);
    var icon = shown && shown.getElement && shown.getElement();
    if (icon) icon.classList.toggle('kp-active', on);
    if (m.item) m.item.classList.toggle('is-active', on);
  }
  function compactItem(p) {
    var li = el('li', 'map-item');
    li.setAttribute('data-slug', p.slug);
    var h = el('h3');
    h.appendChild(link(p.name, '/organisations/' + p.slug));
    h.firstChild.dir = 'auto';
    li.appendChild(h);
    var c = S.categories[p.cat];
    if (c) {
      var cats = el('ul', 'map-cats');
      var item = cats.appendChild(el('li'));
      var symbol = item.appendChild(el('span', 'kp-symbol ' + c.classes));
      symbol.setAttribute('aria-hidden', 'true');
      item.appendChild(document.createTextNode(c.label));
      li.appendChild(cats);
    }
    return li;
  }
  // Centre on the marker without animation (so clusters are rebuilt at once), then open it,
  // spiderfying its cluster when several associations share one place.
  function showOnMap(m) {
    opener = document.activeElement;
    var mapButton = document.querySelector('#map-toggle [data-show="map"]');
    if (mapButton && $('map-layout').getAttribute('data-showing') === 'list') mapButton.click();
    map.setView(m.getLatLng(), Math.max(map.getZoom(), Math.min(16, S.max_zoom)), { animate: false });
    clusters.zoomToShowLayer(m, function () { m.openPopup(); });
  }
  function itemFor(m) {
    var p = m.feature.properties;
    var li = rendered[p.slug] || compactItem(p);
    rendered[p.slug] = li;
    // The entry may come from another filter: name what this one looks for.
    var old = li.querySelector('.map-mentions');
    if (old) old.remove();
    if (p.items && p.items.length) {
      var after = li.querySelector('.map-cats') || li.querySelector('h3');
      li.insertBefore(mentionsOf(p), after.nextSibling);
    }
    if (!li.kpBound) {
      li.kpBound = true;
      var show = el('button', 'link-button', S.t.show_on_map);
      show.type = 'button';
      show.addEventListener('click', function () { showOnMap(li.kpMarker); });
      li.appendChild(show);
      ['mouseenter', 'focusin'].forEach(function (e) { li.addEventListener(e, function () { highlight(li.kpMarker, true); }); });
      ['mouseleave', 'focusout'].forEach(function (e) { li.addEventListener(e, function () { highlight(li.kpMarker, false); }); });
    }
    li.kpMarker = m;
    m.item = li;
    return li;
  }
  function renderList() {
    var bounds = map.getBounds();
    var inView = markers.filter(function (m) { return bounds.contains(m.getLatLng()); });
    count.textContent = counted(S.t.in_view_count, inView.length, { total: markers.length });
    markers.forEach(function (m) { m.item = null; });
    // Entries are reused: the one holding focus gets it back after the list is rebuilt.
    var focused = list.contains(document.activeElement) ? document.activeElement : null;
    list.textContent = '';
    inView.slice(0, LIST_LIMIT).forEach(function (m) { list.appendChild(itemFor(m)); });
    if (focused && focused.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
    if (more) more.hidden = inView.length <= LIST_LIMIT;
    if (!embedded && titleBase) document.title = counted(S.t.in_view_count, inView.length, { total: markers.length }) + ' – ' + titleBase;
  }
  // Popups: at most the map's width, clear of the zoom buttons; focus moves in and comes back.
  function popupOptions() {
    // 52 px: the popup's own margins and border plus 8 px on either side; 84 px keeps the
    // heading below the zoom buttons.
    return { maxWidth: Math.max(160, Math.min(300, map.getSize().x - 52)), minWidth: 0, autoPanPaddingTopLeft: L.point(8, 84), autoPanPaddingBottomRight: L.point(8, 8) };
  }
  // Updating a popup puts its content back into the page, which drops focus inside it.
  function refreshPopup(popup) {
    var focused = document.activeElement;
    popup.update();
    if (focused && focused.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
  }
  var opener = null;
  var titleBase = embedded ? '' : document.title;
  map.on('popupopen', function (e) {
    var popup = e.popup;
    L.setOptions(popup, popupOptions());
    refreshPopup(popup);
    var box = popup.getElement();
    var close = box && box.querySelector('.leaflet-popup-close-button');
    if (close) { close.setAttribute('aria-label', S.t.close); close.title = S.t.close; close.setAttribute('role', 'button'); }
    var marker = popup._source;
    if (!opener || !opener.isConnected || opener === document.body) opener = marker && marker.getElement ? marker.getElement() : null;
    var first = box && box.querySelector('.kp-popup a');
    if (first) first.focus({ preventScroll: true });
    var name = marker && marker.feature ? marker.feature.properties.name : '';
    announce(S.t.popup_opened.replace('{name}', name));
  });
  map.on('popupclose', function (e) {
    var box = e.popup.getElement();
    var inside = !document.activeElement || document.activeElement === document.body || (box && box.contains(document.activeElement));
    var back = opener && opener.isConnected ? opener : (e.popup._source && e.popup._source.getElement ? e.popup._source.getElement() : null);
    opener = null;
    if (inside && back) back.focus({ preventScroll: true });
  });
  // Escape closes the open popup wherever focus is on the page.
  document.addEventListener('keydown', function (e) {
    if ((e.key === 'Escape' || e.key === 'Esc') && map._popup && map.hasLayer(map._popup)) { map.closePopup(); e.preventDefault(); }
  });
  // Enter or Space on a marker remembers it, so that closing the popup comes back to it.
  map.getContainer().addEventListener('keydown', function (e) {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.classList && e.target.classList.contains('kp-marker')) opener = e.target;
  });

  function load(url, fit) {
    return fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }).then(function (data) {
      clusters.clearLayers();
      markers = data.features.map(function (f) {
        var c = f.geometry.coordinates;
        var m = L.marker([c[1], c[0]], { icon: icon(styleOf(f.properties.cat), 22), title: f.properties.name, alt: f.properties.name, riseOnHover: true });
        m.feature = f;
        m.bindPopup(function () { return popupFor(f, m); }, popupOptions());
        m.on('mouseover popupopen', function () { if (m.item) { m.item.classList.add('is-active'); m.item.scrollIntoView({ block: 'nearest' }); } });
        m.on('mouseout popupclose', function () { if (m.item) m.item.classList.remove('is-active'); });
        // Keyboard focus on a marker highlights its list entry, as hovering does.
        m.on('add', function () {
          var e = m.getElement();
          if (!e || e.kpFocus) return;
          e.kpFocus = true;
          e.addEventListener('focus', function () { m.fire('mouseover'); });
          e.addEventListener('blur', function () { if (!m.isPopupOpen()) m.fire('mouseout'); });
        });
        return m;
      });
      clusters.addLayers(markers);
      // Bounds from the markers themselves: chunked loading adds them to the clusters later.
      if (fit && markers.length) map.fitBounds(L.latLngBounds(markers.map(function (m) { return m.getLatLng(); })), { padding: [24, 24], maxZoom: 15, animate: false });
      renderList();
    }).catch(function (error) { count.textContent = S.t.load_error; if (window.console) console.error(error); });
  }

  // Filters and the URL: the page's address always holds filters and view.
  var form = $('map-filters');
  function filterParams() {
    var params = new URLSearchParams();
    if (form) new FormData(form).forEach(function (v, k) { if (String(v).trim() !== '') params.append(k, v); });
    else new URLSearchParams(location.search).forEach(function (v, k) { if (['lat', 'lon', 'zoom', 'lang'].indexOf(k) < 0) params.append(k, v); });
    return params;
  }
  function saveView() {
    if (embedded) return;
    var params = filterParams();
    var c = map.getCenter();
    params.set('lat', c.lat.toFixed(5));
    params.set('lon', c.lng.toFixed(5));
    params.set('zoom', map.getZoom());
    history.replaceState(null, '', location.pathname + '?' + params.toString());
  }
  function geojsonUrl() {
    var params = filterParams();
    params.set('lang', S.lang);
    return '/api/v1/organisations.geojson?' + params.toString();
  }
  var filterBox = $('map-filter-details');
  if (filterBox && !$('search-error') && window.matchMedia('(max-width: 59.99rem)').matches) filterBox.open = false;
  if (form) {
    var refresh = function (e) {
      if (e) e.preventDefault();
      var query = filterParams().toString();
      var dir = $('map-directory-link');
      if (dir) dir.href = '/organisations' + (query ? '?' + query : '');
      load(geojsonUrl(), true).then(saveView);
    };
    form.addEventListener('submit', refresh);
    form.addEventListener('change', function (e) { if (e.target.tagName === 'SELECT') refresh(); });
  }
  // The list follows the view once panning pauses, so that dragging stays smooth.
  var pending = null;
  map.on('moveend', function () {
    clearTimeout(pending);
    pending = setTimeout(function () { renderList(); saveView(); }, 120);
  });
  load(S.geojson, S.fit);

  // On a phone: map or list.
  var toggle = $('map-toggle');
  var layout = $('map-layout');
  var skip = document.querySelector('.skip-map');
  if (skip) skip.addEventListener('click', function (e) {
    var target = $('map-list');
    if (!target) return;
    e.preventDefault();
    var listButton = toggle && toggle.querySelector('[data-show="list"]');
    if (layout && layout.getAttribute('data-showing') === 'map' && listButton) listButton.click();
    if (target.tagName === 'DETAILS') { target.open = true; target = target.querySelector('summary') || target; }
    target.focus();
  });
  if (toggle && layout) {
    toggle.hidden = false;
    layout.setAttribute('data-showing', 'map');
    toggle.addEventListener('click', function (e) {
      var show = e.target.getAttribute('data-show');
      if (!show) return;
      layout.setAttribute('data-showing', show);
      Array.prototype.forEach.call(toggle.querySelectorAll('button'), function (b) { b.setAttribute('aria-pressed', String(b === e.target)); });
      if (show === 'map') map.invalidateSize();
    });
  }
})();
