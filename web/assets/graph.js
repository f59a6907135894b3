// Progressive enhancement of the office's network graph (/office/graph): zoom and pan by
// changing the SVG's viewBox (buttons, mouse wheel, dragging), and highlighting an
// association's ties while it is hovered or focused. The page works without this file.
(function () {
  "use strict";
  var svg = document.getElementById("graph-svg");
  var tools = document.getElementById("graph-tools");
  if (!svg || !tools || !svg.viewBox || !svg.viewBox.baseVal) return;
  var frame = svg.parentNode;
  var base = svg.viewBox.baseVal;
  var full = { x: base.x, y: base.y, w: base.width, h: base.height };
  var view = { x: full.x, y: full.y, w: full.w, h: full.h };

  function apply() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (n) { return n.toFixed(1); }).join(" "));
  }
  // Zooms by `factor` (< 1 zooms in) around the point (px, py) in drawing units.
  function zoom(factor, px, py) {
    var w = Math.min(full.w * 1.5, Math.max(full.w / 20, view.w * factor));
    var h = w * full.h / full.w;
    view.x = px - (px - view.x) * (w / view.w);
    view.y = py - (py - view.y) * (h / view.h);
    view.w = w;
    view.h = h;
    apply();
  }
  function toDrawing(event) {
    var box = svg.getBoundingClientRect();
    return { x: view.x + (event.clientX - box.left) / box.width * view.w, y: view.y + (event.clientY - box.top) / box.height * view.h };
  }

  tools.hidden = false;
  frame.classList.add("is-live");
  tools.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-zoom]");
    if (!button) return;
    var centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    if (button.dataset.zoom === "in") zoom(0.7, centre.x, centre.y);
    else if (button.dataset.zoom === "out") zoom(1 / 0.7, centre.x, centre.y);
    else { view = { x: full.x, y: full.y, w: full.w, h: full.h }; apply(); }
  });
  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    var p = toDrawing(event);
    zoom(event.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y);
  }, { passive: false });

  // Dragging moves the picture; a drag does not follow the link it started on.
  var drag = null;
  var dragged = false;
  svg.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y, id: event.pointerId };
    dragged = false;
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!dragged) { svg.setPointerCapture(drag.id); frame.classList.add("is-dragging"); }
    dragged = true;
    var box = svg.getBoundingClientRect();
    view.x = drag.vx - dx / box.width * view.w;
    view.y = drag.vy - dy / box.height * view.h;
    apply();
  });
  function endDrag() { drag = null; frame.classList.remove("is-dragging"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  svg.addEventListener("click", function (event) {
    if (dragged) { event.preventDefault(); dragged = false; }
  }, true);

  // Highlight: the hovered or focused association, its ties and its neighbours.
  var lines = svg.querySelectorAll(".ge");
  var nodes = svg.querySelectorAll(".gn");
  var ties = {};
  lines.forEach(function (line) {
    [line.dataset.a, line.dataset.b].forEach(function (i) { (ties[i] = ties[i] || []).push(line); });
  });
  function clear() {
    svg.classList.remove("is-focus");
    svg.querySelectorAll(".is-on").forEach(function (el) { el.classList.remove("is-on"); });
  }
  function highlight(node) {
    clear();
    var i = node.dataset.i;
    svg.classList.add("is-focus");
    node.classList.add("is-on");
    (ties[i] || []).forEach(function (line) {
      line.classList.add("is-on");
      var other = line.dataset.a === i ? line.dataset.b : line.dataset.a;
      if (nodes[other]) nodes[other].classList.add("is-on");
    });
  }
  nodes.forEach(function (node) {
    node.addEventListener("mouseenter", function () { highlight(node); });
    node.addEventListener("focus", function () { highlight(node); });
    node.addEventListener("mouseleave", clear);
    node.addEventListener("blur", clear);
  });
})();
