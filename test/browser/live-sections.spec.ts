import { liveEndpoint } from '../../src/net/protocol';
import { ReconnectingStudent } from '../../tools/lib/cluster-harness';
import { LiveServer, startLiveSession } from './live-support';
import { expect, test } from './support';

/**
 * A class larger than a room, on the teacher's page: with rooms of two students (TT_SECTION_SIZE=2), six students
 * who typed the one class code sit in the class's room and sections 2 and 3; the live board names their pairs by
 * section and shows the whole class or one section at a time, each counted in the choice.
 */
test('the teacher sees a class of three sections whole, or one section at a time', async ({ page }) => {
  const server = await LiveServer.start({ TT_SECTION_SIZE: '2' });
  const students: ReconnectingStudent[] = [];
  try {
    const code = await startLiveSession(page, server.origin, 'Sections');
    const endpoint = liveEndpoint({ protocol: 'http:', host: `127.0.0.1:${server.port}` });
    for (let i = 1; i <= 6; i++)
      students.push(await new ReconnectingStudent([endpoint], code, `Student ${i}`, false).join());
    expect(students.map((s) => s.roomId)).toEqual([
      code,
      code,
      `${code}-2`,
      `${code}-2`,
      `${code}-3`,
      `${code}-3`,
    ]);

    const rows = page.locator('#tt-live-table tbody th');
    await expect(rows).toHaveText(['Pair 1', 'Section 2, pair 1', 'Section 3, pair 1']);
    const show = page.getByLabel('Show');
    await expect(show).toBeVisible();
    await expect(show.locator('option')).toHaveText([
      'The whole class (3 pairs)',
      'Section 1: 1 pair, 0 finished, 0 waiting',
      'Section 2: 1 pair, 0 finished, 0 waiting',
      'Section 3: 1 pair, 0 finished, 0 waiting',
    ]);
    await show.selectOption('2');
    await expect(rows).toHaveText(['Section 2, pair 1']);
    await expect(page.locator('#tt-live-table tbody tr').first()).toContainText('Student 3');
    // The choice and the focus stay while the board is drawn again (a student leaves: the board changes).
    await show.focus();
    await students[2].leave();
    await expect(page.locator('#tt-live-table tbody tr').first()).toContainText('away');
    await expect(show).toBeFocused();
    await expect(rows).toHaveText(['Section 2, pair 1']);
    await show.selectOption('');
    await expect(rows).toHaveCount(3);
  } finally {
    for (const s of students) await s.leave();
    await server.stop();
  }
});
