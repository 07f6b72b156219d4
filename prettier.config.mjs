// One formatting for every file, so diffs show changes, not style.
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  // Never reflow the text inside html`` templates: whitespace there is part of the page we send.
  embeddedLanguageFormatting: 'off',
};
