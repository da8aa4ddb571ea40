// The languages of a Camunda webapp, imported by each app's scripts/config.js.
//
// The webapp loads the locale file of the language it chooses (the browser's first language, the
// part before the dash) and then the fallback's; each file's dateLocales becomes moment's global
// locale as it loads, so with English as the fallback every relative time ("a few seconds ago")
// was English in a Chinese Tasklist. The fallback is therefore the chosen language itself, and
// Chinese for a browser whose language is not offered: one locale file, the words and the dates
// in the same language. The Chinese files have every key of the English ones.
const AVAILABLE = ['zh', 'en', 'de'];

function browserLanguage() {
  const nav = window.navigator;
  const language = (Array.isArray(nav.languages) ? nav.languages[0] : nav.language) || '';
  return language.split('-')[0].toLowerCase();
}

export function locales() {
  const chosen = browserLanguage();
  return {
    availableLocales: AVAILABLE,
    fallbackLocale: AVAILABLE.includes(chosen) ? chosen : 'zh'
  };
}
