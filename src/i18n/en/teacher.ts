/** The teacher's page: session set-up, the handout, the class dashboard, CSV and the teacher's data. */
export const TEACHER = {
  'teacher.title': 'Tariff Talks for teachers',
} as const;
