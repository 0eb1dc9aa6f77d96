// The map of territories: the GeoJSON of /api/geo/territories drawn with d3-geo, offline (a sphere,
// a graticule and one point a territory, sized by its number of practices, each a link to the
// territory's page). The whole world in the Equal Earth projection; on a territory's page, a globe
// turned to it. Loaded as a file: the pages carry no inline script.
(function () {
  "use strict";

  var figure = document.getElementById("map");
  if (!figure || typeof window.d3 === "undefined" || !window.hrcgPages) {
    return;
  }
  var d3 = window.d3;
  var highlight = figure.getAttribute("data-highlight");
  var linkBase = figure.getAttribute("data-link") || "/territories/";
  var lang = figure.getAttribute("data-lang");
  var width = highlight ? 420 : 960;
  var height = highlight ? 420 : 480;

  function pageOf(slug) {
    return linkBase + encodeURIComponent(slug) + (lang ? "?lang=" + encodeURIComponent(lang) : "");
  }

  function practicesText(count) {
    // The figure carries the translated pattern's three forms as data-practices: none|one|many.
    var pattern = figure.getAttribute("data-practices") || "";
    var forms = pattern.match(/0#([^|]*)\|1#([^|]*)\|1<(.*)\}$/);
    if (!forms) {
      return String(count);
    }
    var form = count === 0 ? forms[1] : count === 1 ? forms[2] : forms[3];
    return form.replace(/\{0,number,integer\}/, String(count));
  }

  function draw(geo) {
    var features = (geo.features || []).filter(function (f) {
      return f.geometry && f.geometry.type === "Point";
    });
    var focus = null;
    features.forEach(function (f) {
      if (highlight && f.properties.slug === highlight) {
        focus = f;
      }
    });
    var projection;
    if (focus) {
      var c = focus.geometry.coordinates;
      projection = d3.geoOrthographic().rotate([-c[0], -c[1]]);
    } else {
      projection = d3.geoEqualEarth();
    }
    projection.fitExtent([[6, 6], [width - 6, height - 6]], { type: "Sphere" });
    var path = d3.geoPath(projection);
    var centre = projection.invert([width / 2, height / 2]);

    var svg = d3
      .select(figure)
      .insert("svg", "figcaption")
      .attr("viewBox", "0 0 " + width + " " + height)
      .attr("class", "map-drawing")
      .attr("aria-label", figure.getAttribute("data-label") || "Map");
    var world = svg.append("g").attr("class", "world");
    world.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
    world.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));

    var largest = d3.max(features, function (f) {
      return f.properties.practices;
    }) || 1;
    var radius = d3.scaleSqrt().domain([1, largest]).range([4, 14]);
    var visible = features.filter(function (f) {
      // On a globe, only the near side.
      return !focus || d3.geoDistance(f.geometry.coordinates, centre) < Math.PI / 2;
    });
    visible.sort(function (a, b) {
      return b.properties.practices - a.properties.practices;
    });
    var markers = world
      .selectAll("a.marker")
      .data(visible)
      .enter()
      .append("a")
      .attr("class", function (f) {
        return "marker" + (focus && f === focus ? " highlight" : "");
      })
      .attr("href", function (f) {
        return pageOf(f.properties.slug);
      })
      .attr("aria-label", function (f) {
        return f.properties.label + ", " + practicesText(f.properties.practices);
      })
      .attr("transform", function (f) {
        var p = projection(f.geometry.coordinates);
        return "translate(" + p[0] + "," + p[1] + ")";
      });
    markers
      .append("circle")
      .attr("r", function (f) {
        return radius(Math.max(1, f.properties.practices));
      });
    markers.append("title").text(function (f) {
      return f.properties.label + " (" + practicesText(f.properties.practices) + ")";
    });
    if (visible.length <= 40 || focus) {
      markers
        .filter(function (f) {
          return !focus || f === focus || visible.length <= 15;
        })
        .append("text")
        .attr("x", function (f) {
          return radius(Math.max(1, f.properties.practices)) + 3;
        })
        .attr("y", 4)
        .text(function (f) {
          return f.properties.label;
        });
    }

    if (!focus) {
      // Zoom and pan; the points keep their size.
      svg.call(
        d3
          .zoom()
          .scaleExtent([1, 12])
          .translateExtent([[0, 0], [width, height]])
          .on("zoom", function (event) {
            world.attr("transform", event.transform);
            markers.select("circle").attr("r", function (f) {
              return radius(Math.max(1, f.properties.practices)) / event.transform.k;
            });
            markers.select("text").attr("font-size", 12 / event.transform.k);
          })
      );
    }
    figure.setAttribute("data-drawn", String(visible.length));
  }

  window.hrcgPages.drawFrom(figure, "application/geo+json", draw, "map");
})();
