// Starts Learning Locker's xapi-statements LRS (npm) with in-memory storage on
// 127.0.0.1, for the integration tests. It is the package's own server
// (dist/server.js) assembled the same way, except that it listens on the
// loopback address only, and that its "fetch" auth asks a client-info endpoint
// started here, which knows one client: PARLEY_TEST_LRS_AUTH (key:secret).
// Prints "LISTENING <port>" when ready.
const http = require('node:http');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const expected = `Basic ${Buffer.from(process.env.PARLEY_TEST_LRS_AUTH || '').toString('base64')}`;
const client = {
  _id: '5988f0f00000000000000123',
  title: 'parley-tests',
  authority: { objectType: 'Agent', name: 'parley-tests', mbox: 'mailto:parley-tests@example.com' },
  isTrusted: true,
  lrs_id: '5988f0f00000000000000001',
  organisation: '5988f0f00000000000000000',
  scopes: ['all'],
};
const auth = http.createServer((request, response) => {
  response.setHeader('content-type', 'application/json');
  if (request.headers.authorization !== expected) {
    response.statusCode = 404;
    response.end('{}');
    return;
  }
  response.end(JSON.stringify(client));
});

auth.listen(0, '127.0.0.1', () => {
  const logs = mkdtempSync(join(tmpdir(), 'parley-lrs-'));
  Object.assign(process.env, {
    AUTH_REPO: 'fetch',
    LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${auth.address().port}/auth`,
    EVENTS_REPO: 'test',
    MODELS_REPO: 'memory',
    STORAGE_REPO: 'memory',
    EXPRESS_MORGAN_DIRECTORY: logs,
    FS_LOCAL_STORAGE_DIR: logs,
    WINSTON_CONSOLE_LEVEL: 'error',
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  });
  const express = require('express');
  const config = require('xapi-statements/dist/config').default;
  const routes = require('xapi-statements/dist/utils/constants');
  const presenter = require('xapi-statements/dist/expressPresenter').default({
    llClientInfoEndpoint: config.llClientInfoEndpoint,
    customRoute: 'status',
    customRouteText: 'ok',
    morganDirectory: logs,
    bodyParserLimit: config.express.bodyParserLimit,
    service: require('xapi-statements/dist/serviceFactory').default(),
    tracker: require('xapi-statements/dist/tracker').default,
    translator: require('xapi-statements/dist/translatorFactory').default(),
    logger: require('xapi-statements/dist/logger').default,
  });
  const app = express();
  app.use(routes.aboutRoute, presenter.aboutRouter);
  app.use(routes.fullActivitiesRoute, presenter.fullActivitiesRouter);
  app.use(routes.statementsRoute, presenter.statementsRouter);
  const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
});
