// Tasklist of Warm Aid: Chinese first (also for a browser language not offered), English and German kept.
import {locales} from '../../warmaid/locales.js';

export default {
  // Warm Aid's words and names (app/warmaid/webapps.js)
  customScripts: ['../warmaid/webapps'],
  app: {
    name: '任务列表',
    vendor: '送温暖信息平台'
  },
  locales: locales(),
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '转到第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '转到任务列表中的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '转到任务表单的第一个输入框'}
  }
};
