/** socket.io room names: one place, so emitters and the gateway agree. */
export const rooms = {
  /** Everyone who works the whole queue: agents, supervisors, admins. */
  queue: 'queue',
  user: (id: string) => `user:${id}`,
  team: (id: string) => `team:${id}`,
  role: (role: string) => `role:${role}`,
  conversation: (id: string) => `conversation:${id}`,
};
