// plotly.js-locales ships each locale as a CommonJS module (module.exports = {...}); this gives
// the locale script that follows a module to fill. charts.js registers it and removes the shim.
(function () {
  "use strict";
  window.module = { exports: {} };
})();
