/* Coordinator dashboard: draws the charts with Chart.js (vendored) from the JSON the server put in the page.
   No inline script (the console's CSP is script-src 'self'); labels are only ever set as text by Chart.js. */
(function () {
  "use strict";
  var source = document.getElementById("trend-data");
  if (!source || !window.Chart) return;
  var page = JSON.parse(source.textContent);
  var figures = page.figures, order = page.order, labels = page.labels, texts = page.texts;

  // Colour-blind-safe palette (Okabe–Ito, then Tol's muted), enough for every dimension's values.
  var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"];
  // Time to action: green within, red late, grey open; darker for the 24-hour standard, lighter for 5 days.
  var TIMING = {
    "24h": { within: "#117733", late: "#882255", open: "#888888" },
    "5wd": { within: "#44AA99", late: "#CC6677", open: "#CCCCCC" }
  };

  Chart.defaults.animation = false; // the figures are what matter; also makes screenshots and tests stable
  Chart.defaults.font.family = "system-ui, sans-serif";
  Chart.defaults.maintainAspectRatio = false;

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas) return;
    new Chart(canvas, config);
    canvas.setAttribute("data-drawn", "true");
  }

  function integerAxis(stacked) {
    return {
      x: { stacked: stacked },
      y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
    };
  }

  draw("chart-total", {
    type: "bar",
    data: { labels: figures.periods, datasets: [{ label: texts.total, data: figures.total, backgroundColor: PALETTE[0] }] },
    options: { scales: integerAxis(false), plugins: { legend: { display: false } } }
  });

  Object.keys(order.by).forEach(function (dimension) {
    var series = figures.by[dimension];
    var names = labels[dimension] || {};
    var datasets = order.by[dimension].map(function (value, i) {
      return { label: names[value] || value, data: series[value], backgroundColor: PALETTE[i % PALETTE.length] };
    });
    draw("chart-" + dimension, {
      type: "bar",
      data: { labels: figures.periods, datasets: datasets },
      options: { scales: integerAxis(true), plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } } }
    });
  });

  var timing = figures.time_to_action.series;
  var actionSets = [];
  order.timing.forEach(function (pair) {
    var standard = pair[0];
    pair[1].forEach(function (status) {
      actionSets.push({
        label: labels.timing[standard] + ": " + labels.timing[status],
        data: timing[standard][status],
        stack: standard,
        backgroundColor: TIMING[standard][status]
      });
    });
  });
  draw("chart-action", {
    type: "bar",
    data: { labels: figures.periods, datasets: actionSets },
    options: { scales: integerAxis(true), plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } } }
  });

  var outcomeSets = order.outcomes.map(function (name, i) {
    return { label: labels.outcome[name] || name, data: figures.outcomes[name], backgroundColor: PALETTE[i % PALETTE.length] };
  });
  draw("chart-outcomes", {
    type: "bar",
    data: { labels: figures.periods, datasets: outcomeSets },
    options: { scales: integerAxis(false), plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } } }
  });
})();
