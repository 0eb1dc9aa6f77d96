// The home page's query editor: YASGUI on this service's SPARQL endpoint, with the example
// questions in a picklist. Loaded as a file, so that the page needs no inline script.
(function () {
  "use strict";

  var root = document.getElementById("yasgui");
  var picker = document.getElementById("example");
  var description = document.getElementById("example-description");
  if (!root || typeof window.Yasgui !== "function") {
    return;
  }
  var Yasgui = window.Yasgui;
  var endpoint = new URL(root.getAttribute("data-endpoint"), window.location.href).href;

  // YASQE's prefix, property and class autocompleters call public services (prefix.cc, LOV).
  // Keep only the one that reads the query itself. Both defaults are set because YASGUI merges
  // arrays index by index, so a shorter list passed as configuration would not replace them.
  var completers = ["variables"];
  Yasgui.Yasqe.defaults.autocompleters = completers.slice();
  Yasgui.defaults.yasqe.autocompleters = completers.slice();

  function tabName(title) {
    return title.length > 40 ? title.substring(0, 39) + "\u2026" : title;
  }

  // YASGUI's controls carry no label: the query editor's text area, the endpoint field and the
  // field that renames a tab. Name them, in every tab, also in tabs opened later.
  var labels = [
    [".CodeMirror textarea", "SPARQL query"],
    ["input.autocomplete", "SPARQL endpoint"],
    [".tabsList a[role=tab] input", "Tab name"]
  ];

  function labelControls() {
    labels.forEach(function (entry) {
      root.querySelectorAll(entry[0]).forEach(function (control) {
        if (!control.hasAttribute("aria-label")) {
          control.setAttribute("aria-label", entry[1]);
        }
      });
    });
  }

  function start(examples) {
    var first = examples.length > 0 ? examples[0] : null;
    var yasgui = new Yasgui(root, {
      requestConfig: { endpoint: endpoint },
      // Only this endpoint: the default catalogue lists public ones the page may not reach.
      endpointCatalogueOptions: {
        getData: function () {
          return [{ endpoint: endpoint }];
        },
      },
      copyEndpointOnNewTab: true,
      // Each visit starts afresh from the examples, not from an old session's tabs.
      persistenceId: null,
      tabName: first ? tabName(first.title) : "Query",
      yasqe: first ? { value: first.query } : {},
    });
    labelControls();
    new MutationObserver(labelControls).observe(root, { childList: true, subtree: true });
    root.setAttribute("data-ready", "true");
    window.hrcgYasgui = yasgui;
    if (!picker) {
      return;
    }
    picker.addEventListener("change", function () {
      var chosen = null;
      for (var i = 0; i < examples.length; i++) {
        if (examples[i].name === picker.value) {
          chosen = examples[i];
        }
      }
      if (!chosen) {
        description.textContent = "";
        return;
      }
      description.textContent = chosen.description;
      yasgui.addTab(
        true,
        {
          name: tabName(chosen.title),
          yasqe: { value: chosen.query },
          requestConfig: { endpoint: endpoint },
        },
        { avoidDuplicateTabs: true }
      );
    });
  }

  fetch(root.getAttribute("data-examples"), { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("examples: HTTP " + response.status);
      }
      return response.json();
    })
    .then(start, function (error) {
      console.warn("no example queries:", error);
      start([]);
    });
})();
