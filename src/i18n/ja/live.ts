/**
 * ライブ授業のゲーム画面の文言（日本語）：クラスコードでの参加、待機画面、クラスメートとの交渉（チャット、チームの
 * レバーと提案、会合の残り時間、先生からのお知らせ）、ペアの結果、サーバーが拒否した理由。Keys mirror en/live.ts.
 */
import type { LIVE as EN_LIVE } from '../en/live.ts';

export const LIVE = {
  // The title screen.
  'live.titleJoin': 'ライブ授業に参加する',

  // The join screen.
  'live.heading': 'ライブ授業に参加する',
  'live.subheading': 'クラスメートと、それぞれの端末で対戦します',
  'live.shown': 'ライブ授業に参加します。クラスコードと名前を入力して、参加してください。',
  'live.code': 'クラスコード',
  'live.codeHelp': '先生が示す6文字です（英字と数字。大文字と小文字の違いや空白は問いません）。',
  'live.name': 'あなたの名前',
  'live.nameHelp': 'クラスメートと先生に表示されます（{max}文字まで）。',
  'live.join': '参加する',
  'live.back': 'タイトルに戻る',
  'live.remembered': 'この端末は、クラス{code}に「{name}」として席があります。参加すると、その席に戻ります。',
  'live.problem.CODE_INVALID':
    'クラスコードは「K7MQ3D」のような6文字の英字と数字です。先生が示すコードを確かめてください。',
  'live.problem.NAME_EMPTY': '名前を入力してください。クラスメートと先生が使います。',
  'live.joining': 'クラス{code}に参加しています…',
  'live.noSuchClass': 'このサーバーにライブ授業「{code}」はありません。先生とコードを確かめてください。',
  'live.unreachable':
    'このページからはクラスのサーバーに接続できません。ライブ授業では、同じネットワーク上で、先生のサーバーから開いたページ（先生が示す「http://192.168.1.20:2567/」のようなアドレス）を使う必要があります。コンピューターとの対戦と1台の端末での対戦は、サーバーなしでできます。',
  'live.refused': 'クラスのサーバーが拒否しました：{reason}',

  // The waiting screen.
  'live.waitingHeading': 'クラス{code}',
  'live.seat': 'あなたは{name}です。',
  'live.seatPlaced': 'ペア{pair}：あなたは{role}です。',
  'live.seatUnplaced': '先生があなたをペアに割り当てます。',
  'live.role.lead': '代表（手を打つ人）',
  'live.role.member': 'チームのメンバー（レバーを見て、案を提案する人）',
  'live.waitingStart': 'ゲームの開始を待っています…',
  'live.partners': 'あなたの側：{names}。相手側：{others}。',
  'live.nobody': 'まだいません',
  'live.computerSide': 'コンピューター',
  'live.paused': '先生がセッションを一時停止しました。',
  'live.ended': '先生がセッションを終了しました。',
  'live.leave': 'クラスから退出する',

  // The connection, on every live screen.
  'live.status.joining': '接続しています…',
  'live.status.connected': '接続済み',
  'live.status.reconnecting': '接続が切れました。再接続しています…',
  'live.status.closed': '接続していません。',

  // The table.
  'live.turn.waitingFor': '{name}を待っています',
  'live.turn.waitingOther': '相手側を待っています',
  'live.turn.lead': '{name}（あなたのチームの代表）が考えています',
  'live.tab.talk': 'チャット',
  'live.tab.talkUnread': 'チャット（{count}）',
  'live.chat.heading': '相手側と話す',
  'live.chat.empty': 'まだメッセージはありません。ここに書いたことは、相手側と先生が読みます。',
  'live.chat.input': 'メッセージ',
  'live.chat.send': '送信',
  'live.chat.tooLong': 'メッセージは{max}文字までです。',
  'live.chat.notSent': '送信できませんでした：{reason}',
  'live.chat.line': '{name}：{text}',
  'live.chat.arrived': '{name}からのメッセージ：{text}',
  'live.team.heading': 'あなたのチーム',
  'live.team.suggest': 'レバーの案を{lead}に提案する',
  'live.team.suggested': '{lead}に案を送りました。',
  'live.team.suggestions': 'チームからの案',
  'live.team.none': 'まだ案はありません。',
  'live.team.load': '{name}の案を読み込む',
  'live.team.watching': '代表の{name}がレバーを動かします。あなたはその動きを見ながら、案を提案できます。',
  'live.deadline': 'この会合の残り時間：{time}',
  'live.deadlineOut': '時間切れです。この手はコンピューターが打ちます。',
  'live.announcement': '先生からのお知らせ：{title}',
  'live.announcementDismiss': '閉じる',
  'live.byComputer': '時間切れのため、コンピューターがその手を打ちました。',

  // The debrief.
  'live.result.heading': 'あなたのペアの結果コード',
  'live.result.verified': 'サーバーが検証しました。先生はすでに受け取っています。',
  'live.result.waiting': 'サーバーがあなたのペアの結果コードを作っています…',
  'live.sourceName': 'ライブ授業{code}',

  // Refusals that are not the model's (src/net/protocol.ts NET_ERROR_CODES), and a move that could not be sent.
  'error.MALFORMED_MESSAGE': 'サーバーがそのメッセージを読み取れませんでした。',
  'error.UNKNOWN_MESSAGE': 'サーバーはそのメッセージに対応していません。',
  'error.RATE_LIMITED': '一度に送ったメッセージが多すぎます。少し待ってから、もう一度試してください。',
  'error.NOT_YOUR_SEAT': '手を打てるのは自分の側だけです。',
  'error.NOT_THE_LEAD': '手を打つのはチームの代表だけです。代わりに案を提案してください。',
  'error.NO_GAME': 'ゲームはまだ始まっていません。',
  'error.PAUSED': '先生がセッションを一時停止しています。再開するまで待ってください。',
  'error.NOT_TEACHER': 'それができるのは先生だけです。',
  'error.IN_SECTION': 'このクラスは別のセクションで続きます。そちらに参加しています…',
  'error.SESSION_FULL': 'このクラスは満員です。',
  'error.SESSION_ENDED': 'この授業セッションは終了しました。',
  'error.NAME_EMPTY': '先に名前を入力してください。',
  'error.BAD_SCENARIO': 'このセッションのシナリオではプレイできません。',
  'error.SERVER_ERROR': 'クラスのサーバーで問題が起き、何も変更されませんでした。もう一度試してください。',
  'error.NOT_CONNECTED':
    'クラスのサーバーに接続していないため、手は送信されませんでした。再接続してから、もう一度試してください。',
} as const satisfies Record<keyof typeof EN_LIVE, string>;
