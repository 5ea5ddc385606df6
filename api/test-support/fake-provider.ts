/**
 * The fake Graph API server for tests. It lives beside the channel code (inside the api's source root, so
 * specs there can use it and still type-check) and is offered here for tests elsewhere.
 */
export {
  type FakeProvider,
  FAKE_TEMPLATES,
  graphError,
  type RecordedRequest,
  startFakeProvider,
} from '../src/channels/testing/fake-provider';
export {
  type FakeRestProvider,
  startFakeTwilio,
  startFakeX,
} from '../src/channels/testing/fake-rest-providers';
