/** 先生用ページのライブ授業（issue 11）の文言（日本語）：開始、ライブボード、サーバー署名つきの結果。Keys mirror en/teacher-live.ts. */
import type { TEACHER_LIVE as EN_TEACHER_LIVE } from '../en/teacher-live.ts';

export const TEACHER_LIVE = {
  'teacherLive.heading': 'ライブセッション',
  'teacherLive.nav': 'ライブセッション',
  'teacherLive.intro':
    '生徒はそれぞれの端末から、このページを配信しているライブサーバーを通じて互いに交渉します。ここですべてのペアの様子を見ることができ、結果は自動的に集計に届きます。',

  'teacherLive.server.needed':
    'ライブセッションは、ゲームのライブサーバーで動きます。ゲームのフォルダーで「npm run serve」を実行するとサーバーが起動し、このページのアドレスが表示されます。',
  'teacherLive.server.checking': 'ライブサーバーを確認しています…',
  'teacherLive.server.ok': 'ライブサーバーは動いています。',
  'teacherLive.server.unreachable':
    'ライブサーバーに接続できません。このページがサーバーから配信されていないか、サーバーが停止しています（{url} から応答がありません）。ライブセッションを行うには、ゲームのフォルダーで「npm run serve」を実行し、表示されたアドレスで先生用ページを開いてください。このページのほかの機能は、サーバーなしで使えます。',

  'teacherLive.form.scenario': 'シナリオ',
  'teacherLive.form.upload': '自作のシナリオファイル（.json）',
  'teacherLive.form.title': 'ライブセッションの名前',
  'teacherLive.form.defaultTitle': 'ライブ授業 {date}',
  'teacherLive.form.pairing': 'ペアの組み方',
  'teacherLive.form.pairing.auto': '自動',
  'teacherLive.form.pairing.autoNote': '参加した順にペアを組みます。',
  'teacherLive.form.pairing.hand': '手動',
  'teacherLive.form.pairing.handNote': '先生がペアと担当する国を割り当てるまで、生徒は待ちます。',
  'teacherLive.form.teamSize': '1つの国を担当する生徒の数',
  'teacherLive.form.teamSize.one': '1人：ペアで対戦',
  'teacherLive.form.teamSize.many': '{n}人のチーム：1人が提案し、ほかの人は案を出す',
  'teacherLive.form.minutes': '会合1回あたりの時間（分）',
  'teacherLive.form.minutesHelp':
    '制限なしにするには空欄のままに、制限するには{min}〜{max}分を入力してください。時間切れになると、その1手はコンピューターが代わりに打ちます。',
  'teacherLive.form.difficulty': 'コンピューターに任せた国での、コンピューターの強さ',
  'teacherLive.form.start': 'ライブセッションを開始する',
  'teacherLive.form.starting': 'ライブセッションを開始しています…',

  'teacherLive.problem.NO_SCENARIO': 'シナリオはまだ読み込まれていません。',
  'teacherLive.problem.TEAM_SIZE': '1つの国を担当する生徒の数は、1〜{max}人から選んでください。',
  'teacherLive.problem.MINUTES':
    '会合1回あたりの時間：制限なしにするには空欄のままに、制限するには{min}〜{max}の数を入力してください。',
  'teacherLive.problem.INVALID': 'この設定はサーバーに送れません（{detail}）。',
  'teacherLive.problem.UNREACHABLE':
    'ライブサーバーが応答しませんでした。「npm run serve」がまだ動いているか確かめてから、もう一度試してください。',
  'teacherLive.problem.NO_SESSION':
    'サーバーにこのライブセッションはもうありません（終了したか、サーバーのデータが削除されました）。結果は集計に残っています。',
  'teacherLive.problem.REFUSED': 'サーバーが拒否しました：{message}',
  'teacherLive.problem.TIMEOUT':
    'サーバーはルームを作りましたが、クラスコードを送ってきませんでした。もう一度試してください。',
  'teacherLive.problem.storage':
    'このブラウザーはライブセッションを保存しませんでした。再読み込みすると、このページはセッションに戻れません。',
  'teacherLive.problem.damaged':
    '保存されていたライブセッションを読み込めなかったため（{reason}）、削除しました。すでに集計にある結果は残ります。',
  'teacherLive.problem.scenarioFile': 'シナリオファイルを読み込めませんでした：{reason}',

  'teacherLive.rejoining': 'ライブセッション{code}に戻っています…',
  'teacherLive.status.connecting': 'ライブサーバーに接続しています…',
  'teacherLive.status.open': '接続済み：ボードはリアルタイムで更新されます。',
  'teacherLive.status.reconnecting': '接続が切れました。再接続しています…',
  'teacherLive.status.closed': '接続していません。',
  'teacherLive.status.paused': '一時停止中：再開するまで、すべてのゲームが止まっています。',
  'teacherLive.status.ended': 'セッションは終了しました。結果は下の集計にあります。',

  'teacherLive.join.code': 'クラスコード',
  'teacherLive.join.howTo':
    '生徒はQRコードを読み取るか短縮リンクを開き、名前を入力します。クラスコードはゲームの中でも使えます。',
  'teacherLive.join.short': '短縮リンク',
  'teacherLive.join.qr': 'クラスコード{code}の参加用リンクのQRコード',
  'teacherLive.join.qrFailed': 'QRコードを作れませんでした。短縮リンクはQRコードなしでも使えます。',

  'teacherLive.controls': 'クラス全体',
  'teacherLive.pause': 'すべて一時停止',
  'teacherLive.resume': 'すべて再開',
  'teacherLive.advance': '会合を先に進める',
  'teacherLive.advanceConfirm':
    '交渉中のすべてのペアで、今の会合を終わらせますか？ 手番の国の手は、コンピューターが打ちます。',
  'teacherLive.end': 'セッションを終了する',
  'teacherLive.endConfirm':
    '全員のライブセッションを終了しますか？ 続いているゲームは結果なしで終わります。すでに届いた結果は集計に残ります。',
  'teacherLive.again': '別のライブセッションを開始する',
  'teacherLive.announce.heading': '全員にお知らせやニュースを送る',
  'teacherLive.announce.title': '見出し',
  'teacherLive.announce.text': '本文',
  'teacherLive.announce.send': '全員に送る',
  'teacherLive.announce.sent': 'すべての生徒に送りました。',
  'teacherLive.announce.empty': '先に見出しか本文を書いてください。',
  'teacherLive.notSent': '送信できませんでした：ボードが接続していません。再接続するまで待ってください。',
  'teacherLive.refused': 'サーバーが拒否しました（{code}）：{message}',

  'teacherLive.board.heading': 'ペア',
  'teacherLive.board.caption': 'ライブセッションのすべてのペアの進行状況',
  'teacherLive.board.none': 'ペアはまだありません。生徒が参加すると表示されます。',
  'teacherLive.board.pair': 'ペア',
  'teacherLive.board.meeting': '会合',
  'teacherLive.board.toMove': '手番',
  'teacherLive.board.lastOffer': '最新の提案',
  'teacherLive.board.approval': '{party}の支持率',
  'teacherLive.board.outcome': '状態',
  'teacherLive.board.chat': 'チャット',
  'teacherLive.pair.label': 'ペア{n}',
  'teacherLive.pair.labelSection': 'セクション{s}・ペア{n}',
  'teacherLive.pair.meetingOf': '{n}／{of}',
  'teacherLive.pair.meeting': '{n}',
  'teacherLive.pair.waiting': 'プレイヤー待ち',
  'teacherLive.pair.playing': '交渉中',
  'teacherLive.pair.deal': '合意',
  'teacherLive.pair.noDeal': '合意なし',
  'teacherLive.pair.unfinished': '未完了',
  'teacherLive.person.connected': '接続中',
  'teacherLive.person.away': '離席中',
  'teacherLive.person.lead': '提案担当',
  'teacherLive.side.empty': 'まだいません',
  'teacherLive.side.computer': 'この国はコンピューターが担当',
  'teacherLive.side.switch': '{party}をコンピューターに任せる',
  'teacherLive.side.switchName': '{pair}の{party}をコンピューターに任せる',
  'teacherLive.chat.lines_one': '発言{count}件',
  'teacherLive.chat.lines_other': '発言{count}件',
  'teacherLive.chat.none': 'チャットはまだありません。',
  'teacherLive.chat.line': '{name}（{party}）：{text}',

  'teacherLive.waiting.heading': '割り当てを待っている生徒',
  'teacherLive.waiting.none': '待っている生徒はいません。',
  'teacherLive.place.label': '{name}の割り当て先',
  'teacherLive.place.option': 'ペア{n}、{party}',
  'teacherLive.place.newPair': '新しいペア{n}、{party}',
  'teacherLive.place.optionSection': 'セクション{s}・ペア{n}、{party}',
  'teacherLive.place.newPairSection': 'セクション{s}・新しいペア{n}、{party}',
  'teacherLive.place.button': '割り当てる',

  'teacherLive.sessions.live':
    'ライブセッション（クラスコード{code}）：生徒がそれぞれの端末で対戦し、ライブサーバーが結果を送りました。',
  'teacherLive.result': '{pair}から結果が届きました。',
  'teacherLive.verdict.server': 'サーバーが検証済み',
  'teacherLive.verdict.signed': 'ライブサーバーが署名して送りました。',
  'teacherLive.duplicateOf': 'ライブサーバーが署名して送ったコード{n}と同じゲーム',
  'teacherLive.counts.server': 'そのうち{count}件は、ライブサーバーから署名つきで届きました。',
  'teacher.storage.kind.signed': 'サーバーの署名',
  'teacher.boot.part.live': 'ライブセッション',
  'teacherLive.sections.label': '表示',
  'teacherLive.sections.all_one': 'クラス全体（{count}ペア）',
  'teacherLive.sections.all_other': 'クラス全体（{count}ペア）',
  'teacherLive.sections.one_one': 'セクション{s}：{count}ペア、終了{finished}、待機中{waiting}人',
  'teacherLive.sections.one_other': 'セクション{s}：{count}ペア、終了{finished}、待機中{waiting}人',
} as const satisfies Record<keyof typeof EN_TEACHER_LIVE, string>;
