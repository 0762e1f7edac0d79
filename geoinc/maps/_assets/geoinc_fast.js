/* geoinc fast incident layer.
 *
 * One subclass of Leaflet's canvas renderer (L.Canvas) draws every incident from a
 * columnar data block (typed arrays in base64, strings deduplicated). Rows arrive
 * sorted into runs of one style, largest circles first, so a redraw is one path per
 * run. Popups and tooltips are built on demand as DOM nodes whose text is set with
 * textContent: no incident value is ever parsed as HTML or as JavaScript.
 */
(function () {
  "use strict";
  if (typeof L === "undefined" || L.GeoincPoints) { return; }

  var NA_TYPES = {u1: Uint8Array, u2: Uint16Array, i4: Int32Array};
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  var TWO_PI = 2 * Math.PI;
  var MAX_LAT = 85.0511287798;

  function bytes(b64) {
    var bin = atob(b64), n = bin.length, out = new Uint8Array(n);
    for (var i = 0; i < n; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }

  /* A numeric column -> Float64Array with NaN for missing values. */
  function numbers(c, n) {
    var out = new Float64Array(n);
    if (!c) { out.fill(NaN); return out; }
    var T = NA_TYPES[c.t], raw = new T(bytes(c.b64).buffer);
    var scale = c.scale || 1, offset = c.offset || 0, na = c.na;
    if (c.idx) {  // sparse: positions + values
      out.fill(NaN);
      var idx = new Int32Array(bytes(c.idx).buffer);
      for (var k = 0; k < idx.length; k++) {
        out[idx[k]] = raw[k] === na ? NaN : raw[k] / scale + offset;
      }
      return out;
    }
    for (var i = 0; i < n; i++) { out[i] = raw[i] === na ? NaN : raw[i] / scale + offset; }
    return out;
  }

  /* A text column: {values, codes} (dictionary) or {list} (one string per row). */
  function texts(c, n) {
    if (!c) { return function () { return null; }; }
    if (c.list) { return function (i) { return c.list[i]; }; }
    var T = NA_TYPES[c.t], codes = new T(bytes(c.b64).buffer), values = c.values, na = c.na;
    return function (i) { var k = codes[i]; return k === na ? null : values[k]; };
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function pad(v) { return (v < 10 ? "0" : "") + v; }
  function isoDay(day) {
    var t = new Date(day * 86400000);
    return t.getUTCFullYear() + "-" + pad(t.getUTCMonth() + 1) + "-" + pad(t.getUTCDate());
  }
  function formatDate(day, precision) {
    if (isNaN(day)) { return "unknown"; }
    var t = new Date(day * 86400000);
    var p = precision || "day";
    if (p === "month") { return MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear() + " (month only)"; }
    if (p === "year") { return t.getUTCFullYear() + " (year only)"; }
    if (p === "week") { return "week of " + isoDay(day); }
    if (p === "unknown") { return isoDay(day) + " (precision unknown)"; }
    return isoDay(day);
  }
  function fmtInt(v) { return Math.trunc(v).toLocaleString("en-US"); }
  function formatCount(low, high) {
    if (isNaN(low)) {
      return isNaN(high) ? "unknown" : "unknown (up to " + fmtInt(high) + " reported)";
    }
    var s = fmtInt(low);
    if (!isNaN(high) && Math.trunc(high) !== Math.trunc(low)) {
      s += "\u2013" + fmtInt(high) + " (range reported)";
    }
    return s;
  }
  function safeUrl(value) {
    if (typeof value !== "string" || /[\s\u0000-\u001f]/.test(value)) { return null; }
    var u;
    try { u = new URL(value); } catch (e) { return null; }
    if ((u.protocol !== "http:" && u.protocol !== "https:") || !u.host) { return null; }
    return value;
  }
  function capitalize(s) { return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(); }

  function setLineDash(ctx, dash) {
    if (!dash) { ctx.setLineDash([]); return; }
    var parts = String(dash).split(/[, ]+/).map(Number);
    ctx.setLineDash(parts.some(isNaN) ? [] : parts);
  }

  L.GeoincPoints = L.Canvas.extend({
    options: {padding: 0.1, tolerance: 2, maxPopupWidth: 360},

    initialize: function (data, options) {
      L.Canvas.prototype.initialize.call(this, options);
      this._decode(data);
      L.GeoincPoints.instances.push(this);
    },

    _decode: function (d) {
      var n = this.n = d.n;
      this.meta = d;
      var q = d.q, latI = new Int32Array(bytes(d.lat).buffer), lonI = new Int32Array(bytes(d.lon).buffer);
      var lat = this.lat = new Float64Array(n), lon = this.lon = new Float64Array(n);
      var wx = this._wx = new Float64Array(n), wy = this._wy = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        lat[i] = latI[i] * q; lon[i] = lonI[i] * q;
        var la = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat[i]));
        var s = Math.sin(la * Math.PI / 180);
        wx[i] = 0.5 + lon[i] / 360;
        wy[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
      }
      this.r = numbers(d.r, n);
      this.ringR = numbers(d.ring, n);
      this.haloR = numbers(d.halo, n);
      this.date = numbers(d.date, n);
      this.counts = {};
      var names = ["killed", "killed_high", "injured", "injured_high"];
      for (var k = 0; k < names.length; k++) { this.counts[names[k]] = numbers(d.counts[names[k]], n); }
      this.text = {};
      for (var f in d.text) {
        if (Object.prototype.hasOwnProperty.call(d.text, f)) { this.text[f] = texts(d.text[f], n); }
      }
      this.category = d.filter && d.filter.codes ? numbers(d.filter.codes, n) : null;
      this.mask = new Uint8Array(n).fill(1);
      this._sprites = {};
      this._x = new Float32Array(n);
      this._y = new Float32Array(n);
      this._drawn = new Int32Array(n);
      this._nDrawn = 0;
      this._grid = null;
      this._maxR = 0;
      for (var j = 0; j < n; j++) {
        var rr = Math.max(this.r[j] || 0, this.ringR[j] || 0, this.haloR[j] || 0);
        if (rr > this._maxR) { this._maxR = rr; }
      }
    },

    field: function (name, i) { var f = this.text[name]; return f ? f(i) : null; },

    onAdd: function (map) {
      L.Canvas.prototype.onAdd.call(this, map);
      L.DomUtil.addClass(this._container, "geoinc-fast-layer");
      this._container.setAttribute("data-geoinc-total", String(this.n));
      map.on("click", this._onMapClick, this);
      map.on("mousemove", this._onMapMove, this);
      map.on("mouseout movestart zoomstart", this._hideTooltip, this);
    },

    onRemove: function (map) {
      map.off("click", this._onMapClick, this);
      map.off("mousemove", this._onMapMove, this);
      map.off("mouseout movestart zoomstart", this._hideTooltip, this);
      this._hideTooltip();
      L.Canvas.prototype.onRemove.call(this, map);
    },

    /* Leaflet's canvas renderer calls these; we draw our rows instead of paths. */
    _draw: function () { this._drawPoints(); },
    _redraw: function () { this._drawPoints(); },
    _updatePaths: function () {
      if (this._postponeUpdatePaths) { return; }
      this._drawPoints();
    },

    _drawPoints: function () {
      var map = this._map;
      if (!map || !this._ctx || !this._bounds) { return; }
      var ctx = this._ctx, b = this._bounds, n = this.n;
      var scale = 256 * Math.pow(2, map.getZoom()), o = map.getPixelOrigin();
      var minX = b.min.x, minY = b.min.y, maxX = b.max.x, maxY = b.max.y;
      var wx = this._wx, wy = this._wy, X = this._x, Y = this._y, mask = this.mask;
      var R = this.r, RR = this.ringR, HR = this.haloR;
      var drawn = this._drawn, nd = 0, i;
      for (i = 0; i < n; i++) {
        var x = wx[i] * scale - o.x, y = wy[i] * scale - o.y;
        X[i] = x; Y[i] = y;
        if (!mask[i]) { continue; }
        var rr = Math.max(R[i], RR[i] || 0, HR[i] || 0);
        if (x + rr < minX || x - rr > maxX || y + rr < minY || y - rr > maxY) { continue; }
        drawn[nd++] = i;
      }
      this._clusters = null;
      var cl = this.meta.cluster;
      if (cl && map.getZoom() <= cl.max_zoom && nd) { nd = this._cluster(nd, cl, o); }
      this._nDrawn = nd;
      this._grid = null;
      // Runs of one style, in order (largest first); each run: halo, ring, main.
      // Circles are composited into one pixel buffer, written to the canvas at once.
      var ratio = L.Browser.retina ? 2 : 1, canvas = this._container;
      var W = canvas.width, H = canvas.height;
      if (!this._img || this._img.width !== W || this._img.height !== H) {
        this._img = ctx.createImageData(W, H);
      }
      var buf = this._img.data;
      buf.fill(0);
      var target = {
        buf32: new Uint32Array(buf.buffer), W: W, H: H, ratio: ratio, minX: minX, minY: minY
      };
      var runs = this.meta.runs, pos = 0;
      for (var g = 0; g < runs.length; g++) {
        var run = runs[g], end = run[1];
        var start = pos;
        while (pos < nd && drawn[pos] < end) { pos++; }
        if (pos === start) { continue; }
        if (run[4] >= 0) { this._pass(target, start, pos, HR, run[4]); }
        if (run[3] >= 0) { this._pass(target, start, pos, RR, run[3]); }
        this._pass(target, start, pos, R, run[2]);
      }
      // premultiplied -> straight alpha, as ImageData wants
      for (var p = 0, len = buf.length; p < len; p += 4) {
        var a = buf[p + 3];
        if (a === 0 || a === 255) { continue; }
        var f = 255 / a;
        buf[p] = buf[p] * f; buf[p + 1] = buf[p + 1] * f; buf[p + 2] = buf[p + 2] * f;
      }
      ctx.putImageData(this._img, 0, 0);
      if (this._clusters) { this._drawClusters(ctx); }
      var shownRows = this._clusters ? nd + this._clusters.rows : nd;
      this._container.setAttribute("data-geoinc-drawn", String(shownRows));
      this._container.setAttribute("data-geoinc-clusters",
        String(this._clusters ? this._clusters.n.length : 0));
      this._container.setAttribute("data-geoinc-zoom", String(map.getZoom()));
      this.fire("geoincdraw", {drawn: shownRows});
    },

    /* Each (style, radius) circle is rasterised once by the canvas into a small
       premultiplied-alpha sprite; a redraw composites sprites into one pixel buffer
       ("source over"), far cheaper than filling and stroking 100,000 anti-aliased
       arcs. Centres are rounded to whole device pixels. */
    _sprite: function (styleIdx, r, ratio) {
      var key = styleIdx * 8192 + Math.round(r * 8);
      var sprite = this._sprites[key];
      if (sprite) { return sprite; }
      var st = this.meta.styles[styleIdx];
      var lw = st.stroke === false ? 0 : (st.weight === undefined ? 1 : st.weight);
      var half = Math.ceil(r + lw / 2 + 1), size = 2 * half * ratio;
      var canvas = document.createElement("canvas");
      canvas.width = canvas.height = size;
      var ctx = canvas.getContext("2d");
      ctx.scale(ratio, ratio);
      ctx.beginPath();
      ctx.arc(half, half, r, 0, TWO_PI);
      if (st.fill !== false) {
        ctx.globalAlpha = st.fillOpacity === undefined ? 0.2 : st.fillOpacity;
        ctx.fillStyle = st.fillColor || st.color;
        ctx.fill();
      }
      if (lw > 0) {
        ctx.globalAlpha = st.opacity === undefined ? 1 : st.opacity;
        ctx.strokeStyle = st.color;
        ctx.lineWidth = lw;
        setLineDash(ctx, st.dashArray);
        ctx.stroke();
      }
      var px = ctx.getImageData(0, 0, size, size).data;
      var pre = new Uint8ClampedArray(px.length);
      for (var k = 0; k < px.length; k += 4) {
        var a = px[k + 3];
        pre[k] = px[k] * a / 255; pre[k + 1] = px[k + 1] * a / 255;
        pre[k + 2] = px[k + 2] * a / 255; pre[k + 3] = a;
      }
      sprite = this._sprites[key] = {
        px32: new Uint32Array(pre.buffer), size: size, half: half * ratio
      };
      return sprite;
    },

    _pass: function (t, from, to, radii, styleIdx) {
      var drawn = this._drawn, X = this._x, Y = this._y, buf = t.buf32, W = t.W, H = t.H;
      var ratio = t.ratio, lastR = -1, sp = null;
      for (var k = from; k < to; k++) {
        var i = drawn[k], r = radii[i];
        if (!(r > 0)) { continue; }
        if (r !== lastR) { sp = this._sprite(styleIdx, r, ratio); lastR = r; }
        var size = sp.size, spx = sp.px32;
        var x0 = Math.round((X[i] - t.minX) * ratio) - sp.half;
        var y0 = Math.round((Y[i] - t.minY) * ratio) - sp.half;
        var sx0 = x0 < 0 ? -x0 : 0, sx1 = x0 + size > W ? W - x0 : size;
        var sy0 = y0 < 0 ? -y0 : 0, sy1 = y0 + size > H ? H - y0 : size;
        for (var sy = sy0; sy < sy1; sy++) {
          var si = sy * size + sx0, di = (y0 + sy) * W + x0 + sx0;
          for (var sx = sx0; sx < sx1; sx++, si++, di++) {
            var s = spx[si], sa = s >>> 24;
            if (sa === 0) { continue; }
            if (sa === 255) { buf[di] = s; continue; }
            // premultiplied "source over" on packed RGBA: out = s + d * (255 - sa) / 256
            var d = buf[di], inv = 255 - sa;
            buf[di] = s + ((((d & 0x00ff00ff) * inv) >>> 8) & 0x00ff00ff) +
              ((((d >>> 8) & 0x00ff00ff) * inv) & 0xff00ff00);
          }
        }
      }
    },

    /* ---- clustering (zoomed out): rows in one grid cell of the screen become one
       circle whose area is proportional to their total killed + injured ---- */
    _cluster: function (nd, cl, o) {
      var drawn = this._drawn, X = this._x, Y = this._y, cell = cl.cell;
      var c = this.counts, index = new Map();
      var sx = [], sy = [], n = [], total = [], first = [];
      for (var k = 0; k < nd; k++) {
        var i = drawn[k];
        var key = Math.floor((X[i] + o.x) / cell) * 4194304 + Math.floor((Y[i] + o.y) / cell);
        var j = index.get(key);
        if (j === undefined) {
          j = n.length; index.set(key, j);
          sx.push(0); sy.push(0); n.push(0); total.push(0); first.push(i);
        }
        sx[j] += X[i]; sy[j] += Y[i]; n[j] += 1;
        var w = (c.killed[i] || 0) + (c.injured[i] || 0);
        total[j] += w;
      }
      // rows alone in their cell stay points; the others become clusters
      var singles = 0, out = {x: [], y: [], n: [], total: [], r: [], rows: 0}, maxTotal = 0;
      for (j = 0; j < n.length; j++) { if (n[j] > 1 && total[j] > maxTotal) { maxTotal = total[j]; } }
      var keep = new Uint8Array(n.length);
      for (j = 0; j < n.length; j++) {
        if (n[j] === 1) { keep[j] = 1; continue; }
        out.x.push(sx[j] / n[j]); out.y.push(sy[j] / n[j]); out.n.push(n[j]);
        out.total.push(total[j]); out.rows += n[j];
        out.r.push(cl.min_radius + (cl.max_radius - cl.min_radius) *
          (maxTotal > 0 ? Math.sqrt(total[j] / maxTotal) : 0));
      }
      for (k = 0; k < nd; k++) {
        var row = drawn[k];
        var kk = Math.floor((X[row] + o.x) / cell) * 4194304 + Math.floor((Y[row] + o.y) / cell);
        if (keep[index.get(kk)]) { drawn[singles++] = row; }
      }
      this._clusters = out;
      return singles;
    },

    _drawClusters: function (ctx) {
      var cl = this._clusters;
      ctx.save();
      ctx.font = "600 11px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      for (var j = 0; j < cl.n.length; j++) {
        ctx.beginPath();
        ctx.arc(cl.x[j], cl.y[j], cl.r[j], 0, TWO_PI);
        ctx.globalAlpha = 0.7;
        ctx.fillStyle = "#3b3b3b";
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = "#ffffff";
        ctx.stroke();
        ctx.fillStyle = "#ffffff";
        ctx.fillText(cl.n[j].toLocaleString("en-US"), cl.x[j], cl.y[j]);
      }
      ctx.restore();
    },

    /* The cluster under a layer point, or -1. */
    clusterAt: function (p) {
      var cl = this._clusters;
      if (!cl) { return -1; }
      for (var j = cl.n.length - 1; j >= 0; j--) {
        var dx = cl.x[j] - p.x, dy = cl.y[j] - p.y;
        if (dx * dx + dy * dy <= cl.r[j] * cl.r[j]) { return j; }
      }
      return -1;
    },

    clusterText: function (j) {
      var cl = this._clusters;
      return cl.n[j].toLocaleString("en-US") + " incidents, " +
        cl.total[j].toLocaleString("en-US") + " killed and injured (known counts); click to zoom in";
    },

    /* ---- hit testing: a grid of the drawn rows, built on the first query ---- */
    _buildGrid: function () {
      var cell = this._cell = Math.max(32, Math.ceil(this._maxR + this.options.tolerance + 1));
      var b = this._bounds, cols = Math.ceil((b.max.x - b.min.x) / cell) + 1;
      var rows = Math.ceil((b.max.y - b.min.y) / cell) + 1;
      var nd = this._nDrawn, drawn = this._drawn, X = this._x, Y = this._y;
      var cellOf = new Int32Array(nd), counts = new Int32Array(cols * rows + 1);
      for (var k = 0; k < nd; k++) {
        var i = drawn[k];
        var cx = Math.min(cols - 1, Math.max(0, Math.floor((X[i] - b.min.x) / cell)));
        var cy = Math.min(rows - 1, Math.max(0, Math.floor((Y[i] - b.min.y) / cell)));
        cellOf[k] = cy * cols + cx;
        counts[cellOf[k] + 1]++;
      }
      for (var c = 1; c < counts.length; c++) { counts[c] += counts[c - 1]; }
      var fill = counts.slice(), items = new Int32Array(nd);
      for (var m = 0; m < nd; m++) { items[fill[cellOf[m]]++] = drawn[m]; }
      this._grid = {cols: cols, rows: rows, start: counts, items: items};
    },

    /* Rows under a layer point, topmost (drawn last) first. */
    rowsAt: function (p) {
      if (!this._map || !this._nDrawn) { return []; }
      if (!this._grid) { this._buildGrid(); }
      var g = this._grid, b = this._bounds, cell = this._cell, tol = this.options.tolerance;
      var cx = Math.floor((p.x - b.min.x) / cell), cy = Math.floor((p.y - b.min.y) / cell);
      var hits = [];
      for (var yy = cy - 1; yy <= cy + 1; yy++) {
        if (yy < 0 || yy >= g.rows) { continue; }
        for (var xx = cx - 1; xx <= cx + 1; xx++) {
          if (xx < 0 || xx >= g.cols) { continue; }
          var c = yy * g.cols + xx;
          for (var k = g.start[c]; k < g.start[c + 1]; k++) {
            var i = g.items[k];
            var r = Math.max(this.r[i], this.ringR[i] || 0) + tol;
            var dx = this._x[i] - p.x, dy = this._y[i] - p.y;
            if (dx * dx + dy * dy <= r * r) { hits.push(i); }
          }
        }
      }
      hits.sort(function (a, z) { return z - a; });
      return hits;
    },

    latLngOf: function (i) { return L.latLng(this.lat[i], this.lon[i]); },

    /* Container pixel of row i (for tests and scripted clicks). */
    containerPointOf: function (i) { return this._map.latLngToContainerPoint(this.latLngOf(i)); },

    /* Draw positions of the rows whose field equals value (first match first). */
    find: function (name, value) {
      var out = [];
      for (var i = 0; i < this.n; i++) { if (this.field(name, i) === value) { out.push(i); } }
      return out;
    },

    drawnCount: function () { return this._nDrawn; },

    /* True once the view has settled and the canvas shows it (for scripts and tests). */
    isSettled: function () {
      var m = this._map;
      return !!m && !m._animatingZoom && !(m._panAnim && m._panAnim._inProgress) &&
        this._container.getAttribute("data-geoinc-zoom") === String(m.getZoom());
    },

    _onMapClick: function (e) {
      var j = this.clusterAt(e.layerPoint);
      if (j >= 0) {
        var map = this._map, cl = this._clusters;
        var centre = map.layerPointToLatLng(L.point(cl.x[j], cl.y[j]));
        map.setView(centre, Math.min(map.getZoom() + 2, this.meta.cluster.max_zoom + 1));
        return;
      }
      var hits = this.rowsAt(e.layerPoint);
      if (!hits.length) { return; }
      // Incidents stacked on one place are paged through in one popup.
      var first = hits[0], same = [];
      for (var k = 0; k < hits.length; k++) {
        if (this.lat[hits[k]] === this.lat[first] && this.lon[hits[k]] === this.lon[first]) {
          same.push(hits[k]);
        }
      }
      this.openPopupFor(same.length > 1 ? same : [first], 0);
    },

    openPopupFor: function (rows, at) {
      var self = this;
      var wrap = el("div", "geoinc-fast-popup");
      var body = el("div");
      wrap.appendChild(body);
      var pager = null;
      function show(j) {
        body.textContent = "";
        body.appendChild(self.popupNode(rows[j]));
        if (pager) { pager.label.textContent = (j + 1) + " of " + rows.length + " incidents here"; }
      }
      var idx = at || 0;
      if (rows.length > 1) {
        pager = el("div", "geoinc-pager");
        var prev = el("button", null, "\u2039"), next = el("button", null, "\u203a");
        prev.type = next.type = "button";
        pager.label = el("span");
        pager.appendChild(prev); pager.appendChild(pager.label); pager.appendChild(next);
        L.DomEvent.on(prev, "click", function (ev) {
          L.DomEvent.stop(ev); idx = (idx + rows.length - 1) % rows.length; show(idx);
        });
        L.DomEvent.on(next, "click", function (ev) {
          L.DomEvent.stop(ev); idx = (idx + 1) % rows.length; show(idx);
        });
        wrap.appendChild(pager);
      }
      show(idx);
      this._popup = L.popup({maxWidth: this.options.maxPopupWidth, className: "geoinc-fast"})
        .setLatLng(this.latLngOf(rows[idx]))
        .setContent(wrap)
        .openOn(this._map);
      return this._popup;
    },

    placeText: function (i) {
      var parts = [], name = this.field("location", i) || this.field("place", i);
      if (name) { parts.push(name); }
      var admin1 = this.field("admin1", i);
      if (admin1 && parts.indexOf(admin1) < 0) { parts.push(admin1); }
      var country = this.field("country_name", i);
      if (country && parts.indexOf(country) < 0) { parts.push(country); }
      return parts.length ? parts.join(", ") : "unknown place";
    },

    /* The popup of row i, field for field as geoinc.maps.popups.popup_html. */
    popupNode: function (i) {
      var c = this.counts, meta = this.meta;
      var root = el("div", "geoinc-popup");
      var heading = [], et = this.field("event_type", i);
      if (et) { heading.push(capitalize(et)); }
      heading.push(this.placeText(i));
      root.appendChild(el("b", null, heading.join(" \u2014 ")));
      var table = el("table");
      function row(label, value, cls) {
        var tr = el("tr", cls);
        tr.appendChild(el("th", null, label));
        var td = el("td");
        if (value && value.nodeType) { td.appendChild(value); } else { td.textContent = value; }
        tr.appendChild(td);
        table.appendChild(tr);
      }
      row("Date", formatDate(this.date[i], this.field("date_precision", i)));
      var place = this.field("place", i), location = this.field("location", i);
      if (place && location && place !== location) { row("Place as reported", place); }
      var precision = this.field("precision", i) || "unknown";
      var note = Object.prototype.hasOwnProperty.call(meta.precision_notes, precision)
        ? meta.precision_notes[precision] : "precision: " + precision;
      if (note) { row("Location", note, "geoinc-warn"); }
      row("Killed", formatCount(c.killed[i], c.killed_high[i]));
      row("Injured", formatCount(c.injured[i], c.injured_high[i]));
      var actors = [["claimed_by", "Claimed by"], ["blamed_on", "Blamed on"]];
      for (var a = 0; a < actors.length; a++) {
        var v = this.field(actors[a][0], i);
        if (v) { row(actors[a][1], v); }
      }
      for (var e = 0; e < meta.extra.length; e++) {
        var ev = this.field("extra:" + meta.extra[e], i);
        if (ev !== null) { row(meta.extra[e], ev); }
      }
      var source = this.field("source", i);
      if (source) {
        var url = safeUrl(source);
        if (url) {
          var link = el("a", null, url);
          link.setAttribute("href", url);
          link.setAttribute("target", "_blank");
          link.setAttribute("rel", "noopener noreferrer");
          row("Source", link);
        } else {
          row("Source", source);
        }
      }
      root.appendChild(table);
      var desc = this.field("description", i);
      if (desc) { root.appendChild(el("div", "geoinc-desc", desc)); }
      return root;
    },

    /* The tooltip text of row i, as geoinc.maps.popups.tooltip_text. */
    tooltipText: function (i) {
      var when = isNaN(this.date[i]) ? "date unknown"
        : formatDate(this.date[i], this.field("date_precision", i));
      var c = this.counts;
      var text = this.placeText(i) + " \u2014 " + when + ": " +
        formatCount(c.killed[i], c.killed_high[i]) + " killed, " +
        formatCount(c.injured[i], c.injured_high[i]) + " injured";
      var p = this.field("precision", i);
      if (p === "admin1" || p === "country") { text += " (approximate location)"; }
      return text;
    },

    _onMapMove: function (e) {
      var self = this;
      this._lastMove = e.layerPoint;
      if (this._moveFrame) { return; }
      this._moveFrame = L.Util.requestAnimFrame(function () {
        self._moveFrame = null;
        if (!self._map) { return; }
        var cj = self.clusterAt(self._lastMove);
        if (cj >= 0) {
          self._map.getContainer().style.cursor = "pointer";
          if (self._hover === -2 - cj && self._tooltip && self._map.hasLayer(self._tooltip)) {
            return;
          }
          self._hover = -2 - cj;
          if (!self._tooltip) {
            self._tooltip = L.tooltip({direction: "top", className: "geoinc-fast-tooltip"});
          }
          var cl = self._clusters;
          self._tooltip.options.offset = [0, -cl.r[cj]];
          self._tooltip.setLatLng(self._map.layerPointToLatLng(L.point(cl.x[cj], cl.y[cj])))
            .setContent(el("span", null, self.clusterText(cj)));
          self._map.openTooltip(self._tooltip);
          return;
        }
        var hits = self.rowsAt(self._lastMove), i = hits.length ? hits[0] : -1;
        self._map.getContainer().style.cursor = i >= 0 ? "pointer" : "";
        var open = self._tooltip && self._map.hasLayer(self._tooltip);
        if (i === self._hover && (i < 0 || open)) { return; }
        self._hover = i;
        if (i < 0) { self._hideTooltip(); return; }
        if (!self._tooltip) {
          self._tooltip = L.tooltip({direction: "top", className: "geoinc-fast-tooltip"});
        }
        self._tooltip.options.offset = [0, -Math.max(self.r[i], self.ringR[i] || 0)];
        self._tooltip.setLatLng(self.latLngOf(i)).setContent(el("span", null, self.tooltipText(i)));
        self._map.openTooltip(self._tooltip);
      });
    },

    _hideTooltip: function () {
      this._hover = -1;
      if (this._tooltip && this._map) { this._map.closeTooltip(this._tooltip); }
    },

    /* ---- filters ---- */
    setFilter: function (f) {
      this._filter = f = L.extend({}, this._filter || {}, f || {});
      var n = this.n, mask = this.mask, date = this.date, cat = this.category, shown = 0;
      var from = f.from === undefined || f.from === null ? -Infinity : f.from;
      var to = f.to === undefined || f.to === null ? Infinity : f.to;
      var undated = f.undated !== false, cats = f.categories || null;
      for (var i = 0; i < n; i++) {
        var d = date[i], ok = isNaN(d) ? undated : (d >= from && d <= to);
        if (ok && cats && cat) { ok = cats[cat[i]] !== false; }
        mask[i] = ok ? 1 : 0;
        shown += mask[i];
      }
      this.shown = shown;
      if (this._map) { this._drawPoints(); }
      this.fire("geoincfilter", {shown: shown});
      return shown;
    }
  });
  L.GeoincPoints.instances = [];
  L.geoincPoints = function (data, options) { return new L.GeoincPoints(data, options); };

  /* A control with a date range and category check boxes for one GeoincPoints layer. */
  L.GeoincFilter = L.Control.extend({
    options: {position: "topright", title: "Filter incidents"},
    initialize: function (layer, options) {
      L.setOptions(this, options);
      this._layer = layer;
    },
    onAdd: function () {
      var layer = this._layer, meta = layer.meta, self = this;
      var box = el("div", "geoinc-legend geoinc-filter leaflet-bar");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      box.appendChild(el("h4", null, this.options.title));
      var state = {};
      var t = meta.time;
      if (t) {
        var label = el("div", "geoinc-filter-dates");
        var from = el("input"), to = el("input");
        [from, to].forEach(function (inp, k) {
          inp.type = "range"; inp.min = String(t.min); inp.max = String(t.max); inp.step = "1";
          inp.value = String(k ? t.max : t.min);
          inp.className = k ? "geoinc-filter-to" : "geoinc-filter-from";
        });
        var update = function () {
          var a = Number(from.value), z = Number(to.value);
          if (a > z) { var s = a; a = z; z = s; }
          label.textContent = isoDay(a) + " \u2013 " + isoDay(z);
          state.from = a; state.to = z;
          self._apply(state);
        };
        L.DomEvent.on(from, "input", update);
        L.DomEvent.on(to, "input", update);
        box.appendChild(label);
        box.appendChild(from);
        box.appendChild(to);
        label.textContent = isoDay(t.min) + " \u2013 " + isoDay(t.max);
        if (t.undated) {
          var u = el("label", "geoinc-row");
          var cb = el("input");
          cb.type = "checkbox"; cb.checked = true; cb.className = "geoinc-filter-undated";
          L.DomEvent.on(cb, "change", function () { state.undated = cb.checked; self._apply(state); });
          u.appendChild(cb);
          u.appendChild(el("span", null, "include " + t.undated + " without a date"));
          box.appendChild(u);
        }
      }
      var f = meta.filter;
      if (f && f.categories && f.categories.length > 1) {
        box.appendChild(el("div", "geoinc-note", f.title));
        state.categories = {};
        f.categories.forEach(function (name, k) {
          var row = el("label", "geoinc-row geoinc-filter-category");
          var cb = el("input");
          cb.type = "checkbox"; cb.checked = true;
          cb.setAttribute("data-category", name);
          var sw = el("span", "geoinc-swatch");
          sw.style.background = f.colours[k];
          L.DomEvent.on(cb, "change", function () {
            state.categories[k] = cb.checked;
            self._apply(state);
          });
          row.appendChild(cb); row.appendChild(sw); row.appendChild(el("span", null, name));
          box.appendChild(row);
        });
      }
      this._count = el("div", "geoinc-note geoinc-filter-count");
      box.appendChild(this._count);
      this._showCount(layer.n);
      return box;
    },
    _apply: function (state) {
      this._showCount(this._layer.setFilter(state));
    },
    _showCount: function (shown) {
      this._count.textContent = shown.toLocaleString("en-US") + " of " +
        this._layer.n.toLocaleString("en-US") + " incidents shown";
      this._count.setAttribute("data-shown", String(shown));
    }
  });
  L.geoincFilter = function (layer, options) { return new L.GeoincFilter(layer, options); };

  /* Hexagon aggregation: polygons on one canvas renderer, popups built as DOM. */
  L.geoincHexbin = function (d, options) {
    var renderer = L.canvas({padding: 0.2});
    var group = L.featureGroup();
    var q = d.q, n = d.n;
    var lat = new Int32Array(bytes(d.lat).buffer), lon = new Int32Array(bytes(d.lon).buffer);
    var count = numbers(d.count, n), killed = numbers(d.killed, n), injured = numbers(d.injured, n);
    var cls = numbers(d.cls, n);
    var corners = d.corners;  // [dlat, dlon] of the 6 corners in units of q
    for (var i = 0; i < n; i++) {
      var ring = [];
      for (var k = 0; k < 6; k++) {
        ring.push([(lat[i] + corners[k][0]) * q, (lon[i] + corners[k][1]) * q]);
      }
      var poly = L.polygon(ring, L.extend({renderer: renderer}, d.styles[cls[i]]));
      (function (j, p) {
        p.bindPopup(function () {
          var root = el("div", "geoinc-popup");
          root.appendChild(el("b", null, d.title));
          var table = el("table");
          [["Incidents", count[j]], ["Killed", killed[j]], ["Injured", injured[j]]].forEach(function (r) {
            var tr = el("tr");
            tr.appendChild(el("th", null, r[0]));
            tr.appendChild(el("td", null, isNaN(r[1]) ? "unknown" : fmtInt(r[1])));
            table.appendChild(tr);
          });
          root.appendChild(table);
          return root;
        });
      })(i, poly);
      group.addLayer(poly);
    }
    group.geoincCount = n;
    return group;
  };
})();
