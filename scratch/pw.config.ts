import base from '../tests/playwright.config';
const servers = Array.isArray(base.webServer) ? base.webServer : [base.webServer!];
export default { ...base, testDir: '../tests/e2e', projects: [base.projects![0]!], webServer: [servers[0]!] };
