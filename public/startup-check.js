// Says plainly what is wrong when the app cannot start: no WebAssembly, or a module that failed
// to load. Runs before the app; the app marks <html data-app="ready"> once it is mounted.
(function () {
  "use strict";
  // The saved theme, applied before the first paint so a dark-mode user never sees a flash.
  try {
    var theme = JSON.parse(localStorage.getItem("partner-blueprint/theme") || "null");
    if (theme === "light" || theme === "dark") {
      document.documentElement.setAttribute("data-theme", theme);
    }
  } catch (e) {
    // No storage, or an unreadable value: follow the system.
  }
  function show(message) {
    var status = document.getElementById("startup-status");
    if (!status || document.documentElement.getAttribute("data-app") === "ready") return;
    status.textContent = message;
    status.className = "startup-error";
    status.setAttribute("role", "alert");
  }
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    window.addEventListener("DOMContentLoaded", function () {
      show(
        "Partner Blueprint needs WebAssembly, which this browser has turned off or does not " +
          "support. Open this page in a current Chrome, Edge, Firefox or Safari, or ask your " +
          "administrator to allow WebAssembly."
      );
    });
    return;
  }
  var failed = function () {
    show(
      "Partner Blueprint could not start: its files did not load completely. Check your " +
        "connection and reload the page. Your saved designs are kept in this browser."
    );
  };
  window.addEventListener("unhandledrejection", failed);
  // Any uncaught error before the app is ready means it did not start: a file that failed to
  // load, or a module that threw while starting.
  window.addEventListener("error", failed, true);
  window.addEventListener("load", function () {
    setTimeout(function () {
      if (document.documentElement.getAttribute("data-app") !== "ready") failed();
    }, 15000);
  });
  // Offline use after the first visit: the service worker keeps the app's files.
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("./sw.js").catch(function () {
        // Without it the app still works online; nothing to tell the user.
      });
    });
  }
})();
