/**
 * The live classroom in the game: joining with a class code, the waiting screen, the table against a classmate
 * (chat, the team's levers and suggestions, the meeting's time, the teacher's announcements), the pair's result,
 * and the server's refusals (one message per code of the protocol's NET_ERROR_CODES).
 */
export const LIVE = {
  // The title screen.
  'live.titleJoin': 'Join a live class',

  // The join screen.
  'live.heading': 'Join a live class',
  'live.subheading': 'Play against a classmate on their own device',
  'live.shown': 'Join a live class. Type the class code and your name, then join.',
  'live.code': 'Class code',
  'live.codeHelp': 'The 6 characters your teacher shows (letters and digits; case and spaces do not matter).',
  'live.name': 'Your name',
  'live.nameHelp': 'Your classmate and your teacher see it (at most {max} characters).',
  'live.join': 'Join',
  'live.back': 'Back to the title',
  'live.remembered':
    'This device already has a seat in class {code} as “{name}”: joining takes you back to it.',
  'live.problem.CODE_INVALID':
    'A class code is 6 letters and digits, such as “K7MQ3D”. Check the code your teacher shows.',
  'live.problem.NAME_EMPTY': 'Type your name: your classmate and your teacher need it.',
  'live.joining': 'Joining class {code}…',
  'live.noSuchClass': 'There is no live class “{code}” on this server. Check the code with your teacher.',
  'live.unreachable':
    'The class server cannot be reached from this page. A live class needs the page opened from the teacher’s server (the address your teacher gives, such as http://192.168.1.20:2567/), on the same network. Games against the computer and on one device work without it.',
  'live.refused': 'The class server refused: {reason}',

  // The waiting screen.
  'live.waitingHeading': 'Class {code}',
  'live.seat': 'You are {name}.',
  'live.seatPlaced': 'Pair {pair}: you are {role}.',
  'live.seatUnplaced': 'Your teacher will place you in a pair.',
  'live.role.lead': 'the lead (you make the moves)',
  'live.role.member': 'a team member (you watch the levers and suggest)',
  'live.waitingStart': 'Waiting for the game to start…',
  'live.partners': 'Your side: {names}. The other side: {others}.',
  'live.nobody': 'nobody yet',
  'live.computerSide': 'the computer',
  'live.paused': 'The teacher paused the session.',
  'live.ended': 'The teacher ended the session.',
  'live.leave': 'Leave the class',

  // The connection, on every live screen.
  'live.status.joining': 'Connecting…',
  'live.status.connected': 'Connected',
  'live.status.reconnecting': 'Connection lost: reconnecting…',
  'live.status.closed': 'Not connected.',

  // The table.
  'live.turn.waitingFor': 'Waiting for {name}',
  'live.turn.waitingOther': 'Waiting for the other side',
  'live.turn.lead': '{name} (your lead) is deciding',
  'live.tab.talk': 'Talk',
  'live.tab.talkUnread': 'Talk ({count})',
  'live.chat.heading': 'Talk to the other side',
  'live.chat.empty': 'No messages yet. What you write here, the other side and your teacher read.',
  'live.chat.input': 'Your message',
  'live.chat.send': 'Send',
  'live.chat.tooLong': 'A message is at most {max} characters.',
  'live.chat.notSent': 'Not sent: {reason}',
  'live.chat.line': '{name}: {text}',
  'live.chat.arrived': '{name} wrote: {text}',
  'live.team.heading': 'Your team',
  'live.team.suggest': 'Suggest the levers’ package to {lead}',
  'live.team.suggested': 'Suggestion sent to {lead}.',
  'live.team.suggestions': 'Suggestions from your team',
  'live.team.none': 'No suggestions yet.',
  'live.team.load': 'Load {name}’s suggestion',
  'live.team.watching': 'Your lead {name} moves the levers; you see them move and can suggest a package.',
  'live.deadline': 'Time left in this meeting: {time}',
  'live.deadlineOut': 'Time is up: the computer makes this move.',
  'live.announcement': 'From your teacher: {title}',
  'live.announcementDismiss': 'Dismiss',
  'live.byComputer': 'Time ran out: the computer made that move.',

  // The debrief.
  'live.result.heading': 'Your pair’s result code',
  'live.result.verified': 'Verified by the server: your teacher already has it.',
  'live.result.waiting': 'The server is making your pair’s result code…',
  'live.sourceName': 'Live class {code}',

  // Refusals that are not the model's (src/net/protocol.ts NET_ERROR_CODES), and a move that could not be sent.
  'error.MALFORMED_MESSAGE': 'The server could not read that message.',
  'error.UNKNOWN_MESSAGE': 'The server does not know that message.',
  'error.RATE_LIMITED': 'Too many messages at once: wait a moment and try again.',
  'error.NOT_YOUR_SEAT': 'You can only move for your own side.',
  'error.NOT_THE_LEAD': 'Only your team’s lead makes the moves: suggest a package instead.',
  'error.NO_GAME': 'Your game has not started yet.',
  'error.PAUSED': 'The teacher paused the session: wait until it goes on.',
  'error.NOT_TEACHER': 'Only the teacher can do that.',
  'error.IN_SECTION': 'This class goes on in another section: joining it…',
  'error.SESSION_FULL': 'This class is full.',
  'error.SESSION_ENDED': 'This class session has ended.',
  'error.NAME_EMPTY': 'Type your name first.',
  'error.BAD_SCENARIO': 'The session’s scenario cannot be played.',
  'error.SERVER_ERROR': 'The class server met a problem of its own and changed nothing: try again.',
  'error.NOT_CONNECTED':
    'Not connected to the class server: the move was not sent. Try again when it reconnects.',
} as const;
