/** The game in a classroom session: the session link, the student's name, the result code. */
export const CLASSROOM = {
  // The title screen with a session link in the address.
  'classroom.join': 'Join the class session',
  'classroom.titleStatus': 'Class session “{title}”: choose “Join the class session” to start your game.',
  'classroom.leavesSession':
    '“New game” and “Load scenario file” leave the class session: their games are free play, not class work.',
  'classroom.savedSession': 'Class session “{title}”, {name}',
  'classroom.linkProblemTitle': 'This session link does not work',
  'classroom.linkProblem': 'The class session link in the address is damaged: {reason}.',
  'classroom.linkProblemHelp':
    'Ask your teacher for the link again (or scan the QR code). Meanwhile you can play an ordinary game.',

  // The join screen.
  'classroom.heading': 'Join the class session',
  'classroom.shown': 'Join the class session “{title}”. Type your name, then start.',
  'classroom.untitled': 'Class session',
  'classroom.about': 'Set by your teacher',
  'classroom.locked': 'These settings are the same for the whole class and cannot be changed.',
  'classroom.fact.session': 'Session',
  'classroom.fact.scenario': 'Scenario',
  'classroom.fact.opponent': 'Opponent',
  'classroom.fact.difficulty': 'Difficulty',
  'classroom.fact.sides': 'Sides',
  'classroom.fact.game': 'Game',
  'classroom.scenarioUnknown': '“{id}”, version {version}',
  'classroom.sides.fixed': 'Everyone plays {side}',
  'classroom.sides.alternate': 'By seat number: odd seats play {first}, even seats play {second}',
  'classroom.sides.choose': 'Each student chooses',
  'classroom.seeding.class': 'Everyone plays the same game: the same events, the same computer.',
  'classroom.seeding.student': 'Each student plays a game of their own, made from their name.',
  'classroom.you': 'You',
  'classroom.name': 'Your name or team',
  'classroom.nameHelp':
    'It goes into your result code, so your teacher knows it is yours (at most {max} characters).',
  'classroom.seat': 'Your seat number',
  'classroom.seatHelp':
    'The number your teacher gave you: odd numbers play {first}, even numbers play {second}.',
  'classroom.seatGives': 'Seat {seat}: you play {side}.',
  'classroom.seatNone': 'Type your seat number to see your side.',
  'classroom.side': 'Your side',
  'classroom.sideFixed': 'You play {side}.',
  'classroom.problem.NAME_EMPTY': 'Type your name or your team’s name: your teacher needs it.',
  'classroom.problem.SEAT_MISSING': 'Type your seat number: it decides your side.',
  'classroom.problem.SEAT_INVALID': 'A seat number is a whole number from 1 to {max}.',
  'classroom.problem.SIDE_MISSING': 'Choose your side.',
  'classroom.start': 'Start the game',
  'classroom.back': 'Back to the title',
  'classroom.cannotStart': 'The game could not start: {reason}',
  'classroom.needFile':
    'This session uses the scenario “{id}” (version {version}), which does not come with this game. Load the scenario file your teacher gave you.',
  'classroom.loadFile': 'Load the scenario file',
  'classroom.needFileFirst': 'Load the session’s scenario file first.',
  'classroom.fileLoaded': 'Loaded “{title}” from “{name}”: it is the session’s scenario.',
  'classroom.fileOther.OTHER_SCENARIO':
    '“{name}” is the scenario “{id}”, but this session uses “{wanted}”. Load the file your teacher gave you.',
  'classroom.fileOther.OTHER_VERSION':
    '“{name}” is a different version of “{id}” from the one this session was set up with. Ask your teacher for the file they used.',
  'classroom.savedGame':
    'You have a saved game ({about}). Starting this session replaces it; to finish it first, go back to the title and choose Continue.',

  // The result code at the end.
  'classroom.resultCode': 'Your result code',
  'classroom.codeButton': 'Result code',
  'classroom.codeButtonFree': 'Get a result code',
  'classroom.codeInstruction': 'Hand this code to your teacher: copy it, or download it as a file.',
  'classroom.codeFor': '{name} · class session “{title}”',
  'classroom.codeForFree': '{name} · not in a class session',
  'classroom.copy': 'Copy',
  'classroom.copyName': 'Copy the result code',
  'classroom.download': 'Download',
  'classroom.downloadName': 'Download the result code as a text file',
  'classroom.copied': 'Result code copied. Paste it where your teacher asked.',
  'classroom.copyFailed':
    'Copying is blocked here. The code is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  'classroom.downloaded': 'Result code downloaded as “{file}”.',
  'classroom.freeLead': 'Type your name to make a result code of this game for your teacher.',
  'classroom.makeCode': 'Make the code',
  'classroom.notOver': 'The game is not over yet: the result code is made at the end.',
  // CSV files (src/classroom/csv.ts): the column names. English keeps the machine names scripts rely on.
  'classroom.csv.column.number': 'number',
  'classroom.csv.column.verdict': 'verdict',
  'classroom.csv.column.verdict_reason': 'verdict_reason',
  'classroom.csv.column.duplicate_of': 'duplicate_of',
  'classroom.csv.column.name': 'name',
  'classroom.csv.column.session': 'session',
  'classroom.csv.column.scenario': 'scenario',
  'classroom.csv.column.scenario_version': 'scenario_version',
  'classroom.csv.column.seed': 'seed',
  'classroom.csv.column.side': 'side',
  'classroom.csv.column.opponent': 'opponent',
  'classroom.csv.column.difficulty': 'difficulty',
  'classroom.csv.column.outcome': 'outcome',
  'classroom.csv.column.outcome_reason': 'outcome_reason',
  'classroom.csv.column.ended_by': 'ended_by',
  'classroom.csv.column.meetings': 'meetings',
  'classroom.csv.column.moves': 'moves',
  'classroom.csv.column.failed_ratifications': 'failed_ratifications',
  'classroom.csv.column.student_utility': 'student_utility',
  'classroom.csv.column.student_surplus_share': 'student_surplus_share',
  'classroom.csv.column.nash_distance': 'nash_distance',
  'classroom.csv.column.pareto_distance': 'pareto_distance',
  'classroom.csv.column.utility': 'utility',
  'classroom.csv.column.gain': 'gain',
  'classroom.csv.column.surplus_share': 'surplus_share',
  'classroom.csv.column.jobs': 'jobs',
  'classroom.csv.column.approval': 'approval',
  'classroom.csv.column.ratified': 'ratified',
  'classroom.csv.column.level': 'level',
  'classroom.csv.column.tariff': 'tariff',
  'classroom.csv.column.verified_by_server': 'verified_by_server',
  'classroom.csv.column.code': 'code',
  'classroom.csv.column.move': 'move',
  'classroom.csv.column.turn': 'turn',
  'classroom.csv.column.meeting': 'meeting',
  'classroom.csv.column.who': 'who',
  'classroom.csv.column.action': 'action',
  'classroom.csv.column.tactic_issue': 'tactic_issue',
  'classroom.csv.column.tactic_level': 'tactic_level',
  /** A column of an issue or a party: its kind, then the or party's id. */
  'classroom.csv.column.of': '{column}:{id}',
  // Why a code is a duplicate (src/classroom/reason.ts); the English is the model's own wording.
  'classroom.reason.duplicateFirst_one':
    'the same game was handed in again as code {others}; this copy came first',
  'classroom.reason.duplicateFirst_other':
    'the same game was handed in again as codes {others}; this copy came first',
  'classroom.reason.duplicateOf': 'the same game as code {first}, which came first',
  'classroom.reason.duplicateOfCopies': 'the same game as code {first}, which came first (copies: {others})',
  'classroom.reason.listSeparator': ', ',
  // Why a code does not verify (src/model/code/why.ts, whose English this is word for word).
  'classroom.reason.seal': 'the seal does not match: the name, settings, moves or result were edited',
  'classroom.reason.studentSeed': "the seed is not this student's: {name} plays seed “{seed}”",
  'classroom.reason.sides': 'the sides are not the scenario’s',
  'classroom.reason.settings': 'the settings are not valid: {detail}',
  'classroom.reason.overEarly': 'the game was over after move {move}, but the code goes on to move {next}',
  'classroom.reason.computerMove': 'move {move}: the computer plays {expected} here; the code says {given}',
  'classroom.reason.notAllowed': 'move {move} ({action}) is not allowed: {detail}',
  'classroom.reason.notOver': "the game is not over after the code's {moves} moves",
  'classroom.reason.claim': 'the claimed result is not the result of these moves',
  'classroom.reason.scenarioMissing': 'the code is for the scenario “{id}”, which is not loaded here',
  'classroom.reason.scenarioVersion':
    'the code is for version {version} of “{id}” (content {hash}); loaded here: {loaded}',
  'classroom.reason.noSession':
    'the game was played outside a classroom session: its settings and seed cannot be checked against one of yours',
  'classroom.reason.unknownSession':
    'the code names the session “{id}”, which is not one of the sessions stored here',
  'classroom.reason.sessionScenario':
    'the session “{title}” plays “{scenario}” version {version}; the code was played with “{codeScenario}” version {codeVersion}',
  'classroom.reason.sessionSides': 'the sides are not those of the session “{title}”',
  'classroom.reason.sessionOpponent':
    'the session “{title}” plays with the opponent “{opponent}”; the code was played with “{codeOpponent}”',
  'classroom.reason.sessionDifficulty':
    'the session “{title}” plays at difficulty “{difficulty}”; the code at “{codeDifficulty}”',
  'classroom.reason.sessionSide':
    'in the session “{title}” everyone plays “{side}”; the code plays “{codeSide}”',
  'classroom.reason.sessionClassSeed':
    'the session “{title}” gives the class one seed, but the code says each student has their own',
  'classroom.reason.sessionSeed': 'the seed is not the one of the session “{title}”',
  'classroom.reason.sessionNoClassSeed':
    'the session “{title}” gives each student a seed of their own, but the code does not carry the session’s class seed',
  'classroom.reason.sessionStudentSeed':
    'the seed is not the one the session “{title}” gives “{name}”: the name or the seed was changed',
} as const;
