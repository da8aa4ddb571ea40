// Charts of the provincial overview (Apache ECharts, served by the application).
(function () {
  'use strict';

  // bars lie down, so that names (units, 送温暖对象) are read on one line, cut with … only when very long
  function bar(element, data, color) {
    var chart = window.echarts.init(element);
    var names = Object.keys(data);
    chart.setOption({
      color: [color],
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      yAxis: { type: 'category', data: names, inverse: true,
               axisLabel: { interval: 0, width: 170, overflow: 'truncate' } },
      xAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: names.map(function (name) { return data[name]; }), label: { show: true, position: 'right' } }]
    });
    return chart;
  }

  function pie(element, data) {
    var chart = window.echarts.init(element);
    // the stage names stand in a legend beside the ring (labels around it were cut off at the edge)
    chart.setOption({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle', formatter: function (name) { return name + '  ' + data[name]; } },
      series: [{ type: 'pie', radius: ['38%', '70%'], center: ['30%', '50%'], label: { show: false },
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
