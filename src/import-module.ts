// `import()` of what is loaded at run time rather than bundled: tinypool, write-file-atomic, and plugin and config
// files. bin/summarylint.js runs the CLI's bundle as a script with a V8 code cache, and a script has no
// module loader for `import()`; in that bundle the build replaces this module with one that calls the loader
// bin/ provides (scripts/build.mjs). Everywhere else (the API, the tests, the worker bundle) it is plain `import()`.
export function importModule<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
