// Pages are plain server-rendered HTML; small scripts from src/lib/enhance add what needs a browser.
export const csr = false;
