// What the drawings on the pages share: fetching their JSON, and saying so in the figure when it
// cannot be drawn. Loaded as a file before map.js or network.js: the pages carry no inline script.
(function () {
  "use strict";

  // Fetches the figure's data-src as JSON and gives it to draw; on failure, says so in the figure.
  function drawFrom(figure, accept, draw, what) {
    return fetch(figure.getAttribute("data-src"), { headers: { Accept: accept } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(draw)
      .catch(function (error) {
        figure.classList.add("failed");
        var p = document.createElement("p");
        p.className = "drawing-problem";
        p.textContent = "The " + what + " could not be drawn: " + error.message;
        figure.appendChild(p);
      });
  }

  window.hrcgPages = { drawFrom: drawFrom };
})();
