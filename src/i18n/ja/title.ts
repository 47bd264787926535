/** タイトル画面の文言（日本語）：メニュー、設定、シナリオファイルの読み込み、保存したゲーム。Keys mirror en/title.ts. */
import type { TITLE as EN_TITLE } from '../en/title.ts';

export const TITLE = {
  'title.menu': 'メインメニュー',
  'title.newGame': '新しいゲーム',
  'title.continue': '続きから',
  'title.loadFile': 'シナリオファイルを読み込む',
  'title.settings': '設定',
  'title.shown': 'Tariff Talks。メインメニューです。',
  'title.dropHint': 'シナリオファイル（.json）をこのページのどこかにドロップしても読み込めます。',
  'title.dropHere': 'ここにシナリオファイルをドロップすると読み込みます',
  'title.saved.computer': '{side}としてコンピューターと対戦',
  'title.saved.human': 'この端末で2人対戦',
  'title.saved.computer-vs-computer': 'コンピューター同士の対戦',
  'title.saved.meeting': '第{meeting}回会合（全{meetings}回）',
  'title.saved.over': 'ゲーム終了：振り返りを見る',
  'title.saved.separator': '、',

  'settings.title': '設定',
  'title.switchLanguage': '{name}で表示する',
  'settings.language': '言語（Language）',
  'settings.textSize': '文字の大きさ',
  'settings.textSize.1': '100%',
  'settings.textSize.1.25': '125%',
  'settings.textSize.1.5': '150%',
  'settings.reducedMotion': '動きを減らす（アニメーションなし）',
  'settings.sound': '音',
  'title.forTeachers': '先生の方へ：授業セッションの準備、結果コードの確認',
  'settings.saved': '設定はこのブラウザーに保存されます。',
  'settings.changed': '設定を変更しました。',

  'file.choose': 'シナリオファイルを選ぶ',
  'file.reading': '「{name}」を読み込んでいます…',
  'file.loaded': '「{name}」からシナリオ「{title}」を読み込みました。',
  'file.problemsTitle': 'このシナリオファイルではプレイできません',
  'file.problemsOne': '「{name}」に問題が1件あります。ファイルを直してから、もう一度読み込んでください。',
  'file.problemsMany':
    '「{name}」に問題が{count}件あります。ファイルを直してから、もう一度読み込んでください。',
  'file.problemsList': '{name}の問題',
  'file.where': '{line}行目、{column}列目',
  'file.nowhere': '行番号なし',
  'file.severity.error': 'エラー',
  'file.severity.warning': '警告',
  'file.refusedTitle': 'このファイルは読み込めません',
  'file.refused.EMPTY':
    '「{name}」は空です。シナリオファイルは、src/content/scenariosフォルダーにあるようなJSON形式のテキストファイルです。',
  'file.refused.TOO_LARGE':
    '「{name}」の大きさは{size}です。シナリオファイルは{max}までなので、シナリオファイルではないと思われます。',
  'file.refused.BINARY':
    '「{name}」はテキストファイルではありません（画像、文書、ZIPファイルなどかもしれません）。シナリオファイルはUTF-8で保存したJSONテキストです。',
  'file.refused.NOT_JSON':
    '「{name}」はJSONではありません。シナリオファイルは、src/content/scenariosフォルダーにあるような「{」で始まるJSONテキストです。',
  'file.refused.UNREADABLE':
    '「{name}」を読み込めませんでした。ファイルがまだあるか確かめてから、もう一度試してください。',
  'file.refused.NO_FILE':
    'ドロップされたものにファイルがありません。シナリオファイル（.json）をドロップしてください。',
  'file.refused.SEVERAL': 'シナリオファイルは1つずつドロップしてください。',

  'save.problemTitle': '保存したゲームを再開できませんでした',
  'save.problem.DAMAGED': '保存したゲームが壊れています。',
  'save.problem.OUTDATED': '保存したゲームは、別のバージョンのTariff Talksのものです。',
  'save.problem.SCENARIO_UNAVAILABLE': '保存したゲームのシナリオを読み込めなくなっています。',
  'save.problem.SCENARIO_CHANGED': '保存したゲームのシナリオが、保存した後に変更されています。',
  'save.problem.REPLAY_FAILED': '保存したゲームの手順がルールに反しています。編集された可能性があります。',
  'save.problem.STATE_MISMATCH':
    '保存したゲームの状態が、その手順と一致しません。編集された可能性があります。',
  'save.setAside':
    '削除はせず、別に取っておきました。このブラウザーに「{key}」という名前で残っています。新しいゲームを始めてください。',
  'save.keptInPlace': 'そのまま残してあります。新しいゲームを始めると上書きされます。',
  'save.detail': '詳細：{detail}',
  'save.dismiss': 'OK',
  'save.failed': 'このブラウザーではこのゲームを保存できません：{reason}',
  // Data loss (issue 9): the autosave's bar, asking before a new game replaces a saved one, save files, and the
  // last result code.
  'save.banner.label': '保存状況',
  'save.banner.failed':
    'ゲームが保存されていません。このブラウザーの保存領域がいっぱいか、使えない設定になっています。',
  'save.banner.failedHelp':
    'このページを再読み込みしたり閉じたりすると、ゲームは失われます。ファイルとしてダウンロードして残してください。タイトル画面の「保存したゲームのファイルを読み込む」で再び開けます。',
  'save.banner.sameGame': 'このゲームは別のタブで続けられています。このタブではもう保存しません。',
  'save.banner.otherGame':
    '別のタブで別のゲームが始まったか保存されました。このタブのゲームはもう保存されていません。',
  'save.banner.takenHelp':
    'ファイルとしてダウンロードして残すか、ここでプレイを続けてください。続けると、別のタブのゲームではなく、このタブのゲームが保存されます。',
  'save.banner.download': 'ゲームをダウンロード',
  'save.banner.downloaded': 'ゲームを「{file}」としてダウンロードしました。',
  'save.banner.takeOver': 'ここでプレイを続ける',
  'save.banner.tookOver': 'このタブのゲームが再び保存されるようになりました。別のタブにも知らせました。',
  'save.banner.hide': '隠す',
  'save.banner.savedAgain': 'ゲームが再び保存されるようになりました。',
  'replace.title': '新しいゲームを始めますか？',
  'replace.finishedLead': '終了したゲームとその結果コードは上書きされます。',
  'replace.inProgressLead': '進行中のゲームは上書きされ、後から続けることはできなくなります。',
  'replace.keptCode': '結果コードは、タイトル画面の「前回の結果コード」にも残ります。',
  'replace.seeDebrief': '振り返りを見る',
  'replace.continueSaved': 'そのゲームを続ける',
  'replace.start': '新しいゲームを始める',
  'replace.cancel': 'キャンセル',
  'title.loadSave': '保存したゲームのファイルを読み込む',
  'title.lastCode': '前回の結果コード',
  'title.lastCodeTitle': '前回の結果コード',
  'title.lastCodeAbout': '最後に終えた授業セッションのゲーム（{scenario}）の結果コードです。',
  'saveFile.loaded': '保存したゲーム「{name}」を読み込みました。',
  'saveFile.problemTitle': 'この保存したゲームは読み込めません',
  'saveFile.problem': '「{name}」の続きはプレイできません。',
  'saveFile.chooseAgain': '別のファイルを選ぶ',
  'saveFile.refused.NO_FILE': 'ファイルが選ばれていません。',
  'saveFile.refused.SEVERAL': '保存したゲームのファイルは1つずつ選んでください。',
  'saveFile.refused.EMPTY': '「{name}」は空です。Tariff Talksの保存したゲームではありません。',
  'saveFile.refused.TOO_LARGE':
    '「{name}」は{max}より大きいため、Tariff Talksの保存したゲームではありません。',
  'saveFile.refused.BINARY':
    '「{name}」はテキストファイルではないため、Tariff Talksの保存したゲームではありません。',
  'saveFile.refused.UNREADABLE':
    '「{name}」を読み込めませんでした。ファイルがまだあるか確かめてから、もう一度試してください。',
} as const satisfies Record<keyof typeof EN_TITLE, string>;
