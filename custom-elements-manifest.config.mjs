import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { readOptions } from './build/options-manifest.mjs';

// Framework typings, generated from the manifest so they cannot drift from the element. Paths are
// relative to dist/types, where tsc writes the element's declarations under src/.
const TYPES_DIR = 'dist/types';

const options = await readOptions();
const ELEMENT_TYPES = './src/index.js';

// The generator exports the props for any JSX runtime (Preact, Solid, Stencil extend
// `CustomElements` themselves); React 19 reads `IntrinsicElements` from its own module.
const REACT_INTRINSIC_ELEMENT = `
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The awareness and reporting banner: options as \`data-*\` attributes, events as \`on<event-name>\`. */
      'report-banner': DetailedHTMLProps<HTMLAttributes<ReportBanner>, ReportBanner> & Omit<ReportBannerProps, 'showing'>;
    }
  }
}
`;

// Vue's template checker passes a component's hyphenated attributes as camel-cased props
// (`data-lang` → `dataLang`) and lets unknown props through: keyed only by `data-lang`, the props
// were never compared with the values they allow. The same props, camel-cased, are.
const VUE_COMPONENT = '"report-banner": DefineComponent<ReportBannerProps>;';
const VUE_COMPONENT_CHECKED = '"report-banner": DefineComponent<ReportBannerProps & ReportBannerCamelProps>;';
const VUE_CAMEL_PROPS = `
type Camel<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<Camel<Tail>>}\` : S;
/** The \`data-*\` props as Vue's template checker names them (\`data-lang\` → \`dataLang\`). */
type ReportBannerCamelProps = {
  [K in keyof ReportBannerProps as K extends \`data-\${string}\` ? Camel<K> : never]?: ReportBannerProps[K];
};
`;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/script-tag.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also infers an event from the generic `emit(name, …)` helper; the public
      // events are exactly the ones documented with @fires, so keep only those.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
    {
      // The options are declared once, in src/options/schema.ts, and become properties at run
      // time, where the analyzer cannot see them: each row becomes an attribute and a field here.
      name: 'options-from-schema',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.tagName !== 'report-banner') continue;
            declaration.attributes = options.map(({ name, attribute, type, description, default: value }) => ({
              name: attribute,
              type: { text: type },
              description,
              fieldName: name,
              ...(value === undefined ? {} : { default: value }),
            }));
            declaration.members.push(
              ...options.map(({ name, attribute, type, description, default: value }) => ({
                kind: 'field',
                name,
                privacy: 'public',
                type: { text: type },
                description,
                attribute,
                ...(value === undefined ? {} : { default: value }),
              })),
            );
          }
        }
      },
    },
    {
      // Base classes of the element (GuardedElement) are classes, not elements of their own.
      name: 'elements-have-tags',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          }
        }
      },
    },
    {
      name: 'framework-typings',
      packageLinkPhase({ customElementsManifest }) {
        const common = { outdir: TYPES_DIR, globalTypePath: ELEMENT_TYPES, hideLogs: true };
        generateJsxTypes(customElementsManifest, { ...common, fileName: 'jsx.d.ts' });
        appendFileSync(`${TYPES_DIR}/jsx.d.ts`, REACT_INTRINSIC_ELEMENT);
        generateVuejsTypes(customElementsManifest, { ...common, fileName: 'vue.d.ts' });
        const vue = readFileSync(`${TYPES_DIR}/vue.d.ts`, 'utf8');
        if (!vue.includes(VUE_COMPONENT)) throw new Error(`vue.d.ts no longer declares ${VUE_COMPONENT}`);
        writeFileSync(`${TYPES_DIR}/vue.d.ts`, vue.replace(VUE_COMPONENT, VUE_COMPONENT_CHECKED) + VUE_CAMEL_PROPS);
      },
    },
  ],
};
