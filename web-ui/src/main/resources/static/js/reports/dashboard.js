// Draws the report charts from the data-chart attributes the server wrote (no inline script: strict CSP).
// Each chart: {kind: "line"|"bar", label, labels[], values[], target?, targetLabel?, links[]?}; a click on a
// point or bar opens the tickets behind it.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var accent = '#2b59c3';
  var target = '#b42318';

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = [{
      type: spec.kind,
      label: spec.label,
      data: spec.values,
      borderColor: accent,
      backgroundColor: spec.kind === 'bar' ? 'rgba(43, 89, 195, 0.55)' : 'rgba(43, 89, 195, 0.12)',
      pointRadius: spec.kind === 'line' ? 2 : 0,
      tension: 0.2,
      spanGaps: false
    }];
    if (spec.target !== undefined && spec.target !== null) {
      datasets.push({
        type: 'line',
        label: spec.targetLabel,
        data: spec.labels.map(function () { return spec.target; }),
        borderColor: target,
        borderDash: [6, 4],
        borderWidth: 1.5,
        pointRadius: 0,
        fill: false
      });
    }
    new Chart(canvas, {
      type: spec.kind,
      data: {labels: spec.labels, datasets: datasets},
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: document.documentElement.lang || undefined, // axis numbers in the page's language, not the browser's
        animation: false,
        plugins: {legend: {display: datasets.length > 1, labels: {boxWidth: 12}}},
        scales: {y: {beginAtZero: true}, x: {ticks: {maxRotation: 0, autoSkip: true}}},
        onClick: function (event, elements) {
          if (spec.links && elements.length > 0 && elements[0].datasetIndex === 0) {
            window.location.href = spec.links[elements[0].index];
          }
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
  });
}());
