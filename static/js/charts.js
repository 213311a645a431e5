// Draws every chart on the page: each figure's JSON sits in a json_script block named by its
// container's data-figure attribute. No inline script, so the Content-Security-Policy holds.
(function () {
  "use strict";

  var script = document.currentScript;
  var locale = script ? script.getAttribute("data-locale") : "";
  var separators = script ? script.getAttribute("data-separators") : "";
  // The page's plotly.js locale (loaded before this script through plotly-locale-module.js).
  if (locale && window.module && window.module.exports && window.Plotly) {
    window.Plotly.register(window.module.exports);
  }
  delete window.module;
  var config = {
    responsive: true,
    displayModeBar: false,
    displaylogo: false,
    // The world map's geography comes from our own static files, never from a CDN.
    topojsonURL: script ? script.getAttribute("data-topojson-url") : undefined,
  };
  if (locale) {
    config.locale = locale;
  }

  function draw(container) {
    var source = document.getElementById(container.getAttribute("data-figure"));
    if (!source || !window.Plotly) {
      return;
    }
    var figure = JSON.parse(source.textContent);
    if (separators) {
      // Decimal mark then thousands separator, as the page's locale writes numbers.
      figure.layout.separators = separators;
    }
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
