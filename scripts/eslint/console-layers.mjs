// ESLint rule for the console's layers (web/src):
//   features/<name>/  a feature imports nothing from another feature, nor from pages/;
//   pages/, app.tsx   compose features;
//   everything else (api/, components/, lib/, session/, realtime/, shortcuts/, i18n/…) is shared by
//   features and imports neither features nor pages.
import path from 'node:path';

const SRC = `${path.sep}web${path.sep}src${path.sep}`;

/** Where a file sits: { kind: 'feature', name } | { kind: 'page' } | { kind: 'app' } | { kind: 'shared' } | null. */
function layerOf(file) {
  const at = file.lastIndexOf(SRC);
  if (at < 0) return null;
  const [top, second] = file.slice(at + SRC.length).split(path.sep);
  if (top === 'features' && second) return { kind: 'feature', name: second };
  if (top === 'pages') return { kind: 'page' };
  if (top === 'app.tsx' || top === 'main.tsx') return { kind: 'app' };
  return { kind: 'shared' };
}

export const consoleLayers = {
  rules: {
    layers: {
      meta: {
        type: 'problem',
        docs: { description: 'Features do not import each other; pages compose them.' },
        messages: {
          crossFeature:
            'The {{from}} feature imports from the {{to}} feature. Features do not import each other: compose them in web/src/pages, or move what both need out of features/.',
          featureToPage: 'A feature imports from pages/: pages compose features, not the other way round.',
          sharedToFeature:
            'Shared code ({{file}}) imports from {{to}}: only pages and the app may import features and pages.',
        },
        schema: [],
      },
      create(context) {
        const file = context.filename;
        const from = layerOf(file);
        if (!from || from.kind === 'app') return {};
        function check(node) {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const to = layerOf(path.resolve(path.dirname(file), spec));
          if (!to) return;
          if (from.kind === 'feature') {
            if (to.kind === 'feature' && to.name !== from.name) {
              context.report({ node, messageId: 'crossFeature', data: { from: from.name, to: to.name } });
            } else if (to.kind === 'page' || to.kind === 'app') {
              context.report({ node, messageId: 'featureToPage' });
            }
          } else if (from.kind === 'shared' && to.kind !== 'shared') {
            context.report({
              node,
              messageId: 'sharedToFeature',
              data: {
                file: path.basename(file),
                to: to.kind === 'feature' ? `features/${to.name}` : to.kind,
              },
            });
          }
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};
