/** 先生用ページの文言（日本語）：セッションの準備、配布プリント、クラスの集計、CSV、先生のデータ。Keys mirror en/teacher.ts. */
import type { TEACHER as EN_TEACHER } from '../en/teacher.ts';

export const TEACHER = {
  'teacher.title': 'Tariff Talks 先生用ページ',
  'teacher.back': 'ゲームに戻る',
  'teacher.nav': 'このページの内容',
  'teacher.scenarioFailed':
    'シナリオ「{id}」を読み込めませんでした。ページを再読み込みして、もう一度試してください。',

  'teacher.storage.unavailable':
    'このブラウザーでは、ページがデータを保存できません（プライベートモードか、ブラウザーの設定のためです）。セッションとコードは使えますが、ページを閉じると消えます。残すには、データをエクスポートしてください。',
  'teacher.storage.full':
    'ブラウザーの保存領域がいっぱいです。最新の変更は表示されていますが、保存されていません。データをエクスポートして残し、不要になったコードを削除してください。',
  'teacher.storage.setAside':
    '保存されていた先生のデータを読み込めませんでした（{reason}）。データは変更せずに、ブラウザーに「{key}」という名前で残してあります。ページは空の状態で始まります。',
  'teacher.storage.damaged':
    '保存されていた先生のデータを読み込めませんでした（{reason}）。データはそのまま残してあります。空きができるまで、何も保存されません。',

  'teacher.setup.heading': 'セッションの準備',
  'teacher.setup.intro':
    'シナリオと設定を選んでセッションを作成すると、リンク、QRコード、印刷用の配布プリントができます。リンクを開いた全員に、ゲームがこれらの設定を固定します。',
  'teacher.setup.upload': '自作のシナリオファイル（.json）を使うこともできます',
  'teacher.setup.fileLoaded':
    '「{name}」を読み込みました：{title}。上で選ばれ、このブラウザーに保存されています。',
  'teacher.setup.scenarioFile': '{title}（ファイル「{name}」から）',
  'teacher.setup.scenarioNote': '会合{meetings}回／{issues}項目／バージョン{version}',
  'teacher.setup.noScenario': 'シナリオはまだ読み込まれていません。',
  'teacher.setup.title': 'セッションの名前（例：クラス名と日付）',
  'teacher.setup.defaultTitle': '授業セッション {date}',
  'teacher.setup.sides': '担当する国',
  'teacher.setup.sides.all': '全員が{party}を担当',
  'teacher.setup.sides.alternate': '座席番号で交互に',
  'teacher.setup.sides.alternateNote': '奇数の座席番号は{first}、偶数の座席番号は{second}を担当します。',
  'teacher.setup.sides.choose': '生徒が選ぶ',
  'teacher.setup.sides.chooseNote': 'ゲームの開始時に、生徒がそれぞれ担当する国を選びます。',
  'teacher.setup.opponent.computerNote': '生徒はそれぞれコンピューターと交渉します。',
  'teacher.setup.opponent.humanNote': '2人の生徒が1台の端末を使い、互いに交渉します。',
  'teacher.setup.difficultyNone': '生徒どうしで対戦するときは、コンピューターはプレイしません。',
  'teacher.setup.seeding': 'シード：全員が同じゲームか、1人ずつ別のゲームか',
  'teacher.setup.seeding.class': 'クラス全体で1つのシード',
  'teacher.setup.seeding.classNote': '全員が同じニュースを同じ順番で経験します。',
  'teacher.setup.seeding.student': '生徒ごとのシード',
  'teacher.setup.seeding.studentNote':
    'クラスのシードと生徒の名前から作るので、ゲームは生徒ごとに異なります。',
  'teacher.setup.seedHelp':
    'クラスのシードです。シード、設定、手順が同じなら、どのコンピューターでも同じゲームになります。',
  'teacher.setup.create': 'セッションを作成する',
  'teacher.setup.created':
    'セッション「{title}」を作成しました。リンク、QRコード、配布プリントは下にあります。',

  'teacher.link.heading': 'セッション「{title}」',
  'teacher.link.label': '生徒用のリンク',
  'teacher.link.copy': 'リンクをコピーする',
  'teacher.link.copied': 'コピーしました。',
  'teacher.link.copyByHand':
    'ブラウザーがコピーを許可しませんでした。リンクを選択してあるので、Ctrl+C（Macでは⌘C）を押してください。',
  'teacher.link.open': 'リンクを新しいタブで開く（試しに）',
  'teacher.link.qr': 'セッションのリンクのQRコード',
  'teacher.link.qrFailed': 'QRコードを作れませんでした。上のリンクはQRコードなしでも使えます。',
  'teacher.link.scenarioMissing':
    'このセッションのシナリオが、このページに読み込まれていません。コードを検証するには、上でシナリオのファイルを読み込んでください。',

  'teacher.handout.print': '配布プリントを印刷する',
  'teacher.handout.printNote': '1ページに、手順、リンク、QRコード、設定をまとめます。',
  'teacher.handout.label': '生徒用の配布プリント',
  'teacher.handout.kicker': 'Tariff Talks／授業セッション',
  'teacher.handout.heading': '{title}',
  'teacher.handout.customFile':
    'このセッションでは、シナリオファイル「{name}」を使います。先生から受け取り、ゲームで求められたら、そのファイルを読み込んでください。',
  'teacher.handout.step1': '下のリンクを開くか、端末のカメラでQRコードを読み取ってください。',
  'teacher.handout.step2.fixed':
    'ゲームで求められたら、名前（またはチーム名）を、下に書くのと同じように入力してください。あなたは{party}を担当します。',
  'teacher.handout.step2.alternate':
    'ゲームで求められたら、名前（またはチーム名）と座席番号を入力してください。奇数の座席番号は{first}、偶数の座席番号は{second}を担当します。',
  'teacher.handout.step2.choose':
    'ゲームで求められたら、名前（またはチーム名）を入力し、担当する国を{first}か{second}から選んでください。',
  'teacher.handout.step3.computer':
    '合意してもしなくても、交渉が終わるまでコンピューターと交渉してください。',
  'teacher.handout.step3.human':
    '合意してもしなくても、交渉が終わるまで、1台の端末を交代で使ってパートナーと交渉してください。',
  'teacher.handout.step4':
    '最後に、ゲームに結果コードが表示されます。コピー（またはダウンロード）して、先生に提出してください。',
  'teacher.handout.link': 'リンク：',
  'teacher.handout.settings': '設定（ゲームが自動で設定します）',
  'teacher.handout.seedPerStudent': '「{seed}」とあなたの名前から作る、あなた専用のシード',
  'teacher.handout.sessionId': 'セッション',
  'teacher.handout.file': 'シナリオファイル',
  'teacher.handout.writeName': '名前（ゲームに入力したとおりに）：______________________________',
  'teacher.handout.writeCode': '結果コードの提出：  ☐ 済み',
  'teacher.handout.handIn': '結果コードを提出してください。先生はそれであなたの合意を確認します。',

  'teacher.dashboard.heading': 'クラスの集計',
  'teacher.codes.label': '結果コード',
  'teacher.codes.help':
    'コードを1行に1つずつ貼り付けるか、コードのCSV（フォームや表計算ソフトから）を貼り付けてください。どのコードも、ゲームを再現して検証します。',
  'teacher.codes.add': 'コードを検証して追加する',
  'teacher.codes.file': 'コードのファイル（.txtまたは.csv）をアップロードすることもできます',
  'teacher.codes.nothing': '検証するものがありません。コードを貼り付けるか、ファイルを選んでください。',
  'teacher.codes.added_one': '{count}件を追加しました。',
  'teacher.codes.added_other': '{count}件を追加しました。',
  'teacher.codes.skipped_one': '{count}件はすでに一覧にあったため、除きました。',
  'teacher.codes.skipped_other': '{count}件はすでに一覧にあったため、除きました。',
  'teacher.codes.dropped_one': '上限を超えた{count}行は除きました。',
  'teacher.codes.dropped_other': '上限を超えた{count}行は除きました。',
  'teacher.codes.clear': 'すべてのコードを削除する',
  'teacher.codes.clearConfirm_one':
    'このブラウザーから{count}件のコードをすべて削除しますか？ 残しておくには、先にデータをエクスポートしてください。',
  'teacher.codes.clearConfirm_other':
    'このブラウザーから{count}件のコードをすべて削除しますか？ 残しておくには、先にデータをエクスポートしてください。',
  'teacher.codes.cleared': 'すべてのコードを削除しました。',
  'teacher.codes.progressName': 'コードを検証中',
  'teacher.codes.progress': 'コードを検証中：{done}／{total}',
  'teacher.codes.none': 'コードはまだありません。',
  'teacher.codes.counts_one':
    'コード{count}件：検証済み{verified}件、改ざんあり{tampered}件、別バージョンのシナリオ{other}件、あなたのセッション外{otherSession}件、破損{corrupt}件、重複提出{duplicate}件。',
  'teacher.codes.counts_other':
    'コード{count}件：検証済み{verified}件、改ざんあり{tampered}件、別バージョンのシナリオ{other}件、あなたのセッション外{otherSession}件、破損{corrupt}件、重複提出{duplicate}件。',

  'teacher.sessionLink.summary': '別のブラウザーで準備したセッションのコードですか？',
  'teacher.sessionLink.help':
    'コードは、このブラウザーに保存されている、そのゲームのセッションと照らし合わせて検証します。別の場所で準備したセッションのリンクを貼り付ける（またはそのブラウザーの先生のデータをインポートする）と、そのコードもここで検証できます。',
  'teacher.sessionLink.label': 'セッションのリンク',
  'teacher.sessionLink.add': 'セッションを追加する',
  'teacher.sessionLink.bad': 'これはセッションのリンクではありません：{reason}。何も追加していません。',
  'teacher.sessionLink.added': 'セッション「{title}」を追加しました。コードを検証し直します。',

  'teacher.verdict.verified': '検証済み',
  'teacher.verdict.tampered': '改ざんあり',
  'teacher.verdict.other-version': '別バージョンのシナリオ',
  'teacher.verdict.other-session': 'あなたのセッション外',
  'teacher.verdict.corrupt': '破損',
  'teacher.verdict.duplicate': '重複',

  'teacher.table.heading': 'クラス',
  'teacher.table.caption': '提出されたすべてのコードと、その判定、再現したゲームの数値',
  'teacher.table.empty': 'コードを追加すると、表に表示されます。',
  'teacher.table.index': '番号',
  'teacher.table.name': '名前',
  'teacher.table.verdict': '判定',
  'teacher.table.session': 'セッション',
  'teacher.table.noSession': 'なし（自由プレイ）',
  'teacher.table.side': '担当',
  'teacher.table.difficulty': '難しさ',
  'teacher.table.outcome': '結果',
  'teacher.table.meetings': '会合',
  'teacher.table.tariffs': '主な関税',
  'teacher.table.utility': '{party}の得点',
  'teacher.table.jobs': '{party}の雇用',
  'teacher.table.approval': '{party}の支持率',
  'teacher.table.first': '1番目の国',
  'teacher.table.second': '2番目の国',
  'teacher.table.deal': '合意',
  'teacher.table.noDeal': '合意なし',
  'teacher.table.student': '生徒{index}',
  'teacher.table.tariffsNote': '主な関税：{names}。得点は100点満点です。',

  'teacher.chart.heading': 'クラスの合意',
  'teacher.chart.scenario': '表示するシナリオ',
  'teacher.chart.none': 'コードが検証されると、グラフと平均が表示されます。',
  'teacher.chart.dance.title': '効用空間で見たクラスの合意',
  'teacher.chart.dance.description_one':
    '検証済みのゲーム{count}件。横軸は{x}の得点、縦軸は{y}の得点です。パレート・フロンティア、ナッシュ交渉解、合意なし、実際の合意を示しています。',
  'teacher.chart.dance.description_other':
    '検証済みのゲーム{count}件。横軸は{x}の得点、縦軸は{y}の得点です。パレート・フロンティア、ナッシュ交渉解、合意なし、実際の合意を示しています。',
  'teacher.chart.axis': '{party}：100点満点の得点',
  'teacher.chart.legend': '凡例',
  'teacher.chart.dealsOf': '{party}を担当した生徒：合意',
  'teacher.chart.hollow': '白抜きの印：合意なしで交渉が終わった',
  'teacher.chart.frontier': 'パレート・フロンティア',
  'teacher.chart.nash': 'ナッシュ交渉解',
  'teacher.chart.noDeal': '合意なし',
  'teacher.chart.realDeal': '実際の合意',
  'teacher.chart.dealOf': '{index}行目',
  'teacher.chart.dealOfNamed': '{index}行目：{name}',
  'teacher.chart.mean': 'クラス平均',
  'teacher.chart.dots.description_one': 'ゲーム{count}件。クラス平均{mean}、実際の合意{real}。',
  'teacher.chart.dots.description_other': 'ゲーム{count}件。クラス平均{mean}、実際の合意{real}。',

  'teacher.dist.heading': 'クラスの合意のばらつき',
  'teacher.dist.tariff': '{name}',
  'teacher.dist.jobs': '{party}の雇用',
  'teacher.dist.approval': '{party}政府の支持率',

  'teacher.averages.heading': 'クラスと実際の交渉の比較',
  'teacher.averages.caption_one': '検証済みのゲーム{count}件の平均（重複は除く）',
  'teacher.averages.caption_other': '検証済みのゲーム{count}件の平均（重複は除く）',
  'teacher.averages.figure': '指標',
  'teacher.averages.class': 'クラス平均',
  'teacher.averages.real': '実際の合意（{date}）',
  'teacher.averages.noReal': 'このシナリオには実際の合意がありません',
  'teacher.averages.games': 'ゲーム数',
  'teacher.averages.dealRate': '合意で終わった割合',
  'teacher.averages.meetings': '使った会合の数',
  'teacher.averages.share': '{party}の利益の取り分',
  'teacher.averages.nash': 'ナッシュ交渉解までの距離',
  'teacher.averages.pareto': 'パレート・フロンティアまでの距離',

  'teacher.projector.on': 'プロジェクター表示',
  'teacher.projector.off': 'プロジェクター表示を終える',
  'teacher.projector.shown': 'プロジェクター表示：グラフと平均を大きく表示しています。',
  'teacher.projector.hidden': '集計全体を再び表示しています。',
  'teacher.projector.fullscreen': '全画面',
  'teacher.projector.noFullscreen': 'このブラウザーでは、ここで全画面表示を使えません。',
  'teacher.projector.hideNames': '名前を隠す',

  'teacher.csv.results': '結果をダウンロード（CSV）',
  'teacher.csv.moves': 'すべての手をダウンロード（CSV）',

  'teacher.data.heading': 'あなたのデータ',
  'teacher.data.intro':
    'セッション、自作のシナリオファイル、コードは、このブラウザーにだけ保存されています。1つのファイルにエクスポートすると、控えを残したり、別のコンピューターに移したりできます。',
  'teacher.sessions.heading': '作成したセッション',
  'teacher.sessions.none': 'セッションはまだありません。',
  'teacher.sessions.show': 'リンクと配布プリントを表示する',
  'teacher.sessions.showName': '「{title}」のリンクと配布プリントを表示する',
  'teacher.data.fileHeading': 'エクスポートとインポート',
  'teacher.data.export': 'データをエクスポートする（JSON）',
  'teacher.data.exported': 'データをファイルに保存しました。',
  'teacher.data.import': '以前エクスポートしたデータをインポートする（.json）',
  'teacher.data.refused': '「{name}」はインポートしていません。',
  'teacher.data.notJson': 'JSONファイルではありません。',
  'teacher.data.notTeacherData': 'このページからエクスポートしたファイルではありません。',
  'teacher.data.invalid': 'ファイルが壊れています：{details}',
  'teacher.data.nothingLost': '保存されていたデータは何も変更していません。',
  'teacher.data.imported':
    '「{name}」をインポートしました：新しいセッション{sessions}件、新しいシナリオファイル{scenarios}件、新しいコード{codes}件。以前から保存されていたデータは何も変更していません。',

  // issue 9: teacher data safety
  'teacher.import.badScenario': '含まれているシナリオファイル「{name}」は使えません：{reason}',
  'teacher.import.noScenario':
    'セッション「{title}」が使うシナリオ（「{scenario}」）は、ファイルにも、このブラウザーにもありません。',
  'teacher.import.more_one': '…ほかに{count}件の問題があります。',
  'teacher.import.more_other': '…ほかに{count}件の問題があります。',
  'teacher.import.failed': '「{name}」をインポートできませんでした：{reason}',
  'teacher.file.EMPTY': '「{name}」は空です。',
  'teacher.file.TOO_LARGE': '「{name}」の大きさは{size}で、このページが読み込める{max}を超えています。',
  'teacher.file.BINARY':
    '「{name}」はテキストファイルではありません（画像、文書、ZIPファイルなどかもしれません）。',
  'teacher.file.UNREADABLE':
    '「{name}」を読み込めませんでした。ファイルがまだあるか確かめてから、もう一度試してください。',
  'teacher.codes.fileRefused': 'コードは追加していません。{reason}',
  'teacher.codes.failed': 'コードを検証できませんでした：{reason}',
  'teacher.setup.uploadFailed':
    '「{name}」はシナリオとして使えません。確認に失敗しました（{reason}）。何も保存していません。',
  'teacher.storage.itemSetAside':
    '保存されていた{kind}「{label}」を読み込めませんでした（{reason}）。変更せずに、ブラウザーに「{key}」という名前で残してあります。ほかのデータはすべて読み込みました。',
  'teacher.storage.itemNotMoved':
    '保存されていた{kind}「{label}」を読み込めませんでした（{reason}）。別に取っておく空きがないため、空きができるまで何も保存されません。残すには、データをエクスポートしてください。',
  'teacher.storage.kind.session': 'セッション',
  'teacher.storage.kind.scenario': 'シナリオファイル',
  'teacher.storage.kind.code': 'コード',
  'teacher.storage.readOnly':
    'この変更は表示されていますが、保存されていません。読み込めなかったデータを元のまま残すためです。残すには、データをエクスポートしてください。',
  'teacher.boot.failed':
    'このページの一部を表示できませんでした（{part}：{reason}）。保存されたデータは変更していません。ページを再読み込みして、もう一度試してください。',
  'teacher.boot.part.setup': 'セッションの準備',
  'teacher.boot.part.dashboard': 'クラスの集計',
  'teacher.boot.part.data': 'あなたのデータ',
  'teacher.boot.part.load': 'データの読み込み',
  'teacher.boot.part.verify': '保存されたコードの検証',
  'teacher.unexported.none': 'すべてエクスポート済みです。',
  'teacher.unexported.count': '前回のエクスポート以降の変更：{count}件。',
  'teacher.unexported.exportNow': '今すぐエクスポートする',
  'teacher.persist.granted':
    'ブラウザーはこのデータを保持することに同意しました（空き容量のために消去しません）。',
  'teacher.persist.denied':
    'ブラウザーはこのデータの保持を約束していないため、空き容量が少なくなると消去されることがあります。定期的にデータをエクスポートしてください。',
  'teacher.persist.unsupported':
    'このブラウザーは、このデータの保持を約束できません。定期的にデータをエクスポートしてください。',
  'teacher.persist.unknown': '最初に変更したときに、このデータを保持するようブラウザーに求めます。',
  // Issue 13: the page's language switch, the students' language of a session link, `npm run verify -- --lang`.
  'teacher.language.label': 'このページの言語',
  'teacher.language.unsaved':
    '言語を切り替えるとページを読み込み直します。入力してまだ送信していない内容は、このブラウザーでは保持できません。切り替えますか？',
  'teacher.setup.studentLanguage': '生徒の言語',
  'teacher.setup.studentLanguage.browser': 'ブラウザーの言語に合わせる',
  'teacher.setup.studentLanguage.browserNote':
    '生徒それぞれのブラウザーの言語（または生徒が以前に選んだ言語）でゲームを表示します。',
  'teacher.setup.studentLanguage.en':
    'リンクを開くと、ゲームが英語で表示されます。生徒はタイトル画面で言語を切り替えることもできます。',
  'teacher.setup.studentLanguage.ja':
    'リンクを開くと、ゲームが日本語で表示されます。生徒はタイトル画面で言語を切り替えることもできます。',
  'teacher.verify.verdict.verified': '検証済み',
  'teacher.verify.verdict.tampered': '改ざんあり',
  'teacher.verify.verdict.other-version': '別バージョンのシナリオ',
  'teacher.verify.verdict.other-session': 'あなたのセッション外',
  'teacher.verify.verdict.corrupt': '破損',
  'teacher.verify.verdict.duplicate': '重複',
  'teacher.verify.deal': '第{meeting}回会合で合意',
  'teacher.verify.walkedAway': '合意なし：第{meeting}回会合で{side}が交渉を打ち切り',
  'teacher.verify.aSide': 'どちらかの側',
  'teacher.verify.deadline': '期限までに合意なし',
  'teacher.verify.watched': '{side}（観戦）',
  'teacher.verify.result': '{who}：{ended}。効用{utility}、利益の取り分{share}',
  'teacher.verify.tally_one': 'コード{count}件：{parts}',
  'teacher.verify.tally_other': 'コード{count}件：{parts}',
  'teacher.verify.tallyPart': '{verdict}{count}件',
  'teacher.verify.tallySeparator': '、',
  'teacher.verify.truncated': '{path}は最初の{max}文字だけを読みました',
  'teacher.verify.dropped_one': '最初の{max}件だけを読みました。残りの{count}行は読んでいません',
  'teacher.verify.dropped_other': '最初の{max}件だけを読みました。残りの{count}行は読んでいません',
  'teacher.verify.unchecked':
    'セッションと照らし合わせていません。コードにはセッションや設定について何でも書けます。確認するには、あなたのセッションのリンクを --session <link> で加えてください',
  'teacher.verify.written': '結果：{results}（{rows}）、手：{moves}（{moveRows}）',
  'teacher.verify.rows_one': '{count}行',
  'teacher.verify.rows_other': '{count}行',
} as const satisfies Record<keyof typeof EN_TEACHER, string>;
