// The network of inspirations: /api/inspirations, every page of it, drawn with d3-force. Practices are small circles,
// territories larger ones; an arrow goes from the practice that inspired to what it inspired, and a
// thin line joins each practice to its territory. The layout is computed before it is drawn (no
// animation), and every node is a link to its page. Loaded as a file: no inline script.
(function () {
  "use strict";

  var figure = document.getElementById("network");
  if (!figure || typeof window.d3 === "undefined" || !window.hrcgPages) {
    return;
  }
  var d3 = window.d3;
  var linkBase = figure.getAttribute("data-link") || "/territories/";
  var lang = figure.getAttribute("data-lang");
  var width = 960;
  var height = 560;

  function territoryPage(slug) {
    return linkBase + encodeURIComponent(slug) + (lang ? "?lang=" + encodeURIComponent(lang) : "");
  }

  function localPage(iri) {
    // Our resources' pages are served under /id/ on this host, whatever the base of their IRIs;
    // another http(s) IRI is linked as it is, and anything else (javascript:) not at all.
    var at = iri.indexOf("/id/");
    if (/^https?:\/\//i.test(iri)) {
      return at >= 0 ? iri.substring(at) : iri;
    }
    return null;
  }

  function graph(answer) {
    var nodes = new Map();
    var links = [];
    function node(end) {
      if (!nodes.has(end.iri)) {
        nodes.set(end.iri, {
          id: end.iri,
          label: end.label,
          kind: end.kind,
          href: end.kind === "territory" ? territoryPage(end.slug) : localPage(end.iri)
        });
      }
      var n = nodes.get(end.iri);
      if (end.kind === "practice" && end.territory) {
        var t = node({
          iri: end.territory.iri,
          slug: end.territory.slug,
          label: end.territory.label,
          kind: "territory"
        });
        var key = n.id + " " + t.id;
        if (!links.some(function (l) { return l.key === key; })) {
          links.push({ key: key, source: n.id, target: t.id, kind: "in" });
        }
      }
      return n;
    }
    (answer.inspirations || []).forEach(function (link) {
      var from = node(link.from);
      var to = node(link.to);
      links.push({ key: from.id + " > " + to.id, source: from.id, target: to.id, kind: "inspired" });
    });
    return { nodes: Array.from(nodes.values()), links: links };
  }

  function draw(answer) {
    var g = graph(answer);
    if (g.nodes.length === 0) {
      figure.setAttribute("data-drawn", "0");
      return;
    }
    var simulation = d3
      .forceSimulation(g.nodes)
      .force("link", d3.forceLink(g.links).id(function (d) { return d.id; })
        .distance(function (l) { return l.kind === "in" ? 50 : 110; }))
      .force("charge", d3.forceManyBody().strength(-260))
      .force("collide", d3.forceCollide(22))
      .force("x", d3.forceX(width / 2).strength(0.05))
      .force("y", d3.forceY(height / 2).strength(0.08))
      .stop();
    for (var i = 0; i < 400; i++) {
      simulation.tick();
    }
    // The drawing's box: the nodes and room for their labels.
    var minX = d3.min(g.nodes, function (n) { return n.x; }) - 30;
    var maxX = d3.max(g.nodes, function (n) { return n.x; }) + 260;
    var minY = d3.min(g.nodes, function (n) { return n.y; }) - 30;
    var maxY = d3.max(g.nodes, function (n) { return n.y; }) + 30;
    var box = [minX, minY, Math.max(480, maxX - minX), Math.max(240, maxY - minY)];

    var svg = d3
      .select(figure)
      .insert("svg", "figcaption")
      .attr("viewBox", box.join(" "))
      .attr("class", "network-drawing")
      .attr("aria-label", figure.getAttribute("data-label") || "Network");
    svg
      .append("defs")
      .append("marker")
      .attr("id", "arrow")
      .attr("viewBox", "0 -5 10 10")
      .attr("refX", 20)
      .attr("markerWidth", 7)
      .attr("markerHeight", 7)
      .attr("orient", "auto")
      .append("path")
      .attr("d", "M0,-5L10,0L0,5");
    svg
      .append("g")
      .attr("class", "links")
      .selectAll("line")
      .data(g.links)
      .enter()
      .append("line")
      .attr("class", function (l) { return "link " + l.kind; })
      .attr("marker-end", function (l) { return l.kind === "inspired" ? "url(#arrow)" : null; })
      .attr("x1", function (l) { return l.source.x; })
      .attr("y1", function (l) { return l.source.y; })
      .attr("x2", function (l) { return l.target.x; })
      .attr("y2", function (l) { return l.target.y; });
    var nodes = svg
      .append("g")
      .attr("class", "nodes")
      .selectAll("a")
      .data(g.nodes)
      .enter()
      .append("a")
      .attr("class", function (n) { return "node " + n.kind; })
      .attr("href", function (n) { return n.href; })
      .attr("aria-label", function (n) { return n.label; })
      .attr("transform", function (n) { return "translate(" + n.x + "," + n.y + ")"; });
    nodes.append("circle").attr("r", function (n) { return n.kind === "territory" ? 10 : 6; });
    nodes.append("title").text(function (n) { return n.label; });
    nodes
      .append("text")
      .attr("x", 12)
      .attr("y", 4)
      .text(function (n) {
        return n.label.length > 42 ? n.label.substring(0, 41) + "\u2026" : n.label;
      });
    figure.setAttribute("data-drawn", String(g.nodes.length));
  }

  // The links come a page at a time (data-src asks for large pages): at most MAX_PAGES of them are
  // drawn, which is more than a drawing can show legibly anyway.
  var MAX_PAGES = 20;
  window.hrcgPages.drawFromPages(figure, "inspirations", MAX_PAGES, draw, "network");
})();
