// Warm Aid's additions to the Camunda webapps (loaded as a custom script by each app's config.js):
// - a Chinese name (the header's user, a task's assignee) is written family name first, without a
//   space (张伟, not 伟 张);
// - the fixed words of the decision table viewer (dmn-js, bundled without translations) in Chinese;
// - an output code in a decision table or a decision instance is followed by the words of the rule
//   that gives it (its annotation, which quotes the clause of the notice).
// Only text is changed, never structure the viewers keep state in.

const WORDS = {
  'Hit Policy:': '命中策略：',
  'Hit policy:': '命中策略：',
  'Unique': '唯一（UNIQUE）',
  'First': '首个命中（FIRST）',
  'Priority': '优先级（PRIORITY）',
  'Any': '任一（ANY）',
  'Collect': '收集（COLLECT）',
  'Collect (Sum)': '收集求和（COLLECT SUM）',
  'Collect (Min)': '收集最小值（COLLECT MIN）',
  'Collect (Max)': '收集最大值（COLLECT MAX）',
  'Collect (Count)': '收集计数（COLLECT COUNT）',
  'Rule order': '规则顺序（RULE ORDER）',
  'Output order': '输出顺序（OUTPUT ORDER）',
  'When': '当',
  'And': '且',
  'Then': '则',
  'Annotations': '注释（依据条款）',
  'Annotation': '注释（依据条款）',
  'View DRD': '查看决策需求图',
  'string': '文本',
  'boolean': '是/否',
  'integer': '整数',
  'long': '整数',
  'double': '小数',
  'number': '数字',
  'date': '日期',
  'Variable name:': '变量名：',
  'Variable type:': '变量类型：',
  'Expression language:': '表达式语言：',
  'Decision name: ': '决策名称：',
  'Input expression: ': '输入表达式：',
  'Input label: ': '输入名称：',
  'Output label: ': '输出名称：',
  'Output name: ': '输出变量：'
};

const CODE = /^"?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"?$/;

function translateFixedWords(container) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const header = container.querySelectorAll('thead, .decision-table-header, .decision-table-name, .hit-policy, .view-drd');
  const inHeader = node => Array.prototype.some.call(header, part => part.contains(node));
  let node;
  while ((node = walker.nextNode())) {
    const text = node.nodeValue.trim();
    if (text && Object.prototype.hasOwnProperty.call(WORDS, text) && inHeader(node)) {
      node.nodeValue = node.nodeValue.replace(text, WORDS[text]);
    }
  }
}

/** The words of each output code, from the annotation of the rule that gives it. */
const codeWords = {};

function learnCodes(container) {
  container.querySelectorAll('tbody tr').forEach(row => {
    const annotation = row.querySelector('td.annotation');
    if (!annotation) {
      return;
    }
    const words = annotation.textContent.trim().replace(/^[^：]*：/, '');
    row.querySelectorAll('td.output-cell').forEach(cell => {
      const code = CODE.exec(cell.textContent.trim());
      if (code && words) {
        codeWords[code[1]] = words;
      }
    });
  });
}

function labelCodes(root) {
  root.querySelectorAll('td, .value, .variable-value').forEach(cell => {
    if (cell.children.length || cell.hasAttribute('data-warmaid-words')) {
      return;
    }
    const code = CODE.exec(cell.textContent.trim());
    if (code && codeWords[code[1]]) {
      cell.setAttribute('data-warmaid-words', codeWords[code[1]]);
      cell.setAttribute('title', codeWords[code[1]]);
    }
  });
}

function chineseNameFirst() {
  // the header's user, and a task's assignee on its card and in its details
  document.querySelectorAll('.account .dropdown-toggle, .assignee, .assignee a, .assignee span').forEach(toggle => {
    toggle.childNodes.forEach(node => {
      if (node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      const name = /^(\s*)([\u4e00-\u9fff·]+) ([\u4e00-\u9fff·]+)(\s*)$/.exec(node.nodeValue);
      if (name) {
        node.nodeValue = name[1] + name[3] + name[2] + name[4];
      }
    });
  });
}

let scheduled = false;

function update() {
  scheduled = false;
  chineseNameFirst();
  document.querySelectorAll('.dmn-decision-table-container, .dmn-literal-expression-container').forEach(container => {
    translateFixedWords(container);
    learnCodes(container);
  });
  labelCodes(document.body);
}

const style = document.createElement('style');
style.textContent = '[data-warmaid-words]::after { content: "（" attr(data-warmaid-words) "）"; color: #666; }';
document.head.appendChild(style);

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(update);
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
