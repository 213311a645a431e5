// Prints each report chart as a static image of the same figure. Once charts.js has drawn a
// chart, it is rendered once more by Plotly.toImage, as SVG at A4 text width, into an <img> that
// only the print stylesheet shows (it then hides the live plot). Why not swap on "beforeprint":
// browsers do not wait for asynchronous work in that handler (toImage returns a promise), so the
// first print would go out without its images, and headless Chromium's PDF rendering does not
// fire it at all. Why an image and not the live SVG: the live plot is laid out for the screen's
// width and would be cut at the page edge; the image scales to the page. SVG keeps it sharp.
(function () {
  "use strict";

  var PRINT_WIDTH = 680; // px: A4's 210 mm less 16 mm margins each side, at 96 px per inch

  function snapshot(plot) {
    if (plot.hasAttribute("data-print-image") || !window.Plotly) {
      return;
    }
    plot.setAttribute("data-print-image", "pending");
    var height = (plot._fullLayout && plot._fullLayout.height) || 340;
    window.Plotly.toImage(plot, { format: "svg", width: PRINT_WIDTH, height: height }).then(
      function (url) {
        var image = document.createElement("img");
        image.className = "chart-print";
        image.src = url;
        image.alt = plot.getAttribute("aria-label") || "";
        plot.parentNode.insertBefore(image, plot.nextSibling);
        plot.setAttribute("data-print-image", "ready");
      }
    );
  }

  function watch(plot) {
    if (plot.classList.contains("is-drawn")) {
      snapshot(plot);
      return;
    }
    var observer = new MutationObserver(function () {
      if (plot.classList.contains("is-drawn")) {
        observer.disconnect();
        snapshot(plot);
      }
    });
    observer.observe(plot, { attributes: true, attributeFilter: ["class"] });
  }

  function watchAll() {
    document.querySelectorAll(".report-chart .chart-plot").forEach(watch);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchAll);
  } else {
    watchAll();
  }
})();
