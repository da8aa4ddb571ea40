// 规则管理: the decision table in the bpmn.io editor (dmn-js, served by the application), and what the
// page asks the server about the draft: the case table, the checks, an ad-hoc case, the impact
// preview, the deployment. Nothing is deployed but by the 部署 button.
(function () {
  'use strict';

  var page = document.getElementById('workbench');
  var key = page.getAttribute('data-key');
  var api = page.getAttribute('data-api');
  var baseVersion = parseInt(page.getAttribute('data-base-version'), 10);
  var modeler;

  // CSP violations are kept on the page, so that a test (or a curious analyst) can see them
  var violations = [];
  document.addEventListener('securitypolicyviolation', function (event) {
    violations.push(event.violatedDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || ''));
    page.setAttribute('data-csp-violations', violations.join('\n'));
  });

  // CodeMirror (the editor's FEEL fields) writes its generated base styles into a <style> element, which
  // style-src 'self' refuses; its rules (class names starting with ͼ) are given to the page as a
  // constructed style sheet instead. Nothing else of an inline <style> is taken over.
  function adoptGeneratedStyles() {
    if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet === 'undefined') { return; }
    var sheets = new Map();
    var generated = /^\.ͼ[0-9a-z]+/;
    function mirror(tag) {
      var rules = (tag.textContent || '').split('\n').filter(function (rule) { return generated.test(rule); });
      var sheet = sheets.get(tag);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheets.set(tag, sheet);
        document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
      }
      sheet.replaceSync(rules.join('\n'));
    }
    new MutationObserver(function () {
      document.querySelectorAll('head style').forEach(mirror);
    }).observe(document.head, { childList: true, subtree: true, characterData: true });
  }
  adoptGeneratedStyles();

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Accept': 'application/json', 'Content-Type': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function translate(template, replacements) {
    var words = window.WarmAidDmnZh || {};
    var text = Object.prototype.hasOwnProperty.call(words, template) ? words[template] : template;
    return text.replace(/{([^}]+)}/g, function (all, name) {
      return replacements && Object.prototype.hasOwnProperty.call(replacements, name) ? replacements[name] : all;
    });
  }

  function status(text) {
    document.getElementById('editor-status').textContent = text;
  }

  function showErrors(messages) {
    var box = document.getElementById('draft-errors');
    box.textContent = '';
    if (!messages.length) { box.hidden = true; return; }
    if (messages.length === 1) {
      box.textContent = messages[0];
    } else {
      var list = el('ul');
      messages.forEach(function (message) { list.appendChild(el('li', message)); });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  function showSuccess(message) {
    var box = document.getElementById('draft-success');
    box.textContent = message || '';
    box.hidden = !message;
  }

  function openTable() {
    var view = modeler.getViews().filter(function (candidate) {
      return candidate.type === 'decisionTable' && candidate.element.id === key;
    })[0];
    return view ? modeler.open(view) : Promise.resolve();
  }

  function load(url) {
    status('正在载入规则表…');
    return fetch(url, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('无法读取规则表（' + response.status + '）'); }
        return response.text();
      })
      .then(function (xml) { return modeler.importXML(xml); })
      .then(openTable)
      .then(function () {
        status('可直接在表格中修改；修改只是草稿，部署前不会影响任何人。');
        page.setAttribute('data-ready', 'true');
      })
      .catch(function (error) { status('载入失败：' + error.message); });
  }

  function draft() {
    return modeler.saveXML({ format: true }).then(function (result) { return result.xml; });
  }

  function post(path, body) {
    return fetch(api + path, { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            var messages = (json.errors || []).map(function (error) { return error.message; });
            throw { messages: messages.length ? messages : ['请求失败（' + response.status + '）'] };
          }
          return json;
        });
      });
  }

  function failed(error) {
    showErrors(error && error.messages ? error.messages : ['请求失败：' + (error && error.message ? error.message : error)]);
  }

  function busy(button, work) {
    button.disabled = true;
    showErrors([]);
    showSuccess('');
    return work().catch(failed).then(function () { button.disabled = false; });
  }

  // 运行用例表
  function runCases(button) {
    return busy(button, function () {
      return draft().then(function (xml) { return post('/draft/cases', { xml: xml }); }).then(renderCases);
    });
  }

  function renderCases(run) {
    var panel = document.getElementById('cases-panel');
    document.getElementById('cases-file').textContent = run.file;
    document.getElementById('cases-summary').textContent = run.problems.concat([
      '共 ' + run.rows.length + ' 条用例：通过 ' + run.passed + ' 条，未通过 ' + run.failed + ' 条。']).join(' ');
    var table = document.getElementById('cases-table');
    table.textContent = '';
    var head = el('tr');
    ['行', '说明', '输入', '期望', '草稿结果', ''].forEach(function (title) { head.appendChild(el('th', title)); });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    run.rows.forEach(function (row) {
      var tr = el('tr', null, row.passed ? 'case-pass' : 'case-fail');
      tr.id = 'case-line-' + row.line;
      tr.appendChild(el('td', String(row.line)));
      tr.appendChild(el('td', row.comment));
      tr.appendChild(el('td', Object.keys(row.inputs).map(function (name) {
        return name + '＝' + (row.inputs[name] === '' ? '（空）' : row.inputs[name]);
      }).join('，')));
      tr.appendChild(el('td', row.outcomes.map(function (o) { return o.output + '：' + o.expected; }).join('；')));
      tr.appendChild(el('td', row.error ? row.error : row.outcomes.map(function (o) { return o.output + '：' + o.actual; }).join('；'),
        'actual'));
      tr.appendChild(el('td', row.passed ? '✓ 通过' : '✗ 未通过', 'verdict'));
      body.appendChild(tr);
    });
    document.getElementById('cases-uncovered').textContent = run.rulesWithoutCase.length
      ? '没有用例覆盖的规则：' + run.rulesWithoutCase.join('；') + '。请在用例表中为它们各加一条用例。' : '';
    panel.hidden = false;
  }

  // 检查草稿
  function check(button) {
    return busy(button, function () {
      return draft().then(function (xml) { return post('/draft/check', { xml: xml }); }).then(function (result) {
        if (result.problems.length) { showErrors(result.problems); } else { showSuccess('检查通过：草稿符合系统对该决策的要求，只使用 FEEL 表达式。'); }
      });
    });
  }

  // 影响预览
  function impact(button) {
    return busy(button, function () {
      return draft().then(function (xml) { return post('/draft/impact', { xml: xml }); }).then(renderImpact);
    });
  }

  function renderImpact(result) {
    var panel = document.getElementById('impact-panel');
    var summary = document.getElementById('impact-summary');
    var counts = document.getElementById('impact-counts');
    var table = document.getElementById('impact-table');
    counts.textContent = '';
    table.textContent = '';
    if (!result.campaign) {
      summary.textContent = '当前没有进行中的活动，没有可预览的登记。';
      panel.hidden = false;
      return;
    }
    summary.textContent = '按草稿重新核定“' + result.campaign + '”的全部 ' + result.checked + ' 条登记：' + result.changed
      + ' 条的结果会改变；其中 ' + result.rechecked + ' 条仍在填报或已退回，下次上报时将按新规则核定；' + result.kept
      + ' 条已上报审核，保留原核定结果（不重新核定）。';
    result.counts.forEach(function (count) {
      counts.appendChild(el('li', count.aspect + '改变：' + count.registrations + ' 条'));
    });
    var head = el('tr');
    ['单位', '登记编号', '姓名', '阶段', '是否按新规则重新核定', '人均收入', '人均生活水平', '变化（现行 → 草稿）']
      .forEach(function (title) { head.appendChild(el('th', title)); });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    result.registrations.forEach(function (row) {
      var tr = el('tr');
      tr.setAttribute('data-reference', row.reference);
      [row.unit, row.reference, row.name, row.stage, row.rechecked ? '是（下次上报时）' : '否（保留原结果）',
        row.perCapitaIncome, row.perCapitaLivingLevel].forEach(function (value) { tr.appendChild(el('td', String(value))); });
      tr.appendChild(el('td', row.differences.map(function (d) {
        return d.aspect + '：' + d.before + ' → ' + d.after;
      }).join('；')));
      body.appendChild(tr);
    });
    panel.hidden = false;
  }

  // 试算一个案例
  function evaluate(event) {
    event.preventDefault();
    var form = document.getElementById('adhoc-form');
    var inputs = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name) { inputs[field.name] = field.value; }
    });
    var target = document.getElementById('adhoc-result');
    return busy(document.getElementById('evaluate'), function () {
      return draft().then(function (xml) { return post('/draft/evaluate', { xml: xml, inputs: inputs }); }).then(function (result) {
        target.textContent = '';
        if (!result.results.length) {
          target.appendChild(el('p', '草稿对这个案例没有结果（没有规则命中）。', 'reason'));
          return;
        }
        result.results.forEach(function (values) {
          target.appendChild(el('p', Object.keys(values).map(function (name) { return name + '：' + values[name]; }).join('，'),
            'verdict'));
        });
        target.appendChild(el('p', '命中：' + result.matchedRules.join('、'), 'hint'));
      });
    });
  }

  // 部署
  function deploy(button) {
    var reason = document.getElementById('reason').value;
    return busy(button, function () {
      return draft().then(function (xml) {
        return post('/deployments', { xml: xml, reason: reason, baseVersion: baseVersion });
      }).then(function (result) {
        baseVersion = result.version;
        page.setAttribute('data-base-version', String(result.version));
        document.getElementById('live-version').textContent = '第 ' + result.version + ' 版';
        document.getElementById('reason').value = '';
        showSuccess(result.message);
      });
    });
  }

  function bind(id, action) {
    var button = document.getElementById(id);
    if (button) { button.addEventListener('click', function () { action(button); }); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    // each view gets the Chinese words: dmn-js passes a view's own additionalModules, not the common ones
    var chinese = { additionalModules: [{ translate: ['value', translate] }] };
    modeler = new window.DmnJS({
      container: document.getElementById('editor'),
      // the types Camunda 7's DMN engine knows (dmn-js offers FEEL's own, such as number, by default)
      common: { dataTypes: ['string', 'boolean', 'integer', 'long', 'double', 'date'] },
      drd: chinese, decisionTable: chinese, literalExpression: chinese, boxedExpression: chinese
    });
    load(page.getAttribute('data-live-url'));
    bind('run-cases', runCases);
    bind('check-draft', check);
    bind('impact', impact);
    bind('deploy', deploy);
    bind('reset-draft', function () { load(page.getAttribute('data-live-url')); });
    bind('load-repository', function () { load(page.getAttribute('data-repository-url')); });
    document.getElementById('adhoc-form').addEventListener('submit', evaluate);
  });
}());
