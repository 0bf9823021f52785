// `npm start` without the dev server's own start message, which lists a network address even
// when the server listens on the loopback interface only; the config prints the one address.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
