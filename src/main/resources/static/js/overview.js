// Charts of the provincial overview (Apache ECharts, served by the application).
(function () {
  'use strict';

  function bar(element, data, color) {
    var chart = window.echarts.init(element);
    var names = Object.keys(data);
    chart.setOption({
      color: [color],
      grid: { left: 48, right: 16, top: 16, bottom: 72 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 35 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: names.map(function (name) { return data[name]; }), label: { show: true, position: 'top' } }]
    });
    return chart;
  }

  function pie(element, data) {
    var chart = window.echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}\n{c}' },
                 data: Object.keys(data).map(function (name) { return { name: name, value: data[name] }; }) }]
    });
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var charts = document.getElementById('charts');
    if (!charts || !window.echarts) { return; }
    fetch(charts.getAttribute('data-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var drawn = [
          pie(document.getElementById('chart-stage'), data.byStage),
          bar(document.getElementById('chart-type'), data.byType, '#c0392b'),
          bar(document.getElementById('chart-category'), data.byCategory, '#2471a3'),
          bar(document.getElementById('chart-amount'), data.amountsByUnit, '#1e8449')
        ];
        charts.setAttribute('data-ready', 'true');
        window.addEventListener('resize', function () { drawn.forEach(function (chart) { chart.resize(); }); });
      });
  });
}());
