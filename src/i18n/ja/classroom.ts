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
  // CSV files (src/classroom/csv.ts): the column names. English keeps the machine names scripts rely on.
  'classroom.csv.column.number': '番号',
  'classroom.csv.column.verdict': '判定',
  'classroom.csv.column.verdict_reason': '判定の理由',
  'classroom.csv.column.duplicate_of': '最初のコードの番号',
  'classroom.csv.column.name': '名前',
  'classroom.csv.column.session': 'セッション',
  'classroom.csv.column.scenario': 'シナリオ',
  'classroom.csv.column.scenario_version': 'シナリオのバージョン',
  'classroom.csv.column.seed': 'シード',
  'classroom.csv.column.side': '担当',
  'classroom.csv.column.opponent': '相手',
  'classroom.csv.column.difficulty': '難しさ',
  'classroom.csv.column.outcome': '結果',
  'classroom.csv.column.outcome_reason': '結果の理由',
  'classroom.csv.column.ended_by': '終わらせた側',
  'classroom.csv.column.meetings': '会合数',
  'classroom.csv.column.moves': '手数',
  'classroom.csv.column.failed_ratifications': '批准の失敗数',
  'classroom.csv.column.student_utility': '生徒の効用',
  'classroom.csv.column.student_surplus_share': '生徒の利益の取り分',
  'classroom.csv.column.nash_distance': 'ナッシュ交渉解までの距離',
  'classroom.csv.column.pareto_distance': 'パレート・フロンティアまでの距離',
  'classroom.csv.column.utility': '効用',
  'classroom.csv.column.gain': '利得',
  'classroom.csv.column.surplus_share': '利益の取り分',
  'classroom.csv.column.jobs': '雇用',
  'classroom.csv.column.approval': '支持率',
  'classroom.csv.column.ratified': '批准',
  'classroom.csv.column.level': '水準',
  'classroom.csv.column.tariff': '関税率',
  'classroom.csv.column.verified_by_server': 'サーバーによる検証',
  'classroom.csv.column.code': 'コード',
  'classroom.csv.column.move': '手',
  'classroom.csv.column.turn': 'ターン',
  'classroom.csv.column.meeting': '会合',
  'classroom.csv.column.who': '指した人',
  'classroom.csv.column.action': '行動',
  'classroom.csv.column.tactic_issue': '戦術の論点',
  'classroom.csv.column.tactic_level': '戦術の水準',
  /** A column of an issue or a party: its kind, then the or party's id. */
  'classroom.csv.column.of': '{column}:{id}',
  // Why a code is a duplicate (src/classroom/reason.ts); the English is the model's own wording.
  'classroom.reason.duplicateFirst_one':
    '同じゲームがコード{others}としても提出されています。こちらが最初の提出です',
  'classroom.reason.duplicateFirst_other':
    '同じゲームがコード{others}としても提出されています。こちらが最初の提出です',
  'classroom.reason.duplicateOf': '先に提出されたコード{first}と同じゲームです',
  'classroom.reason.duplicateOfCopies':
    '先に提出されたコード{first}と同じゲームです（同じゲームのコード：{others}）',
  'classroom.reason.listSeparator': '、',
  // Why a code does not verify (src/model/code/why.ts, whose English this is word for word).
  'classroom.reason.seal':
    '封印（改ざん防止の値）が一致しません。名前、設定、手、結果のいずれかが書き換えられています',
  'classroom.reason.studentSeed': 'この生徒のシードではありません。{name}さんのシードは「{seed}」です',
  'classroom.reason.sides': '担当する国がシナリオと合いません',
  'classroom.reason.settings': '設定が正しくありません：{detail}',
  'classroom.reason.overEarly':
    'ゲームは{move}手目で終わっていますが、コードには{next}手目以降も続いています',
  'classroom.reason.computerMove':
    '{move}手目：ここでコンピューターが指すのは{expected}ですが、コードでは{given}になっています',
  'classroom.reason.notAllowed': '{move}手目（{action}）は指せない手です：{detail}',
  'classroom.reason.notOver': 'コードの{moves}手を指しても、ゲームが終わっていません',
  'classroom.reason.claim': 'コードに書かれた結果が、これらの手の結果と一致しません',
  'classroom.reason.scenarioMissing':
    'このコードはシナリオ「{id}」のものですが、そのシナリオはここに読み込まれていません',
  'classroom.reason.scenarioVersion':
    'このコードは「{id}」のバージョン{version}（内容 {hash}）のものです。ここに読み込まれているのは：{loaded}',
  'classroom.reason.noSession':
    '授業セッションの外でプレイされたゲームです。設定とシードを、あなたのセッションと照らし合わせられません',
  'classroom.reason.unknownSession':
    'コードに書かれたセッション「{id}」は、ここに保存されているセッションではありません',
  'classroom.reason.sessionScenario':
    'セッション「{title}」のシナリオは「{scenario}」バージョン{version}ですが、コードは「{codeScenario}」バージョン{codeVersion}でプレイされています',
  'classroom.reason.sessionSides': '担当する国が、セッション「{title}」のものと合いません',
  'classroom.reason.sessionOpponent':
    'セッション「{title}」の相手は「{opponent}」ですが、コードの相手は「{codeOpponent}」です',
  'classroom.reason.sessionDifficulty':
    'セッション「{title}」の難しさは「{difficulty}」ですが、コードの難しさは「{codeDifficulty}」です',
  'classroom.reason.sessionSide':
    'セッション「{title}」では全員が「{side}」を担当しますが、コードでは「{codeSide}」を担当しています',
  'classroom.reason.sessionClassSeed':
    'セッション「{title}」はクラス全体で1つのシードですが、コードには生徒ごとのシードと書かれています',
  'classroom.reason.sessionSeed': 'セッション「{title}」のシードではありません',
  'classroom.reason.sessionNoClassSeed':
    'セッション「{title}」は生徒ごとのシードですが、コードにセッションのクラスのシードが入っていません',
  'classroom.reason.sessionStudentSeed':
    'セッション「{title}」が「{name}」さんに割り当てるシードではありません。名前かシードが変えられています',
  'classroom.reason.endsEarly': 'コードが途中で切れています',
  'classroom.reason.notShortest': 'コードの中の数が、正しい書き方になっていません',
  'classroom.reason.numberTooLarge': 'コードの中の数が大きすぎます',
  'classroom.reason.textTooLong': 'コードの中の文字列が{max}バイトより長くなっています',
  'classroom.reason.notUtf8': 'コードの中の文字列が正しいUTF-8ではありません',
  'classroom.reason.leftOver': 'コードの終わりに余分なデータがあります',
  'classroom.reason.characterCount': 'コードの文字が1つ多いか、1つ足りません',
  'classroom.reason.badCharacter': '「{character}」はコードに使われない文字です',
  'classroom.reason.lastCharacter': 'コードの最後の文字が打ち間違えられています',
  'classroom.reason.empty': 'コードが空です',
  'classroom.reason.tooLong': 'コードが{max}文字より長くなっています',
  'classroom.reason.prefix': 'コードは{prefix}で始まるはずです',
  'classroom.reason.tooShort': 'コードが短すぎます',
  'classroom.reason.checksum': 'チェック用の値が一致しません。文字の打ち間違い、抜け、余分な文字があります',
  'classroom.reason.tooManyIssues': 'コードに書かれた論点の数が、シナリオの論点より多くなっています',
  'classroom.reason.unknownValue': 'コードに不明な値（{what}）が書かれています',
  'classroom.reason.codeFormat': 'このコードは形式{format}です。このバージョンが読めるのは形式{expected}です',
  'classroom.reason.badName':
    'コードの中の名前が、ゲームの書き方になっていません（制御文字、余分な空白、または長すぎる名前）',
  'classroom.reason.classSeedNoSession': 'コードにクラスのシードがありますが、セッションがありません',
  'classroom.reason.unknownSide': 'コードに不明な国が書かれています',
  'classroom.reason.tooManyMoves': 'コードに{max}手より多くの手が入っています',
  'classroom.reason.unreadable': 'コードを読み取れません',
  'classroom.reason.linkUnknownValue': 'リンクに不明な値（{what}）が書かれています',
  'classroom.reason.linkFormat': 'このリンクは形式{format}です。このバージョンが読めるのは形式{expected}です',
  'classroom.reason.linkEmpty': 'リンクにセッションIDまたはシードがありません',
  // 理由の中の手（src/classroom/reason.ts）。
  'classroom.move.propose': '提案［{levels}］',
  'classroom.move.redLine': '項目{issue}の水準{level}にレッドラインを引く',
  'classroom.move.link': '項目{issue}を議題に加える',
  'classroom.move.accept': '受け入れる',
  'classroom.move.reject': '拒否する',
  'classroom.move.walk-away': '交渉を打ち切る',
  'classroom.move.back-channel': '裏ルートを開く',
  'classroom.move.nothing': 'なし',
} as const satisfies Record<keyof typeof EN_CLASSROOM, string>;
