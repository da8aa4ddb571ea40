// Warm Aid portal: small progressive enhancements. Every page works without this script.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Accept': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  // countdown to the entry deadline in the top bar
  function countdown() {
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var left = new Date(el.getAttribute('data-deadline')).getTime() - Date.now();
      if (left <= 0) { el.textContent = '已截止'; return; }
      var minutes = Math.floor(left / 60000);
      var days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60), mins = minutes % 60;
      el.textContent = '剩余 ' + (days > 0 ? days + ' 天 ' : '') + hours + ' 小时 ' + mins + ' 分';
    });
  }

  // confirmations before deleting and submitting
  function confirmations() {
    document.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-confirm]');
      if (button && !window.confirm(button.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (form.hasAttribute('data-confirm') && !window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
    var all = document.getElementById('select-all');
    if (all) {
      all.addEventListener('change', function () {
        document.querySelectorAll('input[name="ids"]').forEach(function (box) { box.checked = all.checked; });
      });
    }
  }

  // family members: add and remove rows, keeping the names Spring binds (familyMembers[i].field)
  function familyRows() {
    var add = document.getElementById('add-family-member');
    var template = document.getElementById('family-row-template');
    var body = document.querySelector('#family-table tbody');
    if (!add || !template || !body) { return; }
    add.addEventListener('click', function () {
      var next = 0;
      body.querySelectorAll('input[name^="familyMembers["]').forEach(function (input) {
        var index = parseInt(input.name.substring(14), 10);
        if (index >= next) { next = index + 1; }
      });
      var row = template.content.firstElementChild.cloneNode(true);
      row.querySelectorAll('input[data-name]').forEach(function (input) {
        input.name = 'familyMembers[' + next + '].' + input.getAttribute('data-name');
        input.id = 'familyMembers' + next + '.' + input.getAttribute('data-name');
      });
      body.appendChild(row);
      row.querySelector('input').focus();
    });
    body.addEventListener('click', function (event) {
      var remove = event.target.closest('[data-remove-row]');
      if (remove) { remove.closest('tr').remove(); schedulePrecheck(); }
    });
  }

  // remaining characters of the hardship reason
  function counters() {
    document.querySelectorAll('[data-counter-for]').forEach(function (counter) {
      var field = document.getElementById(counter.getAttribute('data-counter-for'));
      var max = parseInt(counter.getAttribute('data-max'), 10);
      if (!field) { return; }
      var update = function () { counter.textContent = '已填 ' + field.value.length + ' / ' + max + ' 字'; };
      field.addEventListener('input', update);
      update();
    });
  }

  // live eligibility pre-check as the form is filled
  var timer = null;
  function schedulePrecheck() {
    var panel = document.getElementById('precheck');
    var form = document.getElementById('registration-form');
    if (!panel || !form) { return; }
    clearTimeout(timer);
    timer = setTimeout(function () { precheck(panel, form); }, 500);
  }

  function precheck(panel, form) {
    var data = new URLSearchParams(new FormData(form));
    // a registration that can no longer be edited has its fields disabled, which a form leaves out:
    // the pre-check still reads what is shown
    form.querySelectorAll('fieldset:disabled input, fieldset:disabled select, fieldset:disabled textarea').forEach(function (field) {
      if (!field.name || (field.type === 'checkbox' || field.type === 'radio') && !field.checked) { return; }
      data.append(field.name, field.value);
    });
    data.delete('_csrf');
    fetch(panel.getAttribute('data-url'), { method: 'POST', headers: csrfHeaders(), body: data, credentials: 'same-origin' })
      .then(function (response) { return response.json().then(function (json) { return { ok: response.ok, json: json }; }); })
      .then(function (result) { render(result.ok ? result.json : null, result.ok ? null : result.json); })
      .catch(function () { render(null, { errors: [{ message: '暂时无法预审，请稍后再试' }] }); });
  }

  function render(result, problem) {
    var body = document.getElementById('precheck-body');
    body.textContent = '';
    var add = function (tag, text, className) {
      var el = document.createElement(tag);
      el.textContent = text;
      if (className) { el.className = className; }
      body.appendChild(el);
      return el;
    };
    if (problem) {
      add('p', (problem.errors && problem.errors[0] && problem.errors[0].message) || '暂时无法预审', 'bad');
      return;
    }
    if (!result.complete) {
      add('p', result.explanation, 'muted');
      return;
    }
    add('p', result.eligible ? '预审：符合资助条件' : '预审：不符合资助条件', 'verdict ' + (result.eligible ? 'ok' : 'bad'));
    if (result.eligible && result.suggestedAidAmount) { add('p', '默认资助金额 ' + result.suggestedAidAmount + ' 元（以审定为准）'); }
    add('p', result.explanation, 'explanation');
    if (result.requiredDocuments && result.requiredDocuments.length) {
      add('p', '应附佐证材料：' + result.requiredDocuments.map(function (d) { return d.ruleText; }).join('；'), 'muted');
    }
  }

  // once a field with an error is changed, its message goes away
  function clearErrorsOnEdit() {
    document.addEventListener('input', function (event) {
      var field = event.target.closest('.field.has-error');
      if (field) {
        field.classList.remove('has-error');
        field.querySelectorAll('.error').forEach(function (error) { error.hidden = true; });
      }
    });
  }

  function precheckTriggers() {
    var form = document.getElementById('registration-form');
    if (!form || !document.getElementById('precheck')) { return; }
    form.addEventListener('input', schedulePrecheck);
    form.addEventListener('change', schedulePrecheck);
    if (form.querySelector('#householdSize') && form.querySelector('#householdSize').value) { schedulePrecheck(); }
  }

  // 显示完整号码: fetched on request only (each look is audited)
  function revealNumbers() {
    var button = document.getElementById('reveal-numbers');
    if (!button) { return; }
    button.addEventListener('click', function () {
      fetch(button.getAttribute('data-reveal-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (numbers) {
          var cells = document.querySelectorAll('[data-number]');
          if (cells.length) {
            cells.forEach(function (cell) { cell.textContent = numbers[cell.getAttribute('data-number')]; });
          } else {
            document.getElementById('revealed-numbers').textContent =
              '身份证号码 ' + numbers.idNumber + '，银行卡号 ' + numbers.bankCardNumber + '，电话 ' + numbers.phone;
          }
          button.disabled = true;
        });
    });
  }

  // the print pages' button (the browser's own 打印 works too)
  function printButtons() {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    printButtons();
    revealNumbers();
    countdown();
    setInterval(countdown, 30000);
    confirmations();
    familyRows();
    counters();
    clearErrorsOnEdit();
    precheckTriggers();
  });
}());
