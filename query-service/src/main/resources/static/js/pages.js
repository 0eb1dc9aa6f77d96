// What the drawings on the pages share: fetching their JSON, and saying so in the figure when it
// cannot be drawn. Loaded as a file before map.js or network.js: the pages carry no inline script.
(function () {
  "use strict";

  function fetchJson(url, accept) {
    return fetch(url, { headers: { Accept: accept } }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
  }

  function failed(figure, what, error) {
    figure.classList.add("failed");
    var p = document.createElement("p");
    p.className = "drawing-problem";
    p.textContent = "The " + what + " could not be drawn: " + error.message;
    figure.appendChild(p);
  }

  // Fetches the figure's data-src as JSON and gives it to draw; on failure, says so in the figure.
  function drawFrom(figure, accept, draw, what) {
    return fetchJson(figure.getAttribute("data-src"), accept)
      .then(draw)
      .catch(function (error) {
        failed(figure, what, error);
      });
  }

  // The same for an answer that comes a page at a time ({page, pages, KEY: [...]}): fetches the
  // pages in turn, at most maxPages of them, and gives draw one answer whose KEY holds the items of
  // them all.
  function drawFromPages(figure, key, maxPages, draw, what) {
    var src = figure.getAttribute("data-src");
    var items = [];
    function page(number) {
      var url = src + (src.indexOf("?") >= 0 ? "&" : "?") + "page=" + number;
      return fetchJson(url, "application/json").then(function (answer) {
        items = items.concat(answer[key] || []);
        if (number < (answer.pages || 1) && number < maxPages) {
          return page(number + 1);
        }
        var all = {};
        all[key] = items;
        return all;
      });
    }
    return page(1)
      .then(draw)
      .catch(function (error) {
        failed(figure, what, error);
      });
  }

  window.hrcgPages = { drawFrom: drawFrom, drawFromPages: drawFromPages };
})();
