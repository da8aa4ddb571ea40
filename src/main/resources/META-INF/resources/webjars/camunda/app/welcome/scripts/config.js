// welcome of Warm Aid: Chinese first (also for a browser language not offered), English and German kept.
import {locales} from '../../warmaid/locales.js';

export default {
  // Warm Aid's words and names (app/warmaid/webapps.js)
  customScripts: ['../warmaid/webapps'],
  app: {
    name: '欢迎',
    vendor: '送温暖信息平台'
  },
  locales: locales()
};
