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
  ],
};
