/* geoinc map runtime: draws incident symbols, areas, clusters and the time slider.
 * Data arrive as JSON (never as JS source); popup and tooltip strings are HTML that
 * geoinc escaped in Python. Text shown by controls is set with textContent. */
(function () {
  "use strict";
  var G = (window.geoinc = window.geoinc || {});
  if (G.drawIncidents) { return; }

  // popups pan clear of the title (top) and the legends (bottom right)
  var POPUP = {maxWidth: 360, autoPanPaddingTopLeft: [20, 56], autoPanPaddingBottomRight: [20, 20]};
  G.popupOptions = POPUP;

  function offsetLatLng(map, lat, lon, dx, dy) {
    if (!dx && !dy) { return L.latLng(lat, lon); }
    var p = map.latLngToLayerPoint([lat, lon]).add(L.point(dx, dy));
    return map.layerPointToLatLng(p);
  }

  /* One incident as a feature group of circle markers (halo, ring, main). */
  function incidentLayer(map, rec, styles) {
    var group = L.featureGroup();
    var parts = [];
    var leader = null;
    if (rec.dx || rec.dy) {
      leader = L.polyline([[rec.lat, rec.lon], [rec.lat, rec.lon]], {
        color: "#444", weight: 1, opacity: 0.7, interactive: false, className: "geoinc-leader"
      });
      group.addLayer(leader);
    }
    for (var i = 0; i < rec.parts.length; i++) {
      var part = rec.parts[i];  // [css class, radius, style index]
      var opts = L.extend({}, styles[part[2]], {
        radius: part[1],
        className: "geoinc-" + part[0],
        interactive: part[0] !== "halo"
      });
      var cm = L.circleMarker([rec.lat, rec.lon], opts);
      parts.push(cm);
      group.addLayer(cm);
    }
    if (rec.popup) { group.bindPopup(rec.popup, POPUP); }
    if (rec.tooltip) { group.bindTooltip(rec.tooltip, {sticky: true}); }
    group.geoincPlace = function () {
      var ll = offsetLatLng(map, rec.lat, rec.lon, rec.dx, rec.dy);
      for (var j = 0; j < parts.length; j++) { parts[j].setLatLng(ll); }
      if (leader) { leader.setLatLngs([[rec.lat, rec.lon], ll]); }
    };
    group.geoincRecord = rec;
    return group;
  }

  /* Draw records into `target` (a feature group). Returns [{rec, layer}]. */
  G.drawIncidents = function (map, target, data) {
    var items = [];
    var offsets = [];
    for (var i = 0; i < data.records.length; i++) {
      var rec = data.records[i];
      var layer = incidentLayer(map, rec, data.styles);
      items.push({rec: rec, layer: layer});
      target.addLayer(layer);
      if (rec.dx || rec.dy) { offsets.push(layer); }
    }
    if (offsets.length) {
      var place = function () {
        for (var k = 0; k < offsets.length; k++) { offsets[k].geoincPlace(); }
      };
      map.on("zoomend viewreset", place);
      map.whenReady(place);
    }
    return items;
  };

  /* Clusters sized by total casualties (sum of the markers' weights). */
  G.clusterIcon = function (scale) {
    return function (cluster) {
      var children = cluster.getAllChildMarkers();
      var total = 0, known = 0;
      for (var i = 0; i < children.length; i++) {
        var w = children[i].options.geoincWeight;
        if (w !== null && w !== undefined) { total += w; known += 1; }
      }
      var r = scale.max_radius * Math.sqrt(total / scale.max_count);
      r = Math.max(scale.min_radius, Math.min(scale.max_radius, r));
      var d = Math.round(2 * r);
      var div = document.createElement("div");
      div.className = "geoinc-cluster";
      div.style.cssText = "font:600 11px system-ui,sans-serif;box-sizing:border-box;" +
        "width:" + d + "px;height:" + d + "px;line-height:" + (d - 4) + "px;" +
        "border-radius:50%;background:rgba(213,94,0,0.55);border:2px solid #D55E00;" +
        "color:#111;text-align:center;";
      div.textContent = String(total);
      div.title = children.length + " incidents, " + total + " killed and injured" +
        (known < children.length ? " (" + (children.length - known) + " with unknown counts)" : "");
      div.setAttribute("data-total", String(total));
      div.setAttribute("data-count", String(children.length));
      return L.divIcon({html: div, className: "geoinc-cluster-icon", iconSize: L.point(d, d)});
    };
  };

  G.drawClusters = function (map, target, data) {
    var items = [];
    for (var i = 0; i < data.records.length; i++) {
      var rec = data.records[i];
      var part = rec.parts[rec.parts.length - 1];
      var opts = L.extend({}, data.styles[part[2]], {
        radius: part[1], className: "geoinc-" + part[0], geoincWeight: rec.w
      });
      var cm = L.circleMarker([rec.lat, rec.lon], opts);
      if (rec.popup) { cm.bindPopup(rec.popup, POPUP); }
      if (rec.tooltip) { cm.bindTooltip(rec.tooltip, {sticky: true}); }
      items.push(cm);
    }
    target.addLayers(items);
    return items;
  };

  /* Polygons (choropleth or hexagons); fill colours and escaped tooltips in properties. */
  G.drawAreas = function (map, target, data) {
    var layer = L.geoJSON(data.geojson, {
      style: function (f) {
        return {
          color: data.stroke || "#555", weight: 0.8, opacity: 0.9,
          fillColor: f.properties.fill, fillOpacity: data.fill_opacity || 0.7,
          className: "geoinc-area"
        };
      },
      onEachFeature: function (f, l) {
        if (f.properties.tooltip) { l.bindTooltip(f.properties.tooltip, {sticky: true}); }
        if (f.properties.popup) { l.bindPopup(f.properties.popup, POPUP); }
      }
    });
    target.addLayer(layer);
    return layer;
  };

  /* A slider over time periods that shows the incidents of the chosen period. */
  G.timeSlider = function (map, target, items, opts) {
    var steps = opts.steps;  // [[start ms, end ms, label], ...]
    var ctl = L.control({position: opts.position || "bottomleft"});
    var state = {index: steps.length - 1, timer: null};
    var box, input, label, count, play;
    function visible(rec, step) {
      if (rec.t0 === null || rec.t0 === undefined) { return false; }
      if (opts.mode === "period") { return rec.t0 <= step[1] && rec.t1 >= step[0]; }
      return rec.t0 <= step[1];
    }
    function update() {
      var step = steps[state.index];
      var n = 0;
      for (var i = 0; i < items.length; i++) {
        var show = step ? visible(items[i].rec, step) : false;
        var has = target.hasLayer(items[i].layer);
        if (show && !has) { target.addLayer(items[i].layer); }
        if (!show && has) { target.removeLayer(items[i].layer); }
        if (show) { n += 1; }
      }
      if (label) {
        label.textContent = step ? (opts.mode === "period" ? step[2] : "up to " + step[2]) : "";
        count.textContent = n + " of " + items.length + " incidents shown" +
          (opts.undated ? "; " + opts.undated + " without a date not shown" : "");
        box.setAttribute("data-visible", String(n));
        box.setAttribute("data-index", String(state.index));
      }
    }
    ctl.onAdd = function () {
      box = L.DomUtil.create("div", "geoinc-time");
      var title = document.createElement("div");
      title.style.fontWeight = "600";
      title.textContent = opts.title || "Time";
      box.appendChild(title);
      input = document.createElement("input");
      input.type = "range"; input.min = "0"; input.max = String(Math.max(steps.length - 1, 0));
      input.step = "1"; input.value = String(state.index);
      input.className = "geoinc-time-range";
      box.appendChild(input);
      var row = document.createElement("div");
      play = document.createElement("button");
      play.type = "button"; play.textContent = "▶"; play.className = "geoinc-time-play";
      label = document.createElement("span");
      label.className = "geoinc-time-label"; label.style.marginLeft = "6px";
      row.appendChild(play); row.appendChild(label);
      box.appendChild(row);
      count = document.createElement("div");
      count.className = "geoinc-time-count"; count.style.color = "#555";
      box.appendChild(count);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      input.addEventListener("input", function () {
        state.index = parseInt(input.value, 10) || 0; update();
      });
      play.addEventListener("click", function () {
        if (state.timer) {
          clearInterval(state.timer); state.timer = null; play.textContent = "▶"; return;
        }
        if (state.index >= steps.length - 1) { state.index = 0; }
        play.textContent = "❚❚";
        state.timer = setInterval(function () {
          input.value = String(state.index); update();
          if (state.index >= steps.length - 1) {
            clearInterval(state.timer); state.timer = null; play.textContent = "▶"; return;
          }
          state.index += 1;
        }, opts.interval_ms || 700);
      });
      return box;
    };
    ctl.addTo(map);
    target.on("add", function () { if (box) { box.style.display = ""; } });
    target.on("remove", function () { if (box) { box.style.display = "none"; } });
    update();
    return ctl;
  };

  /* A title centred at the top of the map (text only). */
  G.title = function (map, text) {
    var div = document.createElement("div");
    div.className = "geoinc-title";
    div.textContent = text;
    map.getContainer().appendChild(div);
    return div;
  };
})();
