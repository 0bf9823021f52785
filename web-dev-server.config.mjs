// `npm start`: serves the project root so the demo loads the real built bundle from /dist.
// Loopback only unless HOST says otherwise (HOST=0.0.0.0 to show the demo to another device).
const port = Number(process.env.PORT ?? 8000);
const hostname = process.env.HOST ?? '127.0.0.1';
// The dev server listens on every interface when told "127.0.0.1" or "localhost"; the same
// loopback address in its IPv6-mapped form is passed on unchanged.
const listenOn = ['127.0.0.1', 'localhost'].includes(hostname) ? '::ffff:127.0.0.1' : hostname;

export default {
  rootDir: '.',
  port,
  hostname: listenOn,
  nodeResolve: false,
  watch: false,
  middleware: [
    // The root leads to the configurator, so the one address printed is the one that works.
    (context, next) => (context.path === '/' ? context.redirect('/demo/') : next()),
  ],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`report-banner demo: http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}/`);
      },
    },
  ],
};
