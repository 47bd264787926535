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
} as const;
