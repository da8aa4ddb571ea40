// welcome of Warm Aid: Chinese first (browsers asking for zh-* get it), English and German kept.
export default {
  // Warm Aid's words and names (app/warmaid/webapps.js)
  customScripts: ['../warmaid/webapps'],
  app: {
    name: '欢迎',
    vendor: '送温暖信息平台'
  },
  locales: {
    availableLocales: ['zh', 'en', 'de'],
    fallbackLocale: 'en'
  }
};
