/** 授業セッションでのゲームの文言（日本語）：セッションのリンク、生徒の名前、結果コード。Keys mirror en/classroom.ts. */
import type { CLASSROOM as EN_CLASSROOM } from '../en/classroom.ts';

export const CLASSROOM = {
  // The title screen with a session link in the address.
  'classroom.join': '授業セッションに参加する',
  'classroom.titleStatus':
    '授業セッション「{title}」：「授業セッションに参加する」を選んでゲームを始めてください。',
  'classroom.leavesSession':
    '「新しいゲーム」と「シナリオファイルを読み込む」を選ぶと、授業セッションから外れます。それらのゲームは自由プレイで、授業の課題にはなりません。',
  'classroom.savedSession': '授業セッション「{title}」、{name}',
  'classroom.linkProblemTitle': 'このセッションのリンクは使えません',
  'classroom.linkProblem': 'アドレスにある授業セッションのリンクが壊れています：{reason}。',
  'classroom.linkProblemHelp':
    '先生にもう一度リンクをもらってください（またはQRコードを読み取ってください）。それまでは、通常のゲームをプレイできます。',

  // The join screen.
  'classroom.heading': '授業セッションに参加する',
  'classroom.shown': '授業セッション「{title}」に参加します。名前を入力してから始めてください。',
  'classroom.untitled': '授業セッション',
  'classroom.about': '先生が決めた設定',
  'classroom.locked': 'これらの設定はクラス全員で同じで、変更できません。',
  'classroom.fact.session': 'セッション',
  'classroom.fact.scenario': 'シナリオ',
  'classroom.fact.opponent': '相手',
  'classroom.fact.difficulty': '難しさ',
  'classroom.fact.sides': '担当する国',
  'classroom.fact.game': 'ゲーム',
  'classroom.scenarioUnknown': '「{id}」バージョン{version}',
  'classroom.sides.fixed': '全員が{side}を担当',
  'classroom.sides.alternate': '座席番号で決定：奇数の席は{first}、偶数の席は{second}を担当',
  'classroom.sides.choose': '生徒がそれぞれ選ぶ',
  'classroom.seeding.class': '全員が同じゲームをプレイします（同じ出来事、同じコンピューター）。',
  'classroom.seeding.student': '生徒ごとに、名前から作られた自分だけのゲームをプレイします。',
  'classroom.you': 'あなた',
  'classroom.name': 'あなたの名前またはチーム名',
  'classroom.nameHelp': '結果コードに入るので、先生はあなたのものだと分かります（{max}文字まで）。',
  'classroom.seat': 'あなたの座席番号',
  'classroom.seatHelp': '先生から指示された番号です。奇数は{first}、偶数は{second}を担当します。',
  'classroom.seatGives': '座席{seat}：あなたは{side}を担当します。',
  'classroom.seatNone': '座席番号を入力すると、担当する国が表示されます。',
  'classroom.side': '担当する国',
  'classroom.sideFixed': 'あなたは{side}を担当します。',
  'classroom.problem.NAME_EMPTY': 'あなたの名前かチーム名を入力してください。先生が確認に使います。',
  'classroom.problem.SEAT_MISSING': '座席番号を入力してください。担当する国が決まります。',
  'classroom.problem.SEAT_INVALID': '座席番号は1から{max}までの整数です。',
  'classroom.problem.SIDE_MISSING': '担当する国を選んでください。',
  'classroom.start': 'ゲームを始める',
  'classroom.back': 'タイトルに戻る',
  'classroom.cannotStart': 'ゲームを開始できませんでした：{reason}',
  'classroom.needFile':
    'このセッションでは、このゲームに含まれていないシナリオ「{id}」（バージョン{version}）を使います。先生から渡されたシナリオファイルを読み込んでください。',
  'classroom.loadFile': 'シナリオファイルを読み込む',
  'classroom.needFileFirst': '先にセッションのシナリオファイルを読み込んでください。',
  'classroom.fileLoaded': '「{name}」から「{title}」を読み込みました。このセッションのシナリオです。',
  'classroom.fileOther.OTHER_SCENARIO':
    '「{name}」はシナリオ「{id}」ですが、このセッションでは「{wanted}」を使います。先生から渡されたファイルを読み込んでください。',
  'classroom.fileOther.OTHER_VERSION':
    '「{name}」は「{id}」の、このセッションとは別のバージョンです。先生が使ったファイルをもらってください。',
  'classroom.savedGame':
    '保存したゲーム（{about}）があります。このセッションを始めると上書きされます。先に終わらせるには、タイトルに戻って「続きから」を選んでください。',

  // The result code at the end.
  'classroom.resultCode': 'あなたの結果コード',
  'classroom.codeButton': '結果コード',
  'classroom.codeButtonFree': '結果コードを作る',
  'classroom.codeInstruction':
    'このコードを先生に提出してください。コピーするか、ファイルとしてダウンロードできます。',
  'classroom.codeFor': '{name}／授業セッション「{title}」',
  'classroom.codeForFree': '{name}／授業セッション外',
  'classroom.copy': 'コピー',
  'classroom.copyName': '結果コードをコピーする',
  'classroom.download': 'ダウンロード',
  'classroom.downloadName': '結果コードをテキストファイルとしてダウンロードする',
  'classroom.copied': '結果コードをコピーしました。先生の指示した場所に貼り付けてください。',
  'classroom.copyFailed':
    'ここではコピーが許可されていません。コードを選択してあるので、Ctrl+C（Macでは⌘+C）を押してコピーしてください。',
  'classroom.downloaded': '結果コードを「{file}」としてダウンロードしました。',
  'classroom.freeLead': '名前を入力すると、このゲームの結果コードを先生のために作れます。',
  'classroom.makeCode': 'コードを作る',
  'classroom.notOver': 'ゲームはまだ終わっていません。結果コードは最後に作られます。',
} as const satisfies Record<keyof typeof EN_CLASSROOM, string>;
