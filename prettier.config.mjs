// One formatting for every file, so diffs show changes, not style.
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
};
