export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __webcarePg?: { stop(): Promise<void> } }).__webcarePg?.stop();
}
