// The tests, the benchmark and the checker drive a browser already on the machine; puppeteer
// (pulled in by @web/test-runner-puppeteer) must never download one of its own.
module.exports = { skipDownload: true };
