import { covers, pickAgent, type AvailableAgent } from './conversations-workload.service';

const agent = (
  userId: string,
  languages: string[] = [],
  channels: string[] = [],
  teamIds: string[] = [],
): AvailableAgent => ({
  userId,
  name: userId,
  languages,
  channels,
  teamIds,
});

describe('choosing an agent for a conversation', () => {
  const dutch = { channel: 'whatsapp' as const, language: 'nl' };

  it('takes the least-loaded agent under the maximum', () => {
    const loads = new Map([
      ['a', 2],
      ['b', 1],
    ]);
    expect(pickAgent(dutch, [agent('a'), agent('b')], loads, 3)?.userId).toBe('b');
    expect(
      pickAgent(
        dutch,
        [agent('a'), agent('b')],
        new Map([
          ['a', 3],
          ['b', 3],
        ]),
        3,
      ),
    ).toBeNull();
  });

  it('keeps the first of equally loaded agents (stable)', () => {
    expect(pickAgent(dutch, [agent('a'), agent('b')], new Map(), 1)?.userId).toBe('a');
  });

  it('matches language and channel skills where set; none set means any', () => {
    expect(covers(agent('a', ['en']), dutch)).toBe(false);
    expect(covers(agent('a', ['nl'], ['messenger']), dutch)).toBe(false);
    expect(covers(agent('a', ['nl'], ['whatsapp']), dutch)).toBe(true);
    expect(covers(agent('a', ['en']), { channel: 'whatsapp', language: null })).toBe(true);
    const english = agent('e', ['en']);
    expect(pickAgent(dutch, [english, agent('n', ['nl'])], new Map([['n', 2]]), 3)?.userId).toBe('n');
  });

  it("gives work in a team's queue to the team's members first, to anyone when none can take it", () => {
    const inTeam = { ...dutch, teamId: 'noord' };
    const member = agent('m', [], [], ['noord']);
    const other = agent('o');
    expect(pickAgent(inTeam, [other, member], new Map([['m', 2]]), 3)?.userId).toBe('m');
    expect(pickAgent(inTeam, [other, member], new Map([['m', 3]]), 3)?.userId).toBe('o');
    expect(pickAgent(dutch, [member, other], new Map([['m', 1]]), 3)?.userId).toBe('o');
  });

  it('never gives work back to the agent a rule took it from for leaving it unanswered', () => {
    const returned = { ...dutch, returnedFrom: 'a' };
    expect(pickAgent(returned, [agent('a'), agent('b')], new Map([['b', 2]]), 3)?.userId).toBe('b');
    expect(pickAgent(returned, [agent('a')], new Map(), 3)).toBeNull();
  });
});
