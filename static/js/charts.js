// Draws every chart on the page: each figure's JSON sits in a json_script block named by its
// container's data-figure attribute. No inline script, so the Content-Security-Policy holds.
(function () {
  "use strict";

  var script = document.currentScript;
  var config = {
    responsive: true,
    displayModeBar: false,
    displaylogo: false,
    // The world map's geography comes from our own static files, never from a CDN.
    topojsonURL: script ? script.getAttribute("data-topojson-url") : undefined,
  };

  function draw(container) {
    var source = document.getElementById(container.getAttribute("data-figure"));
    if (!source || !window.Plotly) {
      return;
    }
    var figure = JSON.parse(source.textContent);
    window.Plotly.newPlot(container, figure.data, figure.layout, config).then(function () {
      container.classList.add("is-drawn");
    });
  }

  function drawAll() {
    document.querySelectorAll("[data-figure]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
