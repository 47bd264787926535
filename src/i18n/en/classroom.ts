/** The game in a classroom session: the session link, the student's name, the result code. */
export const CLASSROOM = {
  'classroom.resultCode': 'Your result code',
} as const;
