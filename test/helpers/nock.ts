// nock for one suite: real connections refused for its whole run, interceptors cleared after each test.
import nock from 'nock';
import type { Test } from 'uvu';

export function useNock(test: Test): void {
  test.before(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  test.after.each(() => {
    nock.cleanAll();
  });
  test.after(() => {
    nock.enableNetConnect();
    nock.restore();
  });
}
