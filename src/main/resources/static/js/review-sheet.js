/* The registration sheet's buttons (templates/review/sheet.html), on the review page and inside the
   Tasklist task form, which loads this file: the full ID, card and phone numbers on request
   (audited by the server) and the supporting documents shown in place. */
(function () {
  'use strict';

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) { throw new Error(body.message || '该材料无法在此显示，请下载后查看。'); }
          return body;
        });
      });
  }

  // a PDF is shown as images of its pages rendered by the server: Tasklist's page is sandboxed by
  // the webapps' Content-Security-Policy, and a browser runs no PDF viewer in a sandboxed page
  function showPdf(url, pages, status) {
    status.textContent = '正在加载…';
    getJson(url).then(function (body) {
      status.textContent = body.pages > body.shown
        ? '共 ' + body.pages + ' 页，此处显示前 ' + body.shown + ' 页，全部内容请下载查看。'
        : '共 ' + body.pages + ' 页。';
      for (var page = 1; page <= body.shown; page++) {
        var image = document.createElement('img');
        image.className = 'document-pdf-page';
        image.alt = '第 ' + page + ' 页';
        image.loading = 'lazy';
        image.src = url + '/' + page;
        pages.appendChild(image);
      }
    }).catch(function (problem) {
      status.textContent = problem.message;
    });
  }

  function enhanceDocuments(root) {
    var viewer = root.querySelector('.document-viewer');
    if (!viewer) { return; }
    Array.prototype.forEach.call(root.querySelectorAll('.document-view'), function (button) {
      button.addEventListener('click', function () {
        var image = viewer.querySelector('.document-image');
        var pdf = viewer.querySelector('.document-pdf');
        var status = viewer.querySelector('.document-pdf-status');
        var isPdf = button.getAttribute('data-kind') === 'pdf';
        var url = button.getAttribute('data-view-url');
        viewer.querySelector('.document-viewer-title').textContent = button.getAttribute('data-title');
        image.hidden = isPdf;
        pdf.hidden = !isPdf;
        status.hidden = !isPdf;
        pdf.textContent = '';
        if (isPdf) {
          image.removeAttribute('src');
          showPdf(url, pdf, status);
        } else {
          image.src = url;
        }
        viewer.hidden = false;
        viewer.scrollIntoView({ block: 'nearest' });
      });
    });
  }

  function enhanceNumbers(root) {
    var reveal = root.querySelector('#reveal-numbers');
    if (!reveal) { return; }
    reveal.addEventListener('click', function () {
      getJson(reveal.getAttribute('data-reveal-url')).then(function (numbers) {
        Array.prototype.forEach.call(root.querySelectorAll('[data-number]'), function (cell) {
          cell.textContent = numbers[cell.getAttribute('data-number')];
        });
        reveal.disabled = true;
      });
    });
  }

  window.WarmAidSheet = {
    enhance: function (root) {
      enhanceDocuments(root);
      enhanceNumbers(root);
    }
  };

  // the review page is the sheet itself; inside Tasklist the task form calls enhance on its form
  if (document.body && document.body.classList.contains('sheet')) {
    window.WarmAidSheet.enhance(document);
  }
}());
