// A report figure's tooltip shows on hover and focus by CSS alone; this only lets Escape hide
// it again without moving focus or the pointer (WCAG 1.4.13, content on hover or focus).
(function () {
  "use strict";

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    document
      .querySelectorAll(".report-figure:hover, .report-figure:focus-within")
      .forEach(function (figure) {
        figure.classList.add("tip-dismissed");
      });
  });

  function restore(event) {
    var figure = event.target.closest && event.target.closest(".report-figure");
    if (figure) {
      figure.classList.remove("tip-dismissed");
    }
  }

  document.addEventListener("focusout", restore);
  document.addEventListener("mouseout", restore);
})();
