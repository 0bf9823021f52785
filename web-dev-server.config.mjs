// `npm start`: serves the project root so the demo loads the real built bundle from /dist.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  hostname: '127.0.0.1',
  nodeResolve: false,
  watch: false,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\nreport-banner demo: http://127.0.0.1:${port}/demo/\n`);
      },
    },
  ],
};
